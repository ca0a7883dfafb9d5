// kernel k7a_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t236: array<f32>;
@group(0) @binding(1) var<storage, read_write> t437: array<f32>;
@group(0) @binding(2) var<storage, read> t249: array<f32>;
@group(0) @binding(3) var<storage, read> t262: array<f32>;
@group(0) @binding(4) var<storage, read> t275: array<f32>;
@group(0) @binding(5) var<storage, read> t288: array<f32>;
@group(0) @binding(6) var<storage, read> t301: array<f32>;
@group(0) @binding(7) var<storage, read> t314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7a_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i % 7i < 1i) {
    let l241: f32 = t236[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l241;
  } else if (i / 128i % 7i < 2i) {
    let l254: f32 = t249[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l254;
  } else if (i / 128i % 7i < 3i) {
    let l267: f32 = t262[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l267;
  } else if (i / 128i % 7i < 4i) {
    let l280: f32 = t275[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l280;
  } else if (i / 128i % 7i < 5i) {
    let l293: f32 = t288[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l293;
  } else if (i / 128i % 7i < 6i) {
    let l306: f32 = t301[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l306;
  } else {
    let l319: f32 = t314[i / 896i * 128i + i % 128i];
    t437[i / 896i * 2048i + i / 128i % 7i * 128i + i % 128i] = l319;
  }
}
