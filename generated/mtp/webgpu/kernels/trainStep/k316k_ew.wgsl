// kernel k316k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1189: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1844: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1848: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1851: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1840: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v1842: f32 = l1840 * 0.9f;
  let l1189: f32 = t1189[i];
  let l1644: f32 = t1573[0i];
  let v1839: f32 = l1189 * l1644;
  let v1843: f32 = v1839 * 0.1f;
  let v1844: f32 = v1842 + v1843;
  t1844[i] = v1844;
  let l1841: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v1845: f32 = l1841 * 0.95f;
  let v1846: f32 = v1839 * v1839;
  let v1847: f32 = v1846 * 0.05f;
  let v1848: f32 = v1845 + v1847;
  t1848[i] = v1848;
  let v1849: f32 = sqrt(v1848);
  let l1660: f32 = t1583[0i];
  let v1850: f32 = v1849 / l1660;
  let v1851: f32 = v1850 + 1e-8f;
  t1851[i] = v1851;
}
