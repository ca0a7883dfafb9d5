// kernel k6f_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t377: array<f32>;
@group(0) @binding(1) var<storage, read_write> t379: array<f32>;
@group(0) @binding(2) var<storage, read> t376: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t390: array<f32>;
@group(0) @binding(5) var<storage, read_write> t392: array<f32>;
@group(0) @binding(6) var<storage, read_write> t402: array<f32>;
@group(0) @binding(7) var<storage, read_write> t403: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x377: f32 = t377[i];
  let v378: bool = x377 > 0.0f;
  let v379: f32 = f32(v378);
  t379[i] = v379;
  let x376: f32 = t376[i];
  let v385: f32 = 0.9f * x376;
  let l387: f32 = t231[1536i + i / 128i * 2048i + i % 128i];
  let v388: f32 = v385 + l387;
  let v389: f32 = v388 - v379;
  let v390: f32 = v389 - 1.0f;
  t390[i] = v390;
  let v391: bool = v390 > 0.0f;
  let v392: f32 = f32(v391);
  t392[i] = v392;
  let v398: f32 = 0.9f * v389;
  let l400: f32 = t231[1664i + i / 128i * 2048i + i % 128i];
  let v401: f32 = v398 + l400;
  let v402: f32 = v401 - v392;
  t402[i] = v402;
  let v403: f32 = v402 - 1.0f;
  t403[i] = v403;
}
