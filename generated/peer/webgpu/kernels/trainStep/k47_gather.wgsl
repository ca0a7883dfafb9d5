// kernel k47_gather (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t251: array<f32>;
@group(0) @binding(1) var<storage, read> t247: array<f32>;
@group(0) @binding(2) var<storage, read_write> t254: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l253: f32 = t251[i];
  let ix: i32 = i32(l253);
  let l252: f32 = t247[ix];
  t254[i] = l252;
}
