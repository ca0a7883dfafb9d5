// kernel k56_gather (compiler/std/moe.loom:24:22)
@group(0) @binding(0) var<storage, read> t308: array<f32>;
@group(0) @binding(1) var<storage, read> t269: array<f32>;
@group(0) @binding(2) var<storage, read_write> t309: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k56_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l308: f32 = t308[i / 64i];
    let ix: i32 = i32(l308);
    let l270: f32 = t269[i % 64i];
    t309[i] = l270;
  }
}
