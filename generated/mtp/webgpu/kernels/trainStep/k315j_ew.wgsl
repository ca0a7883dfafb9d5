// kernel k315j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_mtp_blocks_0_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2041: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2050: array<f32>;
@group(0) @binding(3) var<storage, read> p_mtp_blocks_0_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t2046: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2056: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2043: f32 = p_optim_v_mtp_blocks_0_mlp_norm_g[i];
    let v2047: f32 = l2043 * 0.95f;
    let x2041: f32 = t2041[i];
    let v2048: f32 = x2041 * x2041;
    let v2049: f32 = v2048 * 0.05f;
    let v2050: f32 = v2047 + v2049;
    t2050[i] = v2050;
    let l24: f32 = p_mtp_blocks_0_mlp_norm_g[i];
    let x2046: f32 = t2046[i];
    let v2051: f32 = sqrt(v2050);
    let l1635: f32 = t1583[0i];
    let v2052: f32 = v2051 / l1635;
    let v2053: f32 = v2052 + 1e-8f;
    let v2054: f32 = x2046 / v2053;
    let l1641: f32 = t1582[0i];
    let v2055: f32 = v2054 * l1641;
    let v2056: f32 = l24 - v2055;
    t2056[i] = v2056;
  }
}
