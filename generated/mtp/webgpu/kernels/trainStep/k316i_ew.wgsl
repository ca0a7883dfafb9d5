// kernel k316i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1193: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1827: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1831: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1834: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1823: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1825: f32 = l1823 * 0.9f;
  let l1193: f32 = t1193[i];
  let l1644: f32 = t1573[0i];
  let v1822: f32 = l1193 * l1644;
  let v1826: f32 = v1822 * 0.1f;
  let v1827: f32 = v1825 + v1826;
  t1827[i] = v1827;
  let l1824: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1828: f32 = l1824 * 0.95f;
  let v1829: f32 = v1822 * v1822;
  let v1830: f32 = v1829 * 0.05f;
  let v1831: f32 = v1828 + v1830;
  t1831[i] = v1831;
  let v1832: f32 = sqrt(v1831);
  let l1660: f32 = t1583[0i];
  let v1833: f32 = v1832 / l1660;
  let v1834: f32 = v1833 + 1e-8f;
  t1834[i] = v1834;
}
