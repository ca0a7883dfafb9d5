// kernel k6a_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t231: array<f32>;
@group(0) @binding(1) var<storage, read_write> t234: array<f32>;
@group(0) @binding(2) var<storage, read_write> t236: array<f32>;
@group(0) @binding(3) var<storage, read_write> t247: array<f32>;
@group(0) @binding(4) var<storage, read_write> t249: array<f32>;
@group(0) @binding(5) var<storage, read_write> t260: array<f32>;
@group(0) @binding(6) var<storage, read_write> t262: array<f32>;
@group(0) @binding(7) var<storage, read_write> t272: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l233: f32 = t231[i / 128i * 2048i + i % 128i];
  let v234: f32 = l233 - 1.0f;
  t234[i] = v234;
  let v235: bool = v234 > 0.0f;
  let v236: f32 = f32(v235);
  t236[i] = v236;
  let v242: f32 = 0.9f * l233;
  let l244: f32 = t231[128i + i / 128i * 2048i + i % 128i];
  let v245: f32 = v242 + l244;
  let v246: f32 = v245 - v236;
  let v247: f32 = v246 - 1.0f;
  t247[i] = v247;
  let v248: bool = v247 > 0.0f;
  let v249: f32 = f32(v248);
  t249[i] = v249;
  let v255: f32 = 0.9f * v246;
  let l257: f32 = t231[256i + i / 128i * 2048i + i % 128i];
  let v258: f32 = v255 + l257;
  let v259: f32 = v258 - v249;
  let v260: f32 = v259 - 1.0f;
  t260[i] = v260;
  let v261: bool = v260 > 0.0f;
  let v262: f32 = f32(v261);
  t262[i] = v262;
  let v268: f32 = 0.9f * v259;
  let l270: f32 = t231[384i + i / 128i * 2048i + i % 128i];
  let v271: f32 = v268 + l270;
  let v272: f32 = v271 - v262;
  t272[i] = v272;
}
