// kernel k36_ew (compiler/std/linear.loom:46:65)
@group(0) @binding(0) var<storage, read> t221: array<f32>;
@group(0) @binding(1) var<storage, read_write> t235: array<f32>;
@group(0) @binding(2) var<storage, read> t196: array<f32>;
@group(0) @binding(3) var<storage, read_write> t236: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l233: f32 = t221[240i + i / 256i * 256i + i % 16i];
  let l221: f32 = t221[i];
  let v234: f32 = l233 - l221;
  let v235: f32 = exp(v234);
  t235[i] = v235;
  let l218: f32 = t196[i / 4096i * 4096i + i / 1024i % 4i * 16i + i / 16i % 64i * 64i + i % 16i];
  let v236: f32 = l218 * v235;
  t236[i] = v236;
}
