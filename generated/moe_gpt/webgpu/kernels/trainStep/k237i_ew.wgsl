// kernel k237i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t943: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1444: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1448: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1451: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1440: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1442: f32 = l1440 * 0.9f;
  let l943: f32 = t943[i];
  let l1162: f32 = t1091[0i];
  let v1439: f32 = l943 * l1162;
  let v1443: f32 = v1439 * 0.1f;
  let v1444: f32 = v1442 + v1443;
  t1444[i] = v1444;
  let l1441: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1445: f32 = l1441 * 0.95f;
  let v1446: f32 = v1439 * v1439;
  let v1447: f32 = v1446 * 0.05f;
  let v1448: f32 = v1445 + v1447;
  t1448[i] = v1448;
  let v1449: f32 = sqrt(v1448);
  let l1178: f32 = t1101[0i];
  let v1450: f32 = v1449 / l1178;
  let v1451: f32 = v1450 + 1e-8f;
  t1451[i] = v1451;
}
