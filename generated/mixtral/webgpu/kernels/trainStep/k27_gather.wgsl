// kernel k27_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t167: array<f32>;
@group(0) @binding(1) var<storage, read> t148: array<f32>;
@group(0) @binding(2) var<storage, read_write> t182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l167: f32 = t167[i];
  let ix: i32 = i32(l167);
  let l181: f32 = t148[ix];
  t182[i] = l181;
}
