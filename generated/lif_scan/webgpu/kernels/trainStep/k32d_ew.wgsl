// kernel k32d_ew
@group(0) @binding(0) var<storage, read> p_rest_0_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t299: array<f32>;
@group(0) @binding(2) var<storage, read_write> t300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l4: f32 = p_rest_0_fc_b[i];
    let x299: f32 = t299[i];
    let v300: f32 = l4 - x299;
    t300[i] = v300;
  }
}
