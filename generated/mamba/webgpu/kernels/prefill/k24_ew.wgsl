// kernel k24_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t159: array<f32>;
@group(0) @binding(1) var<storage, read> t114: array<f32>;
@group(0) @binding(2) var<storage, read_write> t168: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l164: f32 = t159[i];
  let l165: f32 = t114[128i + i / 128i * 256i + i % 128i];
  let v166: f32 = 1.0f / (1.0f + exp(min(-l165, 88.0f)));
  let v167: f32 = l165 * v166;
  let v168: f32 = l164 * v167;
  t168[i] = v168;
}
