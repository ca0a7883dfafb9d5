// kernel k58_gather (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t297: array<f32>;
@group(0) @binding(1) var<storage, read> t277: array<f32>;
@group(0) @binding(2) var<storage, read_write> t300: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k58_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l299: f32 = t297[i];
    let ix: i32 = i32(l299);
    let l298: f32 = t277[ix];
    t300[i] = l298;
  }
}
