// kernel k197k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t599: array<f32>;
@group(0) @binding(2) var<storage, read> t986: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1343: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1347: array<f32>;
@group(0) @binding(6) var<storage, read> t996: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1350: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1339: f32 = p_optim_m_blocks_1_attn_wq_w[i];
  let v1341: f32 = l1339 * 0.9f;
  let l599: f32 = t599[i];
  let l1030: f32 = t986[0i];
  let v1338: f32 = l599 * l1030;
  let v1342: f32 = v1338 * 0.1f;
  let v1343: f32 = v1341 + v1342;
  t1343[i] = v1343;
  let l1340: f32 = p_optim_v_blocks_1_attn_wq_w[i];
  let v1344: f32 = l1340 * 0.95f;
  let v1345: f32 = v1338 * v1338;
  let v1346: f32 = v1345 * 0.05f;
  let v1347: f32 = v1344 + v1346;
  t1347[i] = v1347;
  let v1348: f32 = sqrt(v1347);
  let l1046: f32 = t996[0i];
  let v1349: f32 = v1348 / l1046;
  let v1350: f32 = v1349 + 1e-8f;
  t1350[i] = v1350;
}
