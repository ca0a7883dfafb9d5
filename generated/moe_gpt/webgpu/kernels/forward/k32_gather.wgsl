// kernel k32_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t179: array<f32>;
@group(0) @binding(1) var<storage, read> t153: array<f32>;
@group(0) @binding(2) var<storage, read_write> t194: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l179: f32 = t179[i];
    let ix: i32 = i32(l179);
    let l193: f32 = t153[ix];
    t194[i] = l193;
  }
}
