// kernel k239i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t452: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1633: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1637: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1640: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1629: f32 = p_optim_m_layers_1_moe_shared_mlp_w2_w[i];
  let v1631: f32 = l1629 * 0.9f;
  let l452: f32 = t452[i];
  let l1400: f32 = t1111[0i];
  let v1628: f32 = l452 * l1400;
  let v1632: f32 = v1628 * 0.1f;
  let v1633: f32 = v1631 + v1632;
  t1633[i] = v1633;
  let l1630: f32 = p_optim_v_layers_1_moe_shared_mlp_w2_w[i];
  let v1634: f32 = l1630 * 0.95f;
  let v1635: f32 = v1628 * v1628;
  let v1636: f32 = v1635 * 0.05f;
  let v1637: f32 = v1634 + v1636;
  t1637[i] = v1637;
  let v1638: f32 = sqrt(v1637);
  let l1416: f32 = t1121[0i];
  let v1639: f32 = v1638 / l1416;
  let v1640: f32 = v1639 + 1e-8f;
  t1640[i] = v1640;
}
