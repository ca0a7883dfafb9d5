// kernel k68_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t361: array<f32>;
@group(0) @binding(1) var<storage, read> t340: array<f32>;
@group(0) @binding(2) var<storage, read_write> t375: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l361: f32 = t361[i];
  let ix: i32 = i32(l361);
  let l374: f32 = t340[ix];
  t375[i] = l374;
}
