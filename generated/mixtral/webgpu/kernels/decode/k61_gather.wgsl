// kernel k61_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t303: array<f32>;
@group(0) @binding(1) var<storage, read> t280: array<f32>;
@group(0) @binding(2) var<storage, read_write> t317: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k61_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l303: f32 = t303[i];
    let ix: i32 = i32(l303);
    let l316: f32 = t280[ix];
    t317[i] = l316;
  }
}
