// kernel k60_gather (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t324: array<f32>;
@group(0) @binding(1) var<storage, read> t306: array<f32>;
@group(0) @binding(2) var<storage, read_write> t327: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k60_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l326: f32 = t324[i];
    let ix: i32 = i32(l326);
    let l325: f32 = t306[ix];
    t327[i] = l325;
  }
}
