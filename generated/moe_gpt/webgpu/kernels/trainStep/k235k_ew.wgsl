// kernel k235k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t455: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1562: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1566: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1569: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1558: f32 = p_optim_m_layers_1_moe_w2[i];
  let v1560: f32 = l1558 * 0.9f;
  let l455: f32 = t455[i];
  let l1311: f32 = t1091[0i];
  let v1557: f32 = l455 * l1311;
  let v1561: f32 = v1557 * 0.1f;
  let v1562: f32 = v1560 + v1561;
  t1562[i] = v1562;
  let l1559: f32 = p_optim_v_layers_1_moe_w2[i];
  let v1563: f32 = l1559 * 0.95f;
  let v1564: f32 = v1557 * v1557;
  let v1565: f32 = v1564 * 0.05f;
  let v1566: f32 = v1563 + v1565;
  t1566[i] = v1566;
  let v1567: f32 = sqrt(v1566);
  let l1327: f32 = t1101[0i];
  let v1568: f32 = v1567 / l1327;
  let v1569: f32 = v1568 + 1e-8f;
  t1569[i] = v1569;
}
