// kernel k13c_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t338: array<f32>;
@group(0) @binding(1) var<storage, read_write> t344: array<f32>;
@group(0) @binding(2) var<storage, read> t351: array<f32>;
@group(0) @binding(3) var<storage, read_write> t357: array<f32>;
@group(0) @binding(4) var<storage, read> t364: array<f32>;
@group(0) @binding(5) var<storage, read_write> t370: array<f32>;
@group(0) @binding(6) var<storage, read> t377: array<f32>;
@group(0) @binding(7) var<storage, read_write> t383: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l338: f32 = t338[i];
  let v341: f32 = l338 * 3.1415927f;
  let v342: f32 = v341 * v341;
  let v343: f32 = 1.0f + v342;
  let v344: f32 = 1.0f / v343;
  t344[i] = v344;
  let l351: f32 = t351[i];
  let v354: f32 = l351 * 3.1415927f;
  let v355: f32 = v354 * v354;
  let v356: f32 = 1.0f + v355;
  let v357: f32 = 1.0f / v356;
  t357[i] = v357;
  let l364: f32 = t364[i];
  let v367: f32 = l364 * 3.1415927f;
  let v368: f32 = v367 * v367;
  let v369: f32 = 1.0f + v368;
  let v370: f32 = 1.0f / v369;
  t370[i] = v370;
  let l377: f32 = t377[i];
  let v380: f32 = l377 * 3.1415927f;
  let v381: f32 = v380 * v380;
  let v382: f32 = 1.0f + v381;
  let v383: f32 = 1.0f / v382;
  t383[i] = v383;
}
