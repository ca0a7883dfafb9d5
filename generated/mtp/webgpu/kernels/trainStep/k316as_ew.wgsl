// kernel k316as_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t756: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2465: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2469: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2472: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316as_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2461: f32 = p_optim_m_mtp_blocks_3_attn_wv_w[i];
  let v2463: f32 = l2461 * 0.9f;
  let l756: f32 = t756[i];
  let l1644: f32 = t1573[0i];
  let v2460: f32 = l756 * l1644;
  let v2464: f32 = v2460 * 0.1f;
  let v2465: f32 = v2463 + v2464;
  t2465[i] = v2465;
  let l2462: f32 = p_optim_v_mtp_blocks_3_attn_wv_w[i];
  let v2466: f32 = l2462 * 0.95f;
  let v2467: f32 = v2460 * v2460;
  let v2468: f32 = v2467 * 0.05f;
  let v2469: f32 = v2466 + v2468;
  t2469[i] = v2469;
  let v2470: f32 = sqrt(v2469);
  let l1660: f32 = t1583[0i];
  let v2471: f32 = v2470 / l1660;
  let v2472: f32 = v2471 + 1e-8f;
  t2472[i] = v2472;
}
