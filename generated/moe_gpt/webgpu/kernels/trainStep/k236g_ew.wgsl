// kernel k236g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1540: array<f32>;
@group(0) @binding(2) var<storage, read> t1120: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1542: array<f32>;
@group(0) @binding(4) var<storage, read> t436: array<f32>;
@group(0) @binding(5) var<storage, read> t1111: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1662: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k236g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l20: f32 = p_layers_1_moe_norm_g[i];
    let x1540: f32 = t1540[i];
    let l1179: f32 = t1120[0i];
    let v1541: f32 = x1540 * l1179;
    let v1542: f32 = l20 - v1541;
    t1542[i] = v1542;
    let l437: f32 = t436[i];
    let l1156: f32 = t1111[0i];
    let v1662: f32 = l437 * l1156;
    t1662[i] = v1662;
  }
}
