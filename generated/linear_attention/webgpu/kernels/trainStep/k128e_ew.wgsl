// kernel k128e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t917: array<f32>;
@group(0) @binding(2) var<storage, read_write> t926: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> t922: array<f32>;
@group(0) @binding(5) var<storage, read> t746: array<f32>;
@group(0) @binding(6) var<storage, read> t745: array<f32>;
@group(0) @binding(7) var<storage, read_write> t932: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l919: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v923: f32 = l919 * 0.95f;
    let x917: f32 = t917[i];
    let v924: f32 = x917 * x917;
    let v925: f32 = v924 * 0.05f;
    let v926: f32 = v923 + v925;
    t926[i] = v926;
    let l8: f32 = p_blocks_0_ln2_g[i];
    let x922: f32 = t922[i];
    let v927: f32 = sqrt(v926);
    let l824: f32 = t746[0i];
    let v928: f32 = v927 / l824;
    let v929: f32 = v928 + 1e-8f;
    let v930: f32 = x922 / v929;
    let l830: f32 = t745[0i];
    let v931: f32 = v930 * l830;
    let v932: f32 = l8 - v931;
    t932[i] = v932;
  }
}
