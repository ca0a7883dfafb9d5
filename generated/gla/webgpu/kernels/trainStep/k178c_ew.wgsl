// kernel k178c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t341: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1522: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1528: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1533: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1516: f32 = p_optim_m_head_w[i];
  let v1519: f32 = l1516 * 0.9f;
  let l341: f32 = t341[i];
  let l1514: f32 = t890[0i];
  let v1515: f32 = l341 * l1514;
  let v1521: f32 = v1515 * 0.1f;
  let v1522: f32 = v1519 + v1521;
  t1522[i] = v1522;
  let l1517: f32 = p_optim_v_head_w[i];
  let v1524: f32 = l1517 * 0.95f;
  let v1525: f32 = v1515 * v1515;
  let v1527: f32 = v1525 * 0.05f;
  let v1528: f32 = v1524 + v1527;
  t1528[i] = v1528;
  let v1529: f32 = sqrt(v1528);
  let l1530: f32 = t900[0i];
  let v1531: f32 = v1529 / l1530;
  let v1533: f32 = v1531 + 1e-8f;
  t1533[i] = v1533;
}
