// kernel k146s_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t402: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1661: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1665: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1668: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1657: f32 = p_optim_m_blocks_1_ffn_receptance_w[i];
  let v1659: f32 = l1657 * 0.9f;
  let l402: f32 = t402[i];
  let l1194: f32 = t995[0i];
  let v1656: f32 = l402 * l1194;
  let v1660: f32 = v1656 * 0.1f;
  let v1661: f32 = v1659 + v1660;
  t1661[i] = v1661;
  let l1658: f32 = p_optim_v_blocks_1_ffn_receptance_w[i];
  let v1662: f32 = l1658 * 0.95f;
  let v1663: f32 = v1656 * v1656;
  let v1664: f32 = v1663 * 0.05f;
  let v1665: f32 = v1662 + v1664;
  t1665[i] = v1665;
  let v1666: f32 = sqrt(v1665);
  let l1210: f32 = t1005[0i];
  let v1667: f32 = v1666 / l1210;
  let v1668: f32 = v1667 + 1e-8f;
  t1668[i] = v1668;
}
