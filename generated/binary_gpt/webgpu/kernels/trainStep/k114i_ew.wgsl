// kernel k114i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wk_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t894: array<f32>;
@group(0) @binding(2) var<storage, read_write> t895: array<f32>;
@group(0) @binding(3) var<storage, read> t460: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t913: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wv_alpha: array<f32>;
@group(0) @binding(7) var<storage, read_write> t918: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l8: f32 = p_blocks_0_attn_wk_beta[i];
    let x894: f32 = t894[i];
    let v895: f32 = l8 - x894;
    t895[i] = v895;
    let l461: f32 = t460[i];
    let l772: f32 = t701[0i];
    let v913: f32 = l461 * l772;
    t913[i] = v913;
    let l914: f32 = p_optim_m_blocks_0_attn_wv_alpha[i];
    let v916: f32 = l914 * 0.9f;
    let v917: f32 = v913 * 0.1f;
    let v918: f32 = v916 + v917;
    t918[i] = v918;
  }
}
