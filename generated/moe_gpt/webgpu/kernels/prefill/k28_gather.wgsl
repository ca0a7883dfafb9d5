// kernel k28_gather (compiler/std/moe.loom:24:22)
@group(0) @binding(0) var<storage, read> t187: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read_write> t188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l187: f32 = t187[i / 64i];
  let ix: i32 = i32(l187);
  let l118: f32 = t117[ix * 64i + i % 64i];
  t188[i] = l118;
}
