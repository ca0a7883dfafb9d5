// kernel k3b_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t113: array<f32>;
@group(0) @binding(1) var<storage, read_write> t223: array<f32>;
@group(0) @binding(2) var<storage, read> t126: array<f32>;
@group(0) @binding(3) var<storage, read> t139: array<f32>;
@group(0) @binding(4) var<storage, read> t152: array<f32>;
@group(0) @binding(5) var<storage, read> t165: array<f32>;
@group(0) @binding(6) var<storage, read> t178: array<f32>;
@group(0) @binding(7) var<storage, read> t191: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k3b_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 7i + 7i < 8i) {
    let l118: f32 = t113[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l118;
  } else if (i / 128i % 7i + 7i < 9i) {
    let l131: f32 = t126[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l131;
  } else if (i / 128i % 7i + 7i < 10i) {
    let l144: f32 = t139[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l144;
  } else if (i / 128i % 7i + 7i < 11i) {
    let l157: f32 = t152[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l157;
  } else if (i / 128i % 7i + 7i < 12i) {
    let l170: f32 = t165[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l170;
  } else if (i / 128i % 7i + 7i < 13i) {
    let l183: f32 = t178[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l183;
  } else {
    let l196: f32 = t191[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + (i / 128i % 7i + 7i) * 128i + i % 128i] = l196;
  }
}
