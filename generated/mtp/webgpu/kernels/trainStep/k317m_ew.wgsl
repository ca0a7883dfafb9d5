// kernel k317m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1001: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2062: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2066: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2069: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2058: f32 = p_optim_m_mtp_blocks_0_mlp_w1_w[i];
  let v2060: f32 = l2058 * 0.9f;
  let l1001: f32 = t1001[i];
  let l1737: f32 = t1573[0i];
  let v2057: f32 = l1001 * l1737;
  let v2061: f32 = v2057 * 0.1f;
  let v2062: f32 = v2060 + v2061;
  t2062[i] = v2062;
  let l2059: f32 = p_optim_v_mtp_blocks_0_mlp_w1_w[i];
  let v2063: f32 = l2059 * 0.95f;
  let v2064: f32 = v2057 * v2057;
  let v2065: f32 = v2064 * 0.05f;
  let v2066: f32 = v2063 + v2065;
  t2066[i] = v2066;
  let v2067: f32 = sqrt(v2066);
  let l1753: f32 = t1583[0i];
  let v2068: f32 = v2067 / l1753;
  let v2069: f32 = v2068 + 1e-8f;
  t2069[i] = v2069;
}
