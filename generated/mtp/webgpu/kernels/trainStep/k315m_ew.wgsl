// kernel k315m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2192: array<f32>;
@group(0) @binding(2) var<storage, read_write> t2197: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_mtp_blocks_1_mlp_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t2201: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2193: f32 = p_optim_m_mtp_blocks_1_mlp_norm_g[i];
    let v2195: f32 = l2193 * 0.9f;
    let x2192: f32 = t2192[i];
    let v2196: f32 = x2192 * 0.1f;
    let v2197: f32 = v2195 + v2196;
    t2197[i] = v2197;
    let l2194: f32 = p_optim_v_mtp_blocks_1_mlp_norm_g[i];
    let v2198: f32 = l2194 * 0.95f;
    let v2199: f32 = x2192 * x2192;
    let v2200: f32 = v2199 * 0.05f;
    let v2201: f32 = v2198 + v2200;
    t2201[i] = v2201;
    let v2202: f32 = sqrt(v2201);
    let l1635: f32 = t1583[0i];
    let v2203: f32 = v2202 / l1635;
    let v2204: f32 = v2203 + 1e-8f;
    let v2205: f32 = v2197 / v2204;
    let l1641: f32 = t1582[0i];
    let v2206: f32 = v2205 * l1641;
    t2206[i] = v2206;
  }
}
