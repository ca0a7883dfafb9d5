// kernel k235i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t468: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1545: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1549: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1552: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1541: f32 = p_optim_m_layers_1_moe_w1[i];
  let v1543: f32 = l1541 * 0.9f;
  let l468: f32 = t468[i];
  let l1282: f32 = t1091[0i];
  let v1540: f32 = l468 * l1282;
  let v1544: f32 = v1540 * 0.1f;
  let v1545: f32 = v1543 + v1544;
  t1545[i] = v1545;
  let l1542: f32 = p_optim_v_layers_1_moe_w1[i];
  let v1546: f32 = l1542 * 0.95f;
  let v1547: f32 = v1540 * v1540;
  let v1548: f32 = v1547 * 0.05f;
  let v1549: f32 = v1546 + v1548;
  t1549[i] = v1549;
  let v1550: f32 = sqrt(v1549);
  let l1299: f32 = t1101[0i];
  let v1551: f32 = v1550 / l1299;
  let v1552: f32 = v1551 + 1e-8f;
  t1552[i] = v1552;
}
