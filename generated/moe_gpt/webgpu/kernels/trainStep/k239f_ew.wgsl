// kernel k239f_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1411: array<f32>;
@group(0) @binding(3) var<storage, read> t1418: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1422: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l14: f32 = p_layers_0_moe_shared_mlp_w3_w[i];
  let l1374: f32 = t1126[0i];
  let v1419: f32 = l14 * l1374;
  let x1411: f32 = t1411[i];
  let x1418: f32 = t1418[i];
  let v1420: f32 = x1411 / x1418;
  let l1377: f32 = t1100[0i];
  let v1421: f32 = v1420 * l1377;
  let v1422: f32 = v1419 - v1421;
  t1422[i] = v1422;
}
