// kernel k15_concat (dsl-examples/mla.loom:25:9)
@group(0) @binding(0) var<storage, read> t124: array<f32>;
@group(0) @binding(1) var<storage, read_write> t129: array<f32>;
@group(0) @binding(2) var<storage, read> t122: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 24i < 16i) {
    let l127: f32 = t124[i / 6144i * 8192i + i / 1536i % 4i * 32i + i / 24i % 64i * 128i + i % 24i];
    t129[i] = l127;
  } else {
    let l128: f32 = t122[i / 6144i * 512i + i / 24i % 64i * 8i + i % 24i + -16i];
    t129[i] = l128;
  }
}
