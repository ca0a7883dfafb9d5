// kernel k6b_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t272: array<f32>;
@group(0) @binding(1) var<storage, read_write> t273: array<f32>;
@group(0) @binding(2) var<storage, read_write> t275: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t286: array<f32>;
@group(0) @binding(5) var<storage, read_write> t288: array<f32>;
@group(0) @binding(6) var<storage, read_write> t298: array<f32>;
@group(0) @binding(7) var<storage, read_write> t299: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x272: f32 = t272[i];
  let v273: f32 = x272 - 1.0f;
  t273[i] = v273;
  let v274: bool = v273 > 0.0f;
  let v275: f32 = f32(v274);
  t275[i] = v275;
  let v281: f32 = 0.9f * x272;
  let l283: f32 = t231[512i + i / 128i * 2048i + i % 128i];
  let v284: f32 = v281 + l283;
  let v285: f32 = v284 - v275;
  let v286: f32 = v285 - 1.0f;
  t286[i] = v286;
  let v287: bool = v286 > 0.0f;
  let v288: f32 = f32(v287);
  t288[i] = v288;
  let v294: f32 = 0.9f * v285;
  let l296: f32 = t231[640i + i / 128i * 2048i + i % 128i];
  let v297: f32 = v294 + l296;
  let v298: f32 = v297 - v288;
  t298[i] = v298;
  let v299: f32 = v298 - 1.0f;
  t299[i] = v299;
}
