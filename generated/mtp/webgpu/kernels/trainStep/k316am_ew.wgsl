// kernel k316am_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t815: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2331: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2335: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2338: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316am_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2327: f32 = p_optim_m_mtp_blocks_2_attn_wo_w[i];
  let v2329: f32 = l2327 * 0.9f;
  let l816: f32 = t815[i];
  let l1644: f32 = t1573[0i];
  let v2326: f32 = l816 * l1644;
  let v2330: f32 = v2326 * 0.1f;
  let v2331: f32 = v2329 + v2330;
  t2331[i] = v2331;
  let l2328: f32 = p_optim_v_mtp_blocks_2_attn_wo_w[i];
  let v2332: f32 = l2328 * 0.95f;
  let v2333: f32 = v2326 * v2326;
  let v2334: f32 = v2333 * 0.05f;
  let v2335: f32 = v2332 + v2334;
  t2335[i] = v2335;
  let v2336: f32 = sqrt(v2335);
  let l1660: f32 = t1583[0i];
  let v2337: f32 = v2336 / l1660;
  let v2338: f32 = v2337 + 1e-8f;
  t2338[i] = v2338;
}
