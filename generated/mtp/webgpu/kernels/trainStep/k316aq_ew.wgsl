// kernel k316aq_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t760: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2448: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2452: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2455: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316aq_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2444: f32 = p_optim_m_mtp_blocks_3_attn_wk_w[i];
  let v2446: f32 = l2444 * 0.9f;
  let l760: f32 = t760[i];
  let l1644: f32 = t1573[0i];
  let v2443: f32 = l760 * l1644;
  let v2447: f32 = v2443 * 0.1f;
  let v2448: f32 = v2446 + v2447;
  t2448[i] = v2448;
  let l2445: f32 = p_optim_v_mtp_blocks_3_attn_wk_w[i];
  let v2449: f32 = l2445 * 0.95f;
  let v2450: f32 = v2443 * v2443;
  let v2451: f32 = v2450 * 0.05f;
  let v2452: f32 = v2449 + v2451;
  t2452[i] = v2452;
  let v2453: f32 = sqrt(v2452);
  let l1660: f32 = t1583[0i];
  let v2454: f32 = v2453 / l1660;
  let v2455: f32 = v2454 + 1e-8f;
  t2455[i] = v2455;
}
