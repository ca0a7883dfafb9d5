// kernel k7b_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t327: array<f32>;
@group(0) @binding(1) var<storage, read_write> t437: array<f32>;
@group(0) @binding(2) var<storage, read> t340: array<f32>;
@group(0) @binding(3) var<storage, read> t353: array<f32>;
@group(0) @binding(4) var<storage, read> t366: array<f32>;
@group(0) @binding(5) var<storage, read> t379: array<f32>;
@group(0) @binding(6) var<storage, read> t392: array<f32>;
@group(0) @binding(7) var<storage, read> t405: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7b_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 7i + 7i < 8i) {
    let l332: f32 = t327[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l332;
  } else if (i / 128i % 7i + 7i < 9i) {
    let l345: f32 = t340[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l345;
  } else if (i / 128i % 7i + 7i < 10i) {
    let l358: f32 = t353[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l358;
  } else if (i / 128i % 7i + 7i < 11i) {
    let l371: f32 = t366[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l371;
  } else if (i / 128i % 7i + 7i < 12i) {
    let l384: f32 = t379[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l384;
  } else if (i / 128i % 7i + 7i < 13i) {
    let l397: f32 = t392[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l397;
  } else {
    let l410: f32 = t405[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l410;
  }
}
