// kernel k317u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t886: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2230: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2234: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2237: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2226: f32 = p_optim_m_mtp_blocks_1_mlp_w2_w[i];
  let v2228: f32 = l2226 * 0.9f;
  let l886: f32 = t886[i];
  let l1763: f32 = t1573[0i];
  let v2225: f32 = l886 * l1763;
  let v2229: f32 = v2225 * 0.1f;
  let v2230: f32 = v2228 + v2229;
  t2230[i] = v2230;
  let l2227: f32 = p_optim_v_mtp_blocks_1_mlp_w2_w[i];
  let v2231: f32 = l2227 * 0.95f;
  let v2232: f32 = v2225 * v2225;
  let v2233: f32 = v2232 * 0.05f;
  let v2234: f32 = v2231 + v2233;
  t2234[i] = v2234;
  let v2235: f32 = sqrt(v2234);
  let l1779: f32 = t1583[0i];
  let v2236: f32 = v2235 / l1779;
  let v2237: f32 = v2236 + 1e-8f;
  t2237[i] = v2237;
}
