// kernel k67_gather (compiler/std/moe.loom:24:22)
@group(0) @binding(0) var<storage, read> t358: array<f32>;
@group(0) @binding(1) var<storage, read> t303: array<f32>;
@group(0) @binding(2) var<storage, read_write> t359: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k67_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l358: f32 = t358[i / 64i];
    let ix: i32 = i32(l358);
    let l304: f32 = t303[i % 64i];
    t359[i] = l304;
  }
}
