// kernel k317w_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t890: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2247: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2251: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2254: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317w_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2243: f32 = p_optim_m_mtp_blocks_1_mlp_w3_w[i];
  let v2245: f32 = l2243 * 0.9f;
  let l890: f32 = t890[i];
  let l1737: f32 = t1573[0i];
  let v2242: f32 = l890 * l1737;
  let v2246: f32 = v2242 * 0.1f;
  let v2247: f32 = v2245 + v2246;
  t2247[i] = v2247;
  let l2244: f32 = p_optim_v_mtp_blocks_1_mlp_w3_w[i];
  let v2248: f32 = l2244 * 0.95f;
  let v2249: f32 = v2242 * v2242;
  let v2250: f32 = v2249 * 0.05f;
  let v2251: f32 = v2248 + v2250;
  t2251[i] = v2251;
  let v2252: f32 = sqrt(v2251);
  let l1753: f32 = t1583[0i];
  let v2253: f32 = v2252 / l1753;
  let v2254: f32 = v2253 + 1e-8f;
  t2254[i] = v2254;
}
