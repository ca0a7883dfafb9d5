// kernel k140b_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1045: array<f32>;
@group(0) @binding(2) var<storage, read> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1047: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k140b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l14: f32 = p_blocks_1_ln1_g[i];
    let x1045: f32 = t1045[i];
    let l830: f32 = t745[0i];
    let v1046: f32 = x1045 * l830;
    let v1047: f32 = l14 - v1046;
    t1047[i] = v1047;
  }
}
