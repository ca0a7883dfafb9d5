// kernel k114j_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wv_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t913: array<f32>;
@group(0) @binding(2) var<storage, read_write> t922: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wv_alpha: array<f32>;
@group(0) @binding(4) var<storage, read> t918: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t928: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l915: f32 = p_optim_v_blocks_0_attn_wv_alpha[i];
    let v919: f32 = l915 * 0.95f;
    let x913: f32 = t913[i];
    let v920: f32 = x913 * x913;
    let v921: f32 = v920 * 0.05f;
    let v922: f32 = v919 + v921;
    t922[i] = v922;
    let l10: f32 = p_blocks_0_attn_wv_alpha[i];
    let x918: f32 = t918[i];
    let v923: f32 = sqrt(v922);
    let l789: f32 = t711[0i];
    let v924: f32 = v923 / l789;
    let v925: f32 = v924 + 1e-8f;
    let v926: f32 = x918 / v925;
    let l795: f32 = t710[0i];
    let v927: f32 = v926 * l795;
    let v928: f32 = l10 - v927;
    t928[i] = v928;
  }
}
