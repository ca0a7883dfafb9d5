// kernel k13_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t113: array<f32>;
@group(0) @binding(1) var<storage, read_write> t119: array<f32>;
@group(0) @binding(2) var<storage, read> t117: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i % 2i < 1i) {
    let l114: f32 = t113[i / 8i * 4i + i / 2i % 4i];
    t119[i] = l114;
  } else {
    let l118: f32 = t117[i / 8i * 4i + i / 2i % 4i];
    t119[i] = l118;
  }
}
