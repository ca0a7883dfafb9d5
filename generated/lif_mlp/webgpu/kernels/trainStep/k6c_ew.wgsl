// kernel k6c_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t299: array<f32>;
@group(0) @binding(1) var<storage, read_write> t301: array<f32>;
@group(0) @binding(2) var<storage, read> t298: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t312: array<f32>;
@group(0) @binding(5) var<storage, read_write> t314: array<f32>;
@group(0) @binding(6) var<storage, read_write> t324: array<f32>;
@group(0) @binding(7) var<storage, read_write> t325: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x299: f32 = t299[i];
  let v300: bool = x299 > 0.0f;
  let v301: f32 = f32(v300);
  t301[i] = v301;
  let x298: f32 = t298[i];
  let v307: f32 = 0.9f * x298;
  let l309: f32 = t231[768i + i / 128i * 2048i + i % 128i];
  let v310: f32 = v307 + l309;
  let v311: f32 = v310 - v301;
  let v312: f32 = v311 - 1.0f;
  t312[i] = v312;
  let v313: bool = v312 > 0.0f;
  let v314: f32 = f32(v313);
  t314[i] = v314;
  let v320: f32 = 0.9f * v311;
  let l322: f32 = t231[896i + i / 128i * 2048i + i % 128i];
  let v323: f32 = v320 + l322;
  let v324: f32 = v323 - v314;
  t324[i] = v324;
  let v325: f32 = v324 - 1.0f;
  t325[i] = v325;
}
