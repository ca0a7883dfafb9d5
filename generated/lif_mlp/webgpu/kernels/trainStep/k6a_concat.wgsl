// kernel k6a_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t232: array<f32>;
@group(0) @binding(1) var<storage, read_write> t433: array<f32>;
@group(0) @binding(2) var<storage, read> t245: array<f32>;
@group(0) @binding(3) var<storage, read> t258: array<f32>;
@group(0) @binding(4) var<storage, read> t271: array<f32>;
@group(0) @binding(5) var<storage, read> t284: array<f32>;
@group(0) @binding(6) var<storage, read> t297: array<f32>;
@group(0) @binding(7) var<storage, read> t310: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6a_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 7i < 1i) {
    let l237: f32 = t232[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l237;
  } else if (i / 128i % 7i < 2i) {
    let l250: f32 = t245[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l250;
  } else if (i / 128i % 7i < 3i) {
    let l263: f32 = t258[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l263;
  } else if (i / 128i % 7i < 4i) {
    let l276: f32 = t271[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l276;
  } else if (i / 128i % 7i < 5i) {
    let l289: f32 = t284[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l289;
  } else if (i / 128i % 7i < 6i) {
    let l302: f32 = t297[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l302;
  } else {
    let l315: f32 = t310[i / 896i * 128i + i % 128i];
    t433[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l315;
  }
}
