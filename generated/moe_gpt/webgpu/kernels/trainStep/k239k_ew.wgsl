// kernel k239k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t436: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1630: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1634: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1637: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1626: f32 = p_optim_m_layers_1_moe_shared_mlp_w3_w[i];
  let v1628: f32 = l1626 * 0.9f;
  let l436: f32 = t436[i];
  let l1354: f32 = t1091[0i];
  let v1625: f32 = l436 * l1354;
  let v1629: f32 = v1625 * 0.1f;
  let v1630: f32 = v1628 + v1629;
  t1630[i] = v1630;
  let l1627: f32 = p_optim_v_layers_1_moe_shared_mlp_w3_w[i];
  let v1631: f32 = l1627 * 0.95f;
  let v1632: f32 = v1625 * v1625;
  let v1633: f32 = v1632 * 0.05f;
  let v1634: f32 = v1631 + v1633;
  t1634[i] = v1634;
  let v1635: f32 = sqrt(v1634);
  let l1370: f32 = t1101[0i];
  let v1636: f32 = v1635 / l1370;
  let v1637: f32 = v1636 + 1e-8f;
  t1637[i] = v1637;
}
