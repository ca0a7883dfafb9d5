// kernel k316ag_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t870: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2280: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2284: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2287: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316ag_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2276: f32 = p_optim_m_mtp_blocks_2_attn_wq_w[i];
  let v2278: f32 = l2276 * 0.9f;
  let l870: f32 = t870[i];
  let l1644: f32 = t1573[0i];
  let v2275: f32 = l870 * l1644;
  let v2279: f32 = v2275 * 0.1f;
  let v2280: f32 = v2278 + v2279;
  t2280[i] = v2280;
  let l2277: f32 = p_optim_v_mtp_blocks_2_attn_wq_w[i];
  let v2281: f32 = l2277 * 0.95f;
  let v2282: f32 = v2275 * v2275;
  let v2283: f32 = v2282 * 0.05f;
  let v2284: f32 = v2281 + v2283;
  t2284[i] = v2284;
  let v2285: f32 = sqrt(v2284);
  let l1660: f32 = t1583[0i];
  let v2286: f32 = v2285 / l1660;
  let v2287: f32 = v2286 + 1e-8f;
  t2287[i] = v2287;
}
