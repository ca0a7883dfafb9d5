// kernel k114l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t942: array<f32>;
@group(0) @binding(2) var<storage, read> t710: array<f32>;
@group(0) @binding(3) var<storage, read_write> t944: array<f32>;
@group(0) @binding(4) var<storage, read> t442: array<f32>;
@group(0) @binding(5) var<storage, read> t701: array<f32>;
@group(0) @binding(6) var<storage, read_write> t962: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l11: f32 = p_blocks_0_attn_wv_beta[i];
    let x942: f32 = t942[i];
    let l795: f32 = t710[0i];
    let v943: f32 = x942 * l795;
    let v944: f32 = l11 - v943;
    t944[i] = v944;
    let l443: f32 = t442[i];
    let l772: f32 = t701[0i];
    let v962: f32 = l443 * l772;
    t962[i] = v962;
  }
}
