// kernel k37_concat (dsl-examples/mla.loom:25:9)
@group(0) @binding(0) var<storage, read> t223: array<f32>;
@group(0) @binding(1) var<storage, read_write> t228: array<f32>;
@group(0) @binding(2) var<storage, read> t221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 24i < 16i) {
    let l226: f32 = t223[i / 6144i * 8192i + i / 1536i % 4i * 32i + i / 24i % 64i * 128i + i % 24i];
    t228[i] = l226;
  } else {
    let l227: f32 = t221[i / 6144i * 512i + i / 24i % 64i * 8i + i % 24i + -16i];
    t228[i] = l227;
  }
}
