// kernel k146q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t476: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1563: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_output_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1567: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1570: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1559: f32 = p_optim_m_blocks_1_att_output_w[i];
  let v1561: f32 = l1559 * 0.9f;
  let l476: f32 = t476[i];
  let l1194: f32 = t995[0i];
  let v1558: f32 = l476 * l1194;
  let v1562: f32 = v1558 * 0.1f;
  let v1563: f32 = v1561 + v1562;
  t1563[i] = v1563;
  let l1560: f32 = p_optim_v_blocks_1_att_output_w[i];
  let v1564: f32 = l1560 * 0.95f;
  let v1565: f32 = v1558 * v1558;
  let v1566: f32 = v1565 * 0.05f;
  let v1567: f32 = v1564 + v1566;
  t1567[i] = v1567;
  let v1568: f32 = sqrt(v1567);
  let l1210: f32 = t1005[0i];
  let v1569: f32 = v1568 / l1210;
  let v1570: f32 = v1569 + 1e-8f;
  t1570[i] = v1570;
}
