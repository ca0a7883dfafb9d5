// kernel k25_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t156: array<f32>;
@group(0) @binding(1) var<storage, read> t159: array<f32>;
@group(0) @binding(2) var<storage, read_write> t160: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l156: f32 = t156[i];
  let v157: f32 = 1.0f / (1.0f + exp(min(-l156, 88.0f)));
  let v158: f32 = l156 * v157;
  let l159: f32 = t159[i];
  let v160: f32 = v158 * l159;
  t160[i] = v160;
}
