// kernel k51_gather (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t253: array<f32>;
@group(0) @binding(1) var<storage, read> t249: array<f32>;
@group(0) @binding(2) var<storage, read_write> t256: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l255: f32 = t253[i];
  let ix: i32 = i32(l255);
  let l254: f32 = t249[ix];
  t256[i] = l254;
}
