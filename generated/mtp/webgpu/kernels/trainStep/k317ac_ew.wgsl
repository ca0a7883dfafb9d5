// kernel k317ac_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t787: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2398: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2402: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2405: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2394: f32 = p_optim_m_mtp_blocks_2_mlp_w3_w[i];
  let v2396: f32 = l2394 * 0.9f;
  let l787: f32 = t787[i];
  let l1737: f32 = t1573[0i];
  let v2393: f32 = l787 * l1737;
  let v2397: f32 = v2393 * 0.1f;
  let v2398: f32 = v2396 + v2397;
  t2398[i] = v2398;
  let l2395: f32 = p_optim_v_mtp_blocks_2_mlp_w3_w[i];
  let v2399: f32 = l2395 * 0.95f;
  let v2400: f32 = v2393 * v2393;
  let v2401: f32 = v2400 * 0.05f;
  let v2402: f32 = v2399 + v2401;
  t2402[i] = v2402;
  let v2403: f32 = sqrt(v2402);
  let l1753: f32 = t1583[0i];
  let v2404: f32 = v2403 / l1753;
  let v2405: f32 = v2404 + 1e-8f;
  t2405[i] = v2405;
}
