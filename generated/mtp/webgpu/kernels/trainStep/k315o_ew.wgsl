// kernel k315o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_mtp_blocks_2_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2259: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2268: array<f32>;
@group(0) @binding(3) var<storage, read> p_mtp_blocks_2_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t2264: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2274: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2261: f32 = p_optim_v_mtp_blocks_2_attn_norm_g[i];
    let v2265: f32 = l2261 * 0.95f;
    let x2259: f32 = t2259[i];
    let v2266: f32 = x2259 * x2259;
    let v2267: f32 = v2266 * 0.05f;
    let v2268: f32 = v2265 + v2267;
    t2268[i] = v2268;
    let l37: f32 = p_mtp_blocks_2_attn_norm_g[i];
    let x2264: f32 = t2264[i];
    let v2269: f32 = sqrt(v2268);
    let l1635: f32 = t1583[0i];
    let v2270: f32 = v2269 / l1635;
    let v2271: f32 = v2270 + 1e-8f;
    let v2272: f32 = x2264 / v2271;
    let l1641: f32 = t1582[0i];
    let v2273: f32 = v2272 * l1641;
    let v2274: f32 = l37 - v2273;
    t2274[i] = v2274;
  }
}
