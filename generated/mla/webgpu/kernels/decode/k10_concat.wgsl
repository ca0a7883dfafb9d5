// kernel k10_concat (dsl-examples/mla.loom:18:9)
@group(0) @binding(0) var<storage, read> t51: array<f32>;
@group(0) @binding(1) var<storage, read_write> t88: array<f32>;
@group(0) @binding(2) var<storage, read> t86: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 96i) {
    if (i % 24i < 16i) {
      let l54: f32 = t51[i / 24i * 24i + i % 24i];
      t88[i] = l54;
    } else {
      let l87: f32 = t86[i / 24i * 8i + i % 24i + -16i];
      t88[i] = l87;
    }
  }
}
