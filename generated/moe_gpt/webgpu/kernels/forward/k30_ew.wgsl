// kernel k30_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t187: array<f32>;
@group(0) @binding(1) var<storage, read> t190: array<f32>;
@group(0) @binding(2) var<storage, read_write> t191: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l187: f32 = t187[i];
  let v188: f32 = 1.0f / (1.0f + exp(min(-l187, 88.0f)));
  let v189: f32 = l187 * v188;
  let l190: f32 = t190[i];
  let v191: f32 = v189 * l190;
  t191[i] = v191;
}
