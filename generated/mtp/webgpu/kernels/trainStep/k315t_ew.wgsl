// kernel k315t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_mtp_blocks_3_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2494: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2503: array<f32>;
@group(0) @binding(3) var<storage, read> p_mtp_blocks_3_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t2499: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2509: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2496: f32 = p_optim_v_mtp_blocks_3_mlp_norm_g[i];
    let v2500: f32 = l2496 * 0.95f;
    let x2494: f32 = t2494[i];
    let v2501: f32 = x2494 * x2494;
    let v2502: f32 = v2501 * 0.05f;
    let v2503: f32 = v2500 + v2502;
    t2503[i] = v2503;
    let l51: f32 = p_mtp_blocks_3_mlp_norm_g[i];
    let x2499: f32 = t2499[i];
    let v2504: f32 = sqrt(v2503);
    let l1635: f32 = t1583[0i];
    let v2505: f32 = v2504 / l1635;
    let v2506: f32 = v2505 + 1e-8f;
    let v2507: f32 = x2499 / v2506;
    let l1641: f32 = t1582[0i];
    let v2508: f32 = v2507 * l1641;
    let v2509: f32 = l51 - v2508;
    t2509[i] = v2509;
  }
}
