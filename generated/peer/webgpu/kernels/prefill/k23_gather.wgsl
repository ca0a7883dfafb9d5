// kernel k23_gather (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t137: array<f32>;
@group(0) @binding(1) var<storage, read> t130: array<f32>;
@group(0) @binding(2) var<storage, read_write> t140: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l139: f32 = t137[i];
  let ix: i32 = i32(l139);
  let l138: f32 = t130[ix];
  t140[i] = l138;
}
