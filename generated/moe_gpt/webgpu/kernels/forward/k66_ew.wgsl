// kernel k66_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t330: array<f32>;
@group(0) @binding(1) var<storage, read> t333: array<f32>;
@group(0) @binding(2) var<storage, read_write> t334: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l330: f32 = t330[i];
  let v331: f32 = 1.0f / (1.0f + exp(min(-l330, 88.0f)));
  let v332: f32 = l330 * v331;
  let l333: f32 = t333[i];
  let v334: f32 = v332 * l333;
  t334[i] = v334;
}
