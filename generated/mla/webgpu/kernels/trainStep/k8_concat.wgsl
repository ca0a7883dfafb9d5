// kernel k8_concat (dsl-examples/mla.loom:18:9)
@group(0) @binding(0) var<storage, read> t54: array<f32>;
@group(0) @binding(1) var<storage, read_write> t92: array<f32>;
@group(0) @binding(2) var<storage, read> t90: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 24i < 16i) {
    let l57: f32 = t54[i / 6144i * 6144i + i / 1536i % 4i * 24i + i / 24i % 64i * 96i + i % 24i];
    t92[i] = l57;
  } else {
    let l91: f32 = t90[i / 6144i * 2048i + i / 1536i % 4i * 512i + i / 24i % 64i * 8i + i % 24i + -16i];
    t92[i] = l91;
  }
}
