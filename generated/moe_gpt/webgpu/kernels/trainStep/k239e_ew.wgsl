// kernel k239e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t711: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1431: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1435: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1438: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1427: f32 = p_optim_m_layers_0_moe_shared_mlp_w3_w[i];
  let v1429: f32 = l1427 * 0.9f;
  let l711: f32 = t711[i];
  let l1374: f32 = t1111[0i];
  let v1426: f32 = l711 * l1374;
  let v1430: f32 = v1426 * 0.1f;
  let v1431: f32 = v1429 + v1430;
  t1431[i] = v1431;
  let l1428: f32 = p_optim_v_layers_0_moe_shared_mlp_w3_w[i];
  let v1432: f32 = l1428 * 0.95f;
  let v1433: f32 = v1426 * v1426;
  let v1434: f32 = v1433 * 0.05f;
  let v1435: f32 = v1432 + v1434;
  t1435[i] = v1435;
  let v1436: f32 = sqrt(v1435);
  let l1390: f32 = t1121[0i];
  let v1437: f32 = v1436 / l1390;
  let v1438: f32 = v1437 + 1e-8f;
  t1438[i] = v1438;
}
