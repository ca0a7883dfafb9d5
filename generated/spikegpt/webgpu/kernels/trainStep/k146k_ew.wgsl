// kernel k146k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t533: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1512: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_key_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1516: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1519: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1508: f32 = p_optim_m_blocks_1_att_key_w[i];
  let v1510: f32 = l1508 * 0.9f;
  let l533: f32 = t533[i];
  let l1194: f32 = t995[0i];
  let v1507: f32 = l533 * l1194;
  let v1511: f32 = v1507 * 0.1f;
  let v1512: f32 = v1510 + v1511;
  t1512[i] = v1512;
  let l1509: f32 = p_optim_v_blocks_1_att_key_w[i];
  let v1513: f32 = l1509 * 0.95f;
  let v1514: f32 = v1507 * v1507;
  let v1515: f32 = v1514 * 0.05f;
  let v1516: f32 = v1513 + v1515;
  t1516[i] = v1516;
  let v1517: f32 = sqrt(v1516);
  let l1210: f32 = t1005[0i];
  let v1518: f32 = v1517 / l1210;
  let v1519: f32 = v1518 + 1e-8f;
  t1519[i] = v1519;
}
