// kernel k119ap_ew
@group(0) @binding(0) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1609: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1611: array<f32>;
@group(0) @binding(4) var<storage, read> t317: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1612: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119ap_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l39: f32 = p_ln_out_g[i];
    let x1609: f32 = t1609[i];
    let l969: f32 = t910[0i];
    let v1610: f32 = x1609 * l969;
    let v1611: f32 = l39 - v1610;
    t1611[i] = v1611;
    let l318: f32 = t317[i];
    let l946: f32 = t901[0i];
    let v1612: f32 = l318 * l946;
    t1612[i] = v1612;
  }
}
