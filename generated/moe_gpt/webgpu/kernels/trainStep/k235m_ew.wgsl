// kernel k235m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t459: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1579: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w3: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1586: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1575: f32 = p_optim_m_layers_1_moe_w3[i];
  let v1577: f32 = l1575 * 0.9f;
  let l459: f32 = t459[i];
  let l1282: f32 = t1091[0i];
  let v1574: f32 = l459 * l1282;
  let v1578: f32 = v1574 * 0.1f;
  let v1579: f32 = v1577 + v1578;
  t1579[i] = v1579;
  let l1576: f32 = p_optim_v_layers_1_moe_w3[i];
  let v1580: f32 = l1576 * 0.95f;
  let v1581: f32 = v1574 * v1574;
  let v1582: f32 = v1581 * 0.05f;
  let v1583: f32 = v1580 + v1582;
  t1583[i] = v1583;
  let v1584: f32 = sqrt(v1583);
  let l1299: f32 = t1101[0i];
  let v1585: f32 = v1584 / l1299;
  let v1586: f32 = v1585 + 1e-8f;
  t1586[i] = v1586;
}
