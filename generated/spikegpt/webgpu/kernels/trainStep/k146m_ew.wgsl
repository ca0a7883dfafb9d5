// kernel k146m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_att_value_w: array<f32>;
@group(0) @binding(1) var<storage, read> t522: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1529: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_att_value_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1533: array<f32>;
@group(0) @binding(6) var<storage, read> t1005: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1536: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1525: f32 = p_optim_m_blocks_1_att_value_w[i];
  let v1527: f32 = l1525 * 0.9f;
  let l522: f32 = t522[i];
  let l1194: f32 = t995[0i];
  let v1524: f32 = l522 * l1194;
  let v1528: f32 = v1524 * 0.1f;
  let v1529: f32 = v1527 + v1528;
  t1529[i] = v1529;
  let l1526: f32 = p_optim_v_blocks_1_att_value_w[i];
  let v1530: f32 = l1526 * 0.95f;
  let v1531: f32 = v1524 * v1524;
  let v1532: f32 = v1531 * 0.05f;
  let v1533: f32 = v1530 + v1532;
  t1533[i] = v1533;
  let v1534: f32 = sqrt(v1533);
  let l1210: f32 = t1005[0i];
  let v1535: f32 = v1534 / l1210;
  let v1536: f32 = v1535 + 1e-8f;
  t1536[i] = v1536;
}
