// kernel k32_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> t177: array<f32>;
@group(0) @binding(2) var<storage, read_write> t216: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l201: f32 = t201[i];
  let ix: i32 = i32(l201);
  let l215: f32 = t177[ix];
  t216[i] = l215;
}
