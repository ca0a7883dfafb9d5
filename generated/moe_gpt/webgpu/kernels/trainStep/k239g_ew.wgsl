// kernel k239g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t465: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1616: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1620: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1623: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1612: f32 = p_optim_m_layers_1_moe_shared_mlp_w1_w[i];
  let v1614: f32 = l1612 * 0.9f;
  let l465: f32 = t465[i];
  let l1374: f32 = t1111[0i];
  let v1611: f32 = l465 * l1374;
  let v1615: f32 = v1611 * 0.1f;
  let v1616: f32 = v1614 + v1615;
  t1616[i] = v1616;
  let l1613: f32 = p_optim_v_layers_1_moe_shared_mlp_w1_w[i];
  let v1617: f32 = l1613 * 0.95f;
  let v1618: f32 = v1611 * v1611;
  let v1619: f32 = v1618 * 0.05f;
  let v1620: f32 = v1617 + v1619;
  t1620[i] = v1620;
  let v1621: f32 = sqrt(v1620);
  let l1390: f32 = t1121[0i];
  let v1622: f32 = v1621 / l1390;
  let v1623: f32 = v1622 + 1e-8f;
  t1623[i] = v1623;
}
