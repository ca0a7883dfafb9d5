// kernel k316o_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1138: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1878: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1882: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1885: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1874: f32 = p_optim_m_layers_1_attn_wo_w[i];
  let v1876: f32 = l1874 * 0.9f;
  let l1139: f32 = t1138[i];
  let l1644: f32 = t1573[0i];
  let v1873: f32 = l1139 * l1644;
  let v1877: f32 = v1873 * 0.1f;
  let v1878: f32 = v1876 + v1877;
  t1878[i] = v1878;
  let l1875: f32 = p_optim_v_layers_1_attn_wo_w[i];
  let v1879: f32 = l1875 * 0.95f;
  let v1880: f32 = v1873 * v1873;
  let v1881: f32 = v1880 * 0.05f;
  let v1882: f32 = v1879 + v1881;
  t1882[i] = v1882;
  let v1883: f32 = sqrt(v1882);
  let l1660: f32 = t1583[0i];
  let v1884: f32 = v1883 / l1660;
  let v1885: f32 = v1884 + 1e-8f;
  t1885[i] = v1885;
}
