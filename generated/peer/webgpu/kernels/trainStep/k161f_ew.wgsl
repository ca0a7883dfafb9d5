// kernel k161f_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_u: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1453: array<f32>;
@group(0) @binding(3) var<storage, read> t1460: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1464: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l34: f32 = p_blocks_1_ffn_u[i];
  let l1178: f32 = t843[0i];
  let v1461: f32 = l34 * l1178;
  let x1453: f32 = t1453[i];
  let x1460: f32 = t1460[i];
  let v1462: f32 = x1453 / x1460;
  let l1181: f32 = t817[0i];
  let v1463: f32 = v1462 * l1181;
  let v1464: f32 = v1461 - v1463;
  t1464[i] = v1464;
}
