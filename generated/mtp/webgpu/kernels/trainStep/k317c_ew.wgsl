// kernel k317c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1214: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1771: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1777: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1782: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1765: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v1768: f32 = l1765 * 0.9f;
  let l1214: f32 = t1214[i];
  let l1763: f32 = t1573[0i];
  let v1764: f32 = l1214 * l1763;
  let v1770: f32 = v1764 * 0.1f;
  let v1771: f32 = v1768 + v1770;
  t1771[i] = v1771;
  let l1766: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v1773: f32 = l1766 * 0.95f;
  let v1774: f32 = v1764 * v1764;
  let v1776: f32 = v1774 * 0.05f;
  let v1777: f32 = v1773 + v1776;
  t1777[i] = v1777;
  let v1778: f32 = sqrt(v1777);
  let l1779: f32 = t1583[0i];
  let v1780: f32 = v1778 / l1779;
  let v1782: f32 = v1780 + 1e-8f;
  t1782[i] = v1782;
}
