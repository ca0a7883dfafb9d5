// kernel k26_gather (compiler/std/moe.loom:20:27)
@group(0) @binding(0) var<storage, read> t150: array<f32>;
@group(0) @binding(1) var<storage, read> t148: array<f32>;
@group(0) @binding(2) var<storage, read_write> t165: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l150: f32 = t150[i];
  let ix: i32 = i32(l150);
  let l164: f32 = t148[ix];
  t165[i] = l164;
}
