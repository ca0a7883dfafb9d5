// kernel k31_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t189: array<f32>;
@group(0) @binding(1) var<storage, read> t192: array<f32>;
@group(0) @binding(2) var<storage, read_write> t193: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l189: f32 = t189[i];
  let v190: f32 = 1.0f / (1.0f + exp(min(-l189, 88.0f)));
  let v191: f32 = l189 * v190;
  let l192: f32 = t192[i];
  let v193: f32 = v191 * l192;
  t193[i] = v193;
}
