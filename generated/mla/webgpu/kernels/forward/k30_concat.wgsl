// kernel k30_concat (dsl-examples/mla.loom:18:9)
@group(0) @binding(0) var<storage, read> t171: array<f32>;
@group(0) @binding(1) var<storage, read_write> t191: array<f32>;
@group(0) @binding(2) var<storage, read> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 24i < 16i) {
    let l174: f32 = t171[i / 1536i * 24i + i / 24i % 64i * 96i + i % 24i];
    t191[i] = l174;
  } else {
    let l190: f32 = t189[i / 1536i * 512i + i / 24i % 64i * 8i + i % 24i + -16i];
    t191[i] = l190;
  }
}
