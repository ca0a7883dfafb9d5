// kernel k30_concat (dsl-examples/mla.loom:18:9)
@group(0) @binding(0) var<storage, read> t173: array<f32>;
@group(0) @binding(1) var<storage, read_write> t193: array<f32>;
@group(0) @binding(2) var<storage, read> t191: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 24i < 16i) {
    let l176: f32 = t173[i / 1536i * 24i + i / 24i % 64i * 96i + i % 24i];
    t193[i] = l176;
  } else {
    let l192: f32 = t191[i / 1536i * 512i + i / 24i % 64i * 8i + i % 24i + -16i];
    t193[i] = l192;
  }
}
