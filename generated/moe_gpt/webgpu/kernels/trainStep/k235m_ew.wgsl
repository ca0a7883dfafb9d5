// kernel k235m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t479: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1599: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1603: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1606: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1595: f32 = p_optim_m_layers_1_moe_w3[i];
  let v1597: f32 = l1595 * 0.9f;
  let l479: f32 = t479[i];
  let l1302: f32 = t1111[0i];
  let v1594: f32 = l479 * l1302;
  let v1598: f32 = v1594 * 0.1f;
  let v1599: f32 = v1597 + v1598;
  t1599[i] = v1599;
  let l1596: f32 = p_optim_v_layers_1_moe_w3[i];
  let v1600: f32 = l1596 * 0.95f;
  let v1601: f32 = v1594 * v1594;
  let v1602: f32 = v1601 * 0.05f;
  let v1603: f32 = v1600 + v1602;
  t1603[i] = v1603;
  let v1604: f32 = sqrt(v1603);
  let l1319: f32 = t1121[0i];
  let v1605: f32 = v1604 / l1319;
  let v1606: f32 = v1605 + 1e-8f;
  t1606[i] = v1606;
}
