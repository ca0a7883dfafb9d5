// kernel k36b_ew
@group(0) @binding(0) var<storage, read> p_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t354: array<f32>;
@group(0) @binding(2) var<storage, read> t178: array<f32>;
@group(0) @binding(3) var<storage, read_write> t357: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l6: f32 = p_head_b[i];
  let x354: f32 = t354[i];
  let l355: f32 = t178[0i];
  let v356: f32 = x354 * l355;
  let v357: f32 = l6 - v356;
  t357[i] = v357;
}
