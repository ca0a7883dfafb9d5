// kernel k123g_ew
@group(0) @binding(0) var<storage, read> p_layers_0_norm4_g: array<f32>;
@group(0) @binding(1) var<storage, read> t991: array<f32>;
@group(0) @binding(2) var<storage, read> t661: array<f32>;
@group(0) @binding(3) var<storage, read_write> t993: array<f32>;
@group(0) @binding(4) var<storage, read> t297: array<f32>;
@group(0) @binding(5) var<storage, read> t652: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1045: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_0_norm4_g[i];
    let x991: f32 = t991[i];
    let l720: f32 = t661[0i];
    let v992: f32 = x991 * l720;
    let v993: f32 = l15 - v992;
    t993[i] = v993;
    let l298: f32 = t297[i];
    let l697: f32 = t652[0i];
    let v1045: f32 = l298 * l697;
    t1045[i] = v1045;
  }
}
