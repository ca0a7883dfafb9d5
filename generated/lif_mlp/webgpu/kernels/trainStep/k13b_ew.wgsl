// kernel k13b_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t286: array<f32>;
@group(0) @binding(1) var<storage, read_write> t292: array<f32>;
@group(0) @binding(2) var<storage, read> t299: array<f32>;
@group(0) @binding(3) var<storage, read_write> t305: array<f32>;
@group(0) @binding(4) var<storage, read> t312: array<f32>;
@group(0) @binding(5) var<storage, read_write> t318: array<f32>;
@group(0) @binding(6) var<storage, read> t325: array<f32>;
@group(0) @binding(7) var<storage, read_write> t331: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l286: f32 = t286[i];
  let v289: f32 = l286 * 3.1415927f;
  let v290: f32 = v289 * v289;
  let v291: f32 = 1.0f + v290;
  let v292: f32 = 1.0f / v291;
  t292[i] = v292;
  let l299: f32 = t299[i];
  let v302: f32 = l299 * 3.1415927f;
  let v303: f32 = v302 * v302;
  let v304: f32 = 1.0f + v303;
  let v305: f32 = 1.0f / v304;
  t305[i] = v305;
  let l312: f32 = t312[i];
  let v315: f32 = l312 * 3.1415927f;
  let v316: f32 = v315 * v315;
  let v317: f32 = 1.0f + v316;
  let v318: f32 = 1.0f / v317;
  t318[i] = v318;
  let l325: f32 = t325[i];
  let v328: f32 = l325 * 3.1415927f;
  let v329: f32 = v328 * v328;
  let v330: f32 = 1.0f + v329;
  let v331: f32 = 1.0f / v330;
  t331[i] = v331;
}
