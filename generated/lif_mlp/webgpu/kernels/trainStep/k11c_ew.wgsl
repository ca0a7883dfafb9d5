// kernel k11c_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t334: array<f32>;
@group(0) @binding(1) var<storage, read_write> t340: array<f32>;
@group(0) @binding(2) var<storage, read> t347: array<f32>;
@group(0) @binding(3) var<storage, read_write> t353: array<f32>;
@group(0) @binding(4) var<storage, read> t360: array<f32>;
@group(0) @binding(5) var<storage, read_write> t366: array<f32>;
@group(0) @binding(6) var<storage, read> t373: array<f32>;
@group(0) @binding(7) var<storage, read_write> t379: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l334: f32 = t334[i];
  let v337: f32 = l334 * 3.1415927f;
  let v338: f32 = v337 * v337;
  let v339: f32 = 1.0f + v338;
  let v340: f32 = 1.0f / v339;
  t340[i] = v340;
  let l347: f32 = t347[i];
  let v350: f32 = l347 * 3.1415927f;
  let v351: f32 = v350 * v350;
  let v352: f32 = 1.0f + v351;
  let v353: f32 = 1.0f / v352;
  t353[i] = v353;
  let l360: f32 = t360[i];
  let v363: f32 = l360 * 3.1415927f;
  let v364: f32 = v363 * v363;
  let v365: f32 = 1.0f + v364;
  let v366: f32 = 1.0f / v365;
  t366[i] = v366;
  let l373: f32 = t373[i];
  let v376: f32 = l373 * 3.1415927f;
  let v377: f32 = v376 * v376;
  let v378: f32 = 1.0f + v377;
  let v379: f32 = 1.0f / v378;
  t379[i] = v379;
}
