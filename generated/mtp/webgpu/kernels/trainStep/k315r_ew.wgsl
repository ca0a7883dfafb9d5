// kernel k315r_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_3_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2410: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2415: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_mtp_blocks_3_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t2419: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2424: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2411: f32 = p_optim_m_mtp_blocks_3_attn_norm_g[i];
    let v2413: f32 = l2411 * 0.9f;
    let x2410: f32 = t2410[i];
    let v2414: f32 = x2410 * 0.1f;
    let v2415: f32 = v2413 + v2414;
    t2415[i] = v2415;
    let l2412: f32 = p_optim_v_mtp_blocks_3_attn_norm_g[i];
    let v2416: f32 = l2412 * 0.95f;
    let v2417: f32 = x2410 * x2410;
    let v2418: f32 = v2417 * 0.05f;
    let v2419: f32 = v2416 + v2418;
    t2419[i] = v2419;
    let v2420: f32 = sqrt(v2419);
    let l1635: f32 = t1583[0i];
    let v2421: f32 = v2420 / l1635;
    let v2422: f32 = v2421 + 1e-8f;
    let v2423: f32 = v2415 / v2422;
    let l1641: f32 = t1582[0i];
    let v2424: f32 = v2423 * l1641;
    t2424[i] = v2424;
  }
}
