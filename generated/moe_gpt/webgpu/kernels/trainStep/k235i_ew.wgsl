// kernel k235i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t488: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1565: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w1: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1569: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1572: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1561: f32 = p_optim_m_layers_1_moe_w1[i];
  let v1563: f32 = l1561 * 0.9f;
  let l488: f32 = t488[i];
  let l1302: f32 = t1111[0i];
  let v1560: f32 = l488 * l1302;
  let v1564: f32 = v1560 * 0.1f;
  let v1565: f32 = v1563 + v1564;
  t1565[i] = v1565;
  let l1562: f32 = p_optim_v_layers_1_moe_w1[i];
  let v1566: f32 = l1562 * 0.95f;
  let v1567: f32 = v1560 * v1560;
  let v1568: f32 = v1567 * 0.05f;
  let v1569: f32 = v1566 + v1568;
  t1569[i] = v1569;
  let v1570: f32 = sqrt(v1569);
  let l1319: f32 = t1121[0i];
  let v1571: f32 = v1570 / l1319;
  let v1572: f32 = v1571 + 1e-8f;
  t1572[i] = v1572;
}
