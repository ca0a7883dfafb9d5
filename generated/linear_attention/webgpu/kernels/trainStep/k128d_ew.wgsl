// kernel k128d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t847: array<f32>;
@group(0) @binding(2) var<storage, read_write> t848: array<f32>;
@group(0) @binding(3) var<storage, read> t480: array<f32>;
@group(0) @binding(4) var<storage, read> t736: array<f32>;
@group(0) @binding(5) var<storage, read_write> t917: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t922: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l3: f32 = p_blocks_0_ln1_b[i];
    let x847: f32 = t847[i];
    let v848: f32 = l3 - x847;
    t848[i] = v848;
    let l481: f32 = t480[i];
    let l807: f32 = t736[0i];
    let v917: f32 = l481 * l807;
    t917[i] = v917;
    let l918: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v920: f32 = l918 * 0.9f;
    let v921: f32 = v917 * 0.1f;
    let v922: f32 = v920 + v921;
    t922[i] = v922;
  }
}
