// kernel k120q_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_output_w: array<f32>;
@group(0) @binding(1) var<storage, read> t411: array<f32>;
@group(0) @binding(2) var<storage, read> t901: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1469: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_output_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1473: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1476: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1465: f32 = p_optim_m_blocks_1_att_output_w[i];
  let v1467: f32 = l1465 * 0.9f;
  let l411: f32 = t411[i];
  let l1100: f32 = t901[0i];
  let v1464: f32 = l411 * l1100;
  let v1468: f32 = v1464 * 0.1f;
  let v1469: f32 = v1467 + v1468;
  t1469[i] = v1469;
  let l1466: f32 = p_optim_v_blocks_1_att_output_w[i];
  let v1470: f32 = l1466 * 0.95f;
  let v1471: f32 = v1464 * v1464;
  let v1472: f32 = v1471 * 0.05f;
  let v1473: f32 = v1470 + v1472;
  t1473[i] = v1473;
  let v1474: f32 = sqrt(v1473);
  let l1116: f32 = t911[0i];
  let v1475: f32 = v1474 / l1116;
  let v1476: f32 = v1475 + 1e-8f;
  t1476[i] = v1476;
}
