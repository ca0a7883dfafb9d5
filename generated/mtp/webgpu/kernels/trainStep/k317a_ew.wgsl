// kernel k317a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1226: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1745: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1751: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1756: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1739: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v1742: f32 = l1739 * 0.9f;
  let l1226: f32 = t1226[i];
  let l1737: f32 = t1573[0i];
  let v1738: f32 = l1226 * l1737;
  let v1744: f32 = v1738 * 0.1f;
  let v1745: f32 = v1742 + v1744;
  t1745[i] = v1745;
  let l1740: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v1747: f32 = l1740 * 0.95f;
  let v1748: f32 = v1738 * v1738;
  let v1750: f32 = v1748 * 0.05f;
  let v1751: f32 = v1747 + v1750;
  t1751[i] = v1751;
  let v1752: f32 = sqrt(v1751);
  let l1753: f32 = t1583[0i];
  let v1754: f32 = v1752 / l1753;
  let v1756: f32 = v1754 + 1e-8f;
  t1756[i] = v1756;
}
