// kernel k57_gather (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t333: array<f32>;
@group(0) @binding(1) var<storage, read> t295: array<f32>;
@group(0) @binding(2) var<storage, read_write> t336: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k57_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l335: f32 = t333[i];
  let ix: i32 = i32(l335);
  let l334: f32 = t295[ix];
  t336[i] = l334;
}
