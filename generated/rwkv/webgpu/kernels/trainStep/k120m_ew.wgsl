// kernel k120m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t457: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1435: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1439: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1442: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1431: f32 = p_optim_m_blocks_1_att_value_w[i];
  let v1433: f32 = l1431 * 0.9f;
  let l457: f32 = t457[i];
  let l1100: f32 = t901[0i];
  let v1430: f32 = l457 * l1100;
  let v1434: f32 = v1430 * 0.1f;
  let v1435: f32 = v1433 + v1434;
  t1435[i] = v1435;
  let l1432: f32 = p_optim_v_blocks_1_att_value_w[i];
  let v1436: f32 = l1432 * 0.95f;
  let v1437: f32 = v1430 * v1430;
  let v1438: f32 = v1437 * 0.05f;
  let v1439: f32 = v1436 + v1438;
  t1439[i] = v1439;
  let v1440: f32 = sqrt(v1439);
  let l1116: f32 = t911[0i];
  let v1441: f32 = v1440 / l1116;
  let v1442: f32 = v1441 + 1e-8f;
  t1442[i] = v1442;
}
