// kernel k53_gather (compiler/std/moe.loom:20:27)
@group(0) @binding(0) var<storage, read> t269: array<f32>;
@group(0) @binding(1) var<storage, read> t267: array<f32>;
@group(0) @binding(2) var<storage, read_write> t283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k53_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l269: f32 = t269[i];
  let ix: i32 = i32(l269);
  let l282: f32 = t267[ix];
  t283[i] = l282;
}
