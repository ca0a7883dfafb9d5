// kernel k33_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t181: array<f32>;
@group(0) @binding(1) var<storage, read> t155: array<f32>;
@group(0) @binding(2) var<storage, read_write> t196: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l181: f32 = t181[i];
    let ix: i32 = i32(l181);
    let l195: f32 = t155[ix];
    t196[i] = l195;
  }
}
