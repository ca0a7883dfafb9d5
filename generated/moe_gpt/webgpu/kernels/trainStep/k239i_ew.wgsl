// kernel k239i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t432: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1613: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1617: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1620: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1609: f32 = p_optim_m_layers_1_moe_shared_mlp_w2_w[i];
  let v1611: f32 = l1609 * 0.9f;
  let l432: f32 = t432[i];
  let l1380: f32 = t1091[0i];
  let v1608: f32 = l432 * l1380;
  let v1612: f32 = v1608 * 0.1f;
  let v1613: f32 = v1611 + v1612;
  t1613[i] = v1613;
  let l1610: f32 = p_optim_v_layers_1_moe_shared_mlp_w2_w[i];
  let v1614: f32 = l1610 * 0.95f;
  let v1615: f32 = v1608 * v1608;
  let v1616: f32 = v1615 * 0.05f;
  let v1617: f32 = v1614 + v1616;
  t1617[i] = v1617;
  let v1618: f32 = sqrt(v1617);
  let l1396: f32 = t1101[0i];
  let v1619: f32 = v1618 / l1396;
  let v1620: f32 = v1619 + 1e-8f;
  t1620[i] = v1620;
}
