// kernel k317g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1118: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1911: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1915: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1918: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1907: f32 = p_optim_m_layers_1_mlp_w1_w[i];
  let v1909: f32 = l1907 * 0.9f;
  let l1118: f32 = t1118[i];
  let l1737: f32 = t1573[0i];
  let v1906: f32 = l1118 * l1737;
  let v1910: f32 = v1906 * 0.1f;
  let v1911: f32 = v1909 + v1910;
  t1911[i] = v1911;
  let l1908: f32 = p_optim_v_layers_1_mlp_w1_w[i];
  let v1912: f32 = l1908 * 0.95f;
  let v1913: f32 = v1906 * v1906;
  let v1914: f32 = v1913 * 0.05f;
  let v1915: f32 = v1912 + v1914;
  t1915[i] = v1915;
  let v1916: f32 = sqrt(v1915);
  let l1753: f32 = t1583[0i];
  let v1917: f32 = v1916 / l1753;
  let v1918: f32 = v1917 + 1e-8f;
  t1918[i] = v1918;
}
