// kernel k115f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_proj_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t286: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1440: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_proj_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1444: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1448: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1436: f32 = p_optim_m_blocks_1_mlp_proj_beta[i];
  let v1438: f32 = l1436 * 0.9f;
  let l287: f32 = t286[i];
  let l1085: f32 = t701[0i];
  let v1435: f32 = l287 * l1085;
  let v1439: f32 = v1435 * 0.1f;
  let v1440: f32 = v1438 + v1439;
  t1440[i] = v1440;
  let l1437: f32 = p_optim_v_blocks_1_mlp_proj_beta[i];
  let v1441: f32 = l1437 * 0.95f;
  let v1442: f32 = v1435 * v1435;
  let v1443: f32 = v1442 * 0.05f;
  let v1444: f32 = v1441 + v1443;
  t1444[i] = v1444;
  let v1445: f32 = sqrt(v1444);
  let l1101: f32 = t711[0i];
  let v1446: f32 = v1445 / l1101;
  let v1447: f32 = v1446 + 1e-8f;
  let v1448: f32 = v1440 / v1447;
  t1448[i] = v1448;
}
