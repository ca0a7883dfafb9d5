// kernel k3a_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t20: array<f32>;
@group(0) @binding(1) var<storage, read_write> t223: array<f32>;
@group(0) @binding(2) var<storage, read> t35: array<f32>;
@group(0) @binding(3) var<storage, read> t48: array<f32>;
@group(0) @binding(4) var<storage, read> t61: array<f32>;
@group(0) @binding(5) var<storage, read> t74: array<f32>;
@group(0) @binding(6) var<storage, read> t87: array<f32>;
@group(0) @binding(7) var<storage, read> t100: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k3a_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 7i < 1i) {
    let l26: f32 = t20[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l26;
  } else if (i / 128i % 7i < 2i) {
    let l40: f32 = t35[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l40;
  } else if (i / 128i % 7i < 3i) {
    let l53: f32 = t48[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l53;
  } else if (i / 128i % 7i < 4i) {
    let l66: f32 = t61[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l66;
  } else if (i / 128i % 7i < 5i) {
    let l79: f32 = t74[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l79;
  } else if (i / 128i % 7i < 6i) {
    let l92: f32 = t87[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l92;
  } else {
    let l105: f32 = t100[i / 896i * 128i + i % 128i];
    t223[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l105;
  }
}
