// kernel k12_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t92: array<f32>;
@group(0) @binding(1) var<storage, read> t37: array<f32>;
@group(0) @binding(2) var<storage, read_write> t101: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k12_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l97: f32 = t92[i];
  let l98: f32 = t37[128i + i / 128i * 256i + i % 128i];
  let v99: f32 = 1.0f / (1.0f + exp(min(-l98, 88.0f)));
  let v100: f32 = l98 * v99;
  let v101: f32 = l97 * v100;
  t101[i] = v101;
}
