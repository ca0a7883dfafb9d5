// kernel k114ac_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t1237: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1238: array<f32>;
@group(0) @binding(3) var<storage, read> t352: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1256: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wv_alpha: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1261: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114ac_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l28: f32 = p_blocks_1_attn_wk_beta[i];
    let x1237: f32 = t1237[i];
    let v1238: f32 = l28 - x1237;
    t1238[i] = v1238;
    let l353: f32 = t352[i];
    let l772: f32 = t701[0i];
    let v1256: f32 = l353 * l772;
    t1256[i] = v1256;
    let l1257: f32 = p_optim_m_blocks_1_attn_wv_alpha[i];
    let v1259: f32 = l1257 * 0.9f;
    let v1260: f32 = v1256 * 0.1f;
    let v1261: f32 = v1259 + v1260;
    t1261[i] = v1261;
  }
}
