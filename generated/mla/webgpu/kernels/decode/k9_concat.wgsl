// kernel k9_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t80: array<f32>;
@group(0) @binding(1) var<storage, read_write> t86: array<f32>;
@group(0) @binding(2) var<storage, read> t84: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    if (i % 2i < 1i) {
      let l81: f32 = t80[i / 8i * 4i + i / 2i % 4i];
      t86[i] = l81;
    } else {
      let l85: f32 = t84[i / 8i * 4i + i / 2i % 4i];
      t86[i] = l85;
    }
  }
}
