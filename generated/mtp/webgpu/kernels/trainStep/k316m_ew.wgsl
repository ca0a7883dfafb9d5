// kernel k316m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1185: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1861: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1865: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1868: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1857: f32 = p_optim_m_layers_1_attn_wv_w[i];
  let v1859: f32 = l1857 * 0.9f;
  let l1185: f32 = t1185[i];
  let l1644: f32 = t1573[0i];
  let v1856: f32 = l1185 * l1644;
  let v1860: f32 = v1856 * 0.1f;
  let v1861: f32 = v1859 + v1860;
  t1861[i] = v1861;
  let l1858: f32 = p_optim_v_layers_1_attn_wv_w[i];
  let v1862: f32 = l1858 * 0.95f;
  let v1863: f32 = v1856 * v1856;
  let v1864: f32 = v1863 * 0.05f;
  let v1865: f32 = v1862 + v1864;
  t1865[i] = v1865;
  let v1866: f32 = sqrt(v1865);
  let l1660: f32 = t1583[0i];
  let v1867: f32 = v1866 / l1660;
  let v1868: f32 = v1867 + 1e-8f;
  t1868[i] = v1868;
}
