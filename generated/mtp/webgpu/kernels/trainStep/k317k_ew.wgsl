// kernel k317k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1110: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1945: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1949: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1952: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1941: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v1943: f32 = l1941 * 0.9f;
  let l1110: f32 = t1110[i];
  let l1737: f32 = t1573[0i];
  let v1940: f32 = l1110 * l1737;
  let v1944: f32 = v1940 * 0.1f;
  let v1945: f32 = v1943 + v1944;
  t1945[i] = v1945;
  let l1942: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v1946: f32 = l1942 * 0.95f;
  let v1947: f32 = v1940 * v1940;
  let v1948: f32 = v1947 * 0.05f;
  let v1949: f32 = v1946 + v1948;
  t1949[i] = v1949;
  let v1950: f32 = sqrt(v1949);
  let l1753: f32 = t1583[0i];
  let v1951: f32 = v1950 / l1753;
  let v1952: f32 = v1951 + 1e-8f;
  t1952[i] = v1952;
}
