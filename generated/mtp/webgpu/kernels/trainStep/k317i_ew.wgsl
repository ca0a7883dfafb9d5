// kernel k317i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1106: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1928: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1932: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1935: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1924: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v1926: f32 = l1924 * 0.9f;
  let l1106: f32 = t1106[i];
  let l1763: f32 = t1573[0i];
  let v1923: f32 = l1106 * l1763;
  let v1927: f32 = v1923 * 0.1f;
  let v1928: f32 = v1926 + v1927;
  t1928[i] = v1928;
  let l1925: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v1929: f32 = l1925 * 0.95f;
  let v1930: f32 = v1923 * v1923;
  let v1931: f32 = v1930 * 0.05f;
  let v1932: f32 = v1929 + v1931;
  t1932[i] = v1932;
  let v1933: f32 = sqrt(v1932);
  let l1779: f32 = t1583[0i];
  let v1934: f32 = v1933 / l1779;
  let v1935: f32 = v1934 + 1e-8f;
  t1935[i] = v1935;
}
