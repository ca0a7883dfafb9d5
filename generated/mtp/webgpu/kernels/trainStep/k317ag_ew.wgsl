// kernel k317ag_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2532: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_3_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2536: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2539: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317ag_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2528: f32 = p_optim_m_mtp_blocks_3_mlp_w2_w[i];
  let v2530: f32 = l2528 * 0.9f;
  let l675: f32 = t675[i];
  let l1763: f32 = t1573[0i];
  let v2527: f32 = l675 * l1763;
  let v2531: f32 = v2527 * 0.1f;
  let v2532: f32 = v2530 + v2531;
  t2532[i] = v2532;
  let l2529: f32 = p_optim_v_mtp_blocks_3_mlp_w2_w[i];
  let v2533: f32 = l2529 * 0.95f;
  let v2534: f32 = v2527 * v2527;
  let v2535: f32 = v2534 * 0.05f;
  let v2536: f32 = v2533 + v2535;
  t2536[i] = v2536;
  let v2537: f32 = sqrt(v2536);
  let l1779: f32 = t1583[0i];
  let v2538: f32 = v2537 / l1779;
  let v2539: f32 = v2538 + 1e-8f;
  t2539[i] = v2539;
}
