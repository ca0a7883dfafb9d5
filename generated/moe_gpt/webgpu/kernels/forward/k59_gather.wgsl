// kernel k59_gather (compiler/std/moe.loom:19:22)
@group(0) @binding(0) var<storage, read> t283: array<f32>;
@group(0) @binding(1) var<storage, read> t246: array<f32>;
@group(0) @binding(2) var<storage, read_write> t284: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k59_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l283: f32 = t283[i / 64i];
  let ix: i32 = i32(l283);
  let l247: f32 = t246[ix * 64i + i % 64i];
  t284[i] = l247;
}
