// kernel k2g_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t189: array<f32>;
@group(0) @binding(1) var<storage, read_write> t191: array<f32>;
@group(0) @binding(2) var<storage, read> t188: array<f32>;
@group(0) @binding(3) var<storage, read> t13: array<f32>;
@group(0) @binding(4) var<storage, read_write> t202: array<f32>;
@group(0) @binding(5) var<storage, read_write> t204: array<f32>;
@group(0) @binding(6) var<storage, read_write> t215: array<f32>;
@group(0) @binding(7) var<storage, read_write> t217: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x189: f32 = t189[i];
  let v190: bool = x189 > 0.0f;
  let v191: f32 = f32(v190);
  t191[i] = v191;
  let x188: f32 = t188[i];
  let v197: f32 = 0.9f * x188;
  let l199: f32 = t13[1792i + i / 128i * 2048i + i % 128i];
  let v200: f32 = v197 + l199;
  let v201: f32 = v200 - v191;
  let v202: f32 = v201 - 1.0f;
  t202[i] = v202;
  let v203: bool = v202 > 0.0f;
  let v204: f32 = f32(v203);
  t204[i] = v204;
  let v210: f32 = 0.9f * v201;
  let l212: f32 = t13[1920i + i / 128i * 2048i + i % 128i];
  let v213: f32 = v210 + l212;
  let v214: f32 = v213 - v204;
  let v215: f32 = v214 - 1.0f;
  t215[i] = v215;
  let v216: bool = v215 > 0.0f;
  let v217: f32 = f32(v216);
  t217[i] = v217;
}
