// kernel k146o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t483: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1546: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1550: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1553: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1542: f32 = p_optim_m_blocks_1_att_receptance_w[i];
  let v1544: f32 = l1542 * 0.9f;
  let l483: f32 = t483[i];
  let l1194: f32 = t995[0i];
  let v1541: f32 = l483 * l1194;
  let v1545: f32 = v1541 * 0.1f;
  let v1546: f32 = v1544 + v1545;
  t1546[i] = v1546;
  let l1543: f32 = p_optim_v_blocks_1_att_receptance_w[i];
  let v1547: f32 = l1543 * 0.95f;
  let v1548: f32 = v1541 * v1541;
  let v1549: f32 = v1548 * 0.05f;
  let v1550: f32 = v1547 + v1549;
  t1550[i] = v1550;
  let v1551: f32 = sqrt(v1550);
  let l1210: f32 = t1005[0i];
  let v1552: f32 = v1551 / l1210;
  let v1553: f32 = v1552 + 1e-8f;
  t1553[i] = v1553;
}
