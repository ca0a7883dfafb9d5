// kernel k36_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t195: array<f32>;
@group(0) @binding(1) var<storage, read> t220: array<f32>;
@group(0) @binding(2) var<storage, read_write> t235: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l217: f32 = t195[i / 1024i * 16i + i / 16i % 64i * 64i + i % 16i];
  let l232: f32 = t220[240i + i / 256i * 256i + i % 16i];
  let l220: f32 = t220[i];
  let v233: f32 = l232 - l220;
  let v234: f32 = exp(v233);
  let v235: f32 = l217 * v234;
  t235[i] = v235;
}
