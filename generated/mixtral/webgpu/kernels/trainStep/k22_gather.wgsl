// kernel k22_gather (compiler/std/moe.loom:24:22)
@group(0) @binding(0) var<storage, read> t173: array<f32>;
@group(0) @binding(1) var<storage, read> t110: array<f32>;
@group(0) @binding(2) var<storage, read_write> t174: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k22_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l173: f32 = t173[i / 64i];
  let ix: i32 = i32(l173);
  let l111: f32 = t110[ix * 64i + i % 64i];
  t174[i] = l111;
}
