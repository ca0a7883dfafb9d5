// kernel k239k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t456: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1650: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1654: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1657: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1646: f32 = p_optim_m_layers_1_moe_shared_mlp_w3_w[i];
  let v1648: f32 = l1646 * 0.9f;
  let l456: f32 = t456[i];
  let l1374: f32 = t1111[0i];
  let v1645: f32 = l456 * l1374;
  let v1649: f32 = v1645 * 0.1f;
  let v1650: f32 = v1648 + v1649;
  t1650[i] = v1650;
  let l1647: f32 = p_optim_v_layers_1_moe_shared_mlp_w3_w[i];
  let v1651: f32 = l1647 * 0.95f;
  let v1652: f32 = v1645 * v1645;
  let v1653: f32 = v1652 * 0.05f;
  let v1654: f32 = v1651 + v1653;
  t1654[i] = v1654;
  let v1655: f32 = sqrt(v1654);
  let l1390: f32 = t1121[0i];
  let v1656: f32 = v1655 / l1390;
  let v1657: f32 = v1656 + 1e-8f;
  t1657[i] = v1657;
}
