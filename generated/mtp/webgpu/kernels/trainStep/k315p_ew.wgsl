// kernel k315p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t799: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2348: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2352: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2356: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2344: f32 = p_optim_m_mtp_blocks_2_mlp_norm_g[i];
    let v2346: f32 = l2344 * 0.9f;
    let l800: f32 = t799[i];
    let l1618: f32 = t1573[0i];
    let v2343: f32 = l800 * l1618;
    let v2347: f32 = v2343 * 0.1f;
    let v2348: f32 = v2346 + v2347;
    t2348[i] = v2348;
    let l2345: f32 = p_optim_v_mtp_blocks_2_mlp_norm_g[i];
    let v2349: f32 = l2345 * 0.95f;
    let v2350: f32 = v2343 * v2343;
    let v2351: f32 = v2350 * 0.05f;
    let v2352: f32 = v2349 + v2351;
    t2352[i] = v2352;
    let v2353: f32 = sqrt(v2352);
    let l1635: f32 = t1583[0i];
    let v2354: f32 = v2353 / l1635;
    let v2355: f32 = v2354 + 1e-8f;
    let v2356: f32 = v2348 / v2355;
    t2356[i] = v2356;
  }
}
