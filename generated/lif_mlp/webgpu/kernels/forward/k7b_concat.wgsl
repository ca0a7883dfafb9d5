// kernel k7b_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t233: array<f32>;
@group(0) @binding(1) var<storage, read_write> t307: array<f32>;
@group(0) @binding(2) var<storage, read> t242: array<f32>;
@group(0) @binding(3) var<storage, read> t251: array<f32>;
@group(0) @binding(4) var<storage, read> t260: array<f32>;
@group(0) @binding(5) var<storage, read> t269: array<f32>;
@group(0) @binding(6) var<storage, read> t278: array<f32>;
@group(0) @binding(7) var<storage, read> t287: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7b_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 896i) {
    if (i / 128i + 7i < 8i) {
      let l234: f32 = t233[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l234;
    } else if (i / 128i + 7i < 9i) {
      let l243: f32 = t242[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l243;
    } else if (i / 128i + 7i < 10i) {
      let l252: f32 = t251[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l252;
    } else if (i / 128i + 7i < 11i) {
      let l261: f32 = t260[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l261;
    } else if (i / 128i + 7i < 12i) {
      let l270: f32 = t269[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l270;
    } else if (i / 128i + 7i < 13i) {
      let l279: f32 = t278[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l279;
    } else {
      let l288: f32 = t287[i % 128i];
      t307[(i / 128i + 7i) * 128i + i % 128i] = l288;
    }
  }
}
