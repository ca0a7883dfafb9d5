// kernel k32_gather (compiler/std/moe.loom:20:27)
@group(0) @binding(0) var<storage, read> t190: array<f32>;
@group(0) @binding(1) var<storage, read> t177: array<f32>;
@group(0) @binding(2) var<storage, read_write> t205: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l190: f32 = t190[i];
  let ix: i32 = i32(l190);
  let l204: f32 = t177[ix];
  t205[i] = l204;
}
