// kernel k19_gather (compiler/std/moe.loom:19:22)
@group(0) @binding(0) var<storage, read> t128: array<f32>;
@group(0) @binding(1) var<storage, read> t109: array<f32>;
@group(0) @binding(2) var<storage, read_write> t129: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k19_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l128: f32 = t128[i / 64i];
  let ix: i32 = i32(l128);
  let l110: f32 = t109[ix * 64i + i % 64i];
  t129[i] = l110;
}
