// kernel k317aa_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t783: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2381: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2385: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2388: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2377: f32 = p_optim_m_mtp_blocks_2_mlp_w2_w[i];
  let v2379: f32 = l2377 * 0.9f;
  let l783: f32 = t783[i];
  let l1763: f32 = t1573[0i];
  let v2376: f32 = l783 * l1763;
  let v2380: f32 = v2376 * 0.1f;
  let v2381: f32 = v2379 + v2380;
  t2381[i] = v2381;
  let l2378: f32 = p_optim_v_mtp_blocks_2_mlp_w2_w[i];
  let v2382: f32 = l2378 * 0.95f;
  let v2383: f32 = v2376 * v2376;
  let v2384: f32 = v2383 * 0.05f;
  let v2385: f32 = v2382 + v2384;
  t2385[i] = v2385;
  let v2386: f32 = sqrt(v2385);
  let l1779: f32 = t1583[0i];
  let v2387: f32 = v2386 / l1779;
  let v2388: f32 = v2387 + 1e-8f;
  t2388[i] = v2388;
}
