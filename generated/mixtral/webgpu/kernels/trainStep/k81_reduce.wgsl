// kernel k81_reduce
@group(0) @binding(0) var<storage, read> t429: array<f32>;
@group(0) @binding(1) var<storage, read> t241: array<f32>;
@group(0) @binding(2) var<storage, read> t535: array<f32>;
@group(0) @binding(3) var<storage, read> t383: array<f32>;
@group(0) @binding(4) var<storage, read> t246: array<f32>;
@group(0) @binding(5) var<storage, read_write> t445: array<f32>;
@group(0) @binding(6) var<storage, read_write> t547: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k81_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l429: f32 = t429[row * 64i + col];
    let l241: f32 = t241[row * 64i + col];
    let v434: f32 = l429 * l241;
    let l535: f32 = t535[row * 64i + col];
    let v540: f32 = l535 * l241;
    acc0_0 += v434;
    acc0_1 += v540;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l383: f32 = t383[row * 64i + col_1];
    let l429_1: f32 = t429[row * 64i + col_1];
    let l247: f32 = t246[row];
    let v433: f32 = l429_1 * l247;
    let v443: f32 = l383 + v433;
    let l246: f32 = t246[row];
    let v436: f32 = l246 * l246;
    let v437: f32 = l246 * v436;
    let v438: f32 = v437 * -0.5f;
    let v439: f32 = r0_0 * v438;
    let v440: f32 = v439 * 0.015625f;
    let l241_1: f32 = t241[row * 64i + col_1];
    let v442: f32 = v440 * l241_1;
    let v444: f32 = v443 + v442;
    let v445: f32 = v444 + v442;
    t445[row * 64i + col_1] = v445;
    let l535_1: f32 = t535[row * 64i + col_1];
    let v539: f32 = l535_1 * l247;
    let v542: f32 = r0_1 * v438;
    let v543: f32 = v542 * 0.015625f;
    let v545: f32 = v543 * l241_1;
    let v546: f32 = v539 + v545;
    let v547: f32 = v546 + v545;
    t547[row * 64i + col_1] = v547;
  }
}
