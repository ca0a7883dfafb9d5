// kernel k6b_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t323: array<f32>;
@group(0) @binding(1) var<storage, read_write> t433: array<f32>;
@group(0) @binding(2) var<storage, read> t336: array<f32>;
@group(0) @binding(3) var<storage, read> t349: array<f32>;
@group(0) @binding(4) var<storage, read> t362: array<f32>;
@group(0) @binding(5) var<storage, read> t375: array<f32>;
@group(0) @binding(6) var<storage, read> t388: array<f32>;
@group(0) @binding(7) var<storage, read> t401: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6b_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 7i + 7i < 8i) {
    let l328: f32 = t323[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l328;
  } else if (i / 128i % 7i + 7i < 9i) {
    let l341: f32 = t336[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l341;
  } else if (i / 128i % 7i + 7i < 10i) {
    let l354: f32 = t349[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l354;
  } else if (i / 128i % 7i + 7i < 11i) {
    let l367: f32 = t362[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l367;
  } else if (i / 128i % 7i + 7i < 12i) {
    let l380: f32 = t375[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l380;
  } else if (i / 128i % 7i + 7i < 13i) {
    let l393: f32 = t388[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l393;
  } else {
    let l406: f32 = t401[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l406;
  }
}
