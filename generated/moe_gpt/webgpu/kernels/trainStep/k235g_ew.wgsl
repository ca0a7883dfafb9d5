// kernel k235g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t713: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1342: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1346: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1349: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1338: f32 = p_optim_m_layers_0_moe_w3[i];
  let v1340: f32 = l1338 * 0.9f;
  let l713: f32 = t713[i];
  let l1282: f32 = t1091[0i];
  let v1337: f32 = l713 * l1282;
  let v1341: f32 = v1337 * 0.1f;
  let v1342: f32 = v1340 + v1341;
  t1342[i] = v1342;
  let l1339: f32 = p_optim_v_layers_0_moe_w3[i];
  let v1343: f32 = l1339 * 0.95f;
  let v1344: f32 = v1337 * v1337;
  let v1345: f32 = v1344 * 0.05f;
  let v1346: f32 = v1343 + v1345;
  t1346[i] = v1346;
  let v1347: f32 = sqrt(v1346);
  let l1299: f32 = t1101[0i];
  let v1348: f32 = v1347 / l1299;
  let v1349: f32 = v1348 + 1e-8f;
  t1349[i] = v1349;
}
