// kernel k239d_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1388: array<f32>;
@group(0) @binding(3) var<storage, read> t1399: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1405: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_0_moe_shared_mlp_w2_w[i];
  let l1400: f32 = t1126[0i];
  let v1401: f32 = l13 * l1400;
  let x1388: f32 = t1388[i];
  let x1399: f32 = t1399[i];
  let v1402: f32 = x1388 / x1399;
  let l1403: f32 = t1100[0i];
  let v1404: f32 = v1402 * l1403;
  let v1405: f32 = v1401 - v1404;
  t1405[i] = v1405;
}
