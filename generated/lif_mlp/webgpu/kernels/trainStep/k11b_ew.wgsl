// kernel k11b_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t282: array<f32>;
@group(0) @binding(1) var<storage, read_write> t288: array<f32>;
@group(0) @binding(2) var<storage, read> t295: array<f32>;
@group(0) @binding(3) var<storage, read_write> t301: array<f32>;
@group(0) @binding(4) var<storage, read> t308: array<f32>;
@group(0) @binding(5) var<storage, read_write> t314: array<f32>;
@group(0) @binding(6) var<storage, read> t321: array<f32>;
@group(0) @binding(7) var<storage, read_write> t327: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l282: f32 = t282[i];
  let v285: f32 = l282 * 3.1415927f;
  let v286: f32 = v285 * v285;
  let v287: f32 = 1.0f + v286;
  let v288: f32 = 1.0f / v287;
  t288[i] = v288;
  let l295: f32 = t295[i];
  let v298: f32 = l295 * 3.1415927f;
  let v299: f32 = v298 * v298;
  let v300: f32 = 1.0f + v299;
  let v301: f32 = 1.0f / v300;
  t301[i] = v301;
  let l308: f32 = t308[i];
  let v311: f32 = l308 * 3.1415927f;
  let v312: f32 = v311 * v311;
  let v313: f32 = 1.0f + v312;
  let v314: f32 = 1.0f / v313;
  t314[i] = v314;
  let l321: f32 = t321[i];
  let v324: f32 = l321 * 3.1415927f;
  let v325: f32 = v324 * v324;
  let v326: f32 = 1.0f + v325;
  let v327: f32 = 1.0f / v326;
  t327[i] = v327;
}
