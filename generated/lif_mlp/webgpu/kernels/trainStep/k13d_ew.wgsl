// kernel k13d_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t390: array<f32>;
@group(0) @binding(1) var<storage, read_write> t396: array<f32>;
@group(0) @binding(2) var<storage, read> t403: array<f32>;
@group(0) @binding(3) var<storage, read_write> t409: array<f32>;
@group(0) @binding(4) var<storage, read> t416: array<f32>;
@group(0) @binding(5) var<storage, read_write> t422: array<f32>;
@group(0) @binding(6) var<storage, read> t429: array<f32>;
@group(0) @binding(7) var<storage, read_write> t435: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l390: f32 = t390[i];
  let v393: f32 = l390 * 3.1415927f;
  let v394: f32 = v393 * v393;
  let v395: f32 = 1.0f + v394;
  let v396: f32 = 1.0f / v395;
  t396[i] = v396;
  let l403: f32 = t403[i];
  let v406: f32 = l403 * 3.1415927f;
  let v407: f32 = v406 * v406;
  let v408: f32 = 1.0f + v407;
  let v409: f32 = 1.0f / v408;
  t409[i] = v409;
  let l416: f32 = t416[i];
  let v419: f32 = l416 * 3.1415927f;
  let v420: f32 = v419 * v419;
  let v421: f32 = 1.0f + v420;
  let v422: f32 = 1.0f / v421;
  t422[i] = v422;
  let l429: f32 = t429[i];
  let v432: f32 = l429 * 3.1415927f;
  let v433: f32 = v432 * v432;
  let v434: f32 = 1.0f + v433;
  let v435: f32 = 1.0f / v434;
  t435[i] = v435;
}
