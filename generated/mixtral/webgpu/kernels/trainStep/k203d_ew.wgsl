// kernel k203d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t993: array<f32>;
@group(0) @binding(2) var<storage, read> t1335: array<f32>;
@group(0) @binding(3) var<storage, read> t1342: array<f32>;
@group(0) @binding(4) var<storage, read> t967: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1346: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l17: f32 = p_layers_1_moe_router_w[i];
  let l1151: f32 = t993[0i];
  let v1343: f32 = l17 * l1151;
  let x1335: f32 = t1335[i];
  let x1342: f32 = t1342[i];
  let v1344: f32 = x1335 / x1342;
  let l1154: f32 = t967[0i];
  let v1345: f32 = v1344 * l1154;
  let v1346: f32 = v1343 - v1345;
  t1346[i] = v1346;
}
