// kernel k30_gather (compiler/std/moe.loom:24:22)
@group(0) @binding(0) var<storage, read> t203: array<f32>;
@group(0) @binding(1) var<storage, read> t139: array<f32>;
@group(0) @binding(2) var<storage, read_write> t204: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l203: f32 = t203[i / 64i];
    let ix: i32 = i32(l203);
    let l140: f32 = t139[i % 64i];
    t204[i] = l140;
  }
}
