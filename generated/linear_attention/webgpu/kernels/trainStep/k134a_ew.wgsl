// kernel k134a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t480: array<f32>;
@group(0) @binding(2) var<storage, read> t736: array<f32>;
@group(0) @binding(3) var<storage, read_write> t922: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t926: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t930: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k134a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l918: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v920: f32 = l918 * 0.9f;
    let l481: f32 = t480[i];
    let l807: f32 = t736[0i];
    let v917: f32 = l481 * l807;
    let v921: f32 = v917 * 0.1f;
    let v922: f32 = v920 + v921;
    t922[i] = v922;
    let l919: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v923: f32 = l919 * 0.95f;
    let v924: f32 = v917 * v917;
    let v925: f32 = v924 * 0.05f;
    let v926: f32 = v923 + v925;
    t926[i] = v926;
    let v927: f32 = sqrt(v926);
    let l824: f32 = t746[0i];
    let v928: f32 = v927 / l824;
    let v929: f32 = v928 + 1e-8f;
    let v930: f32 = v922 / v929;
    t930[i] = v930;
  }
}
