// kernel k75_reduce
@group(0) @binding(0) var<storage, read> t436: array<f32>;
@group(0) @binding(1) var<storage, read> t153: array<f32>;
@group(0) @binding(2) var<storage, read> t158: array<f32>;
@group(0) @binding(3) var<storage, read_write> t451: array<f32>;
@group(0) @binding(4) var<storage, read_write> t454: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k75_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l436: f32 = t436[row * 64i + col];
    let l153: f32 = t153[row * 64i + col];
    let v441: f32 = l436 * l153;
    acc0_0 += v441;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l436_1: f32 = t436[row * 64i + col_1];
    let l159: f32 = t158[row];
    let v440: f32 = l436_1 * l159;
    let l158: f32 = t158[row];
    let v443: f32 = l158 * l158;
    let v444: f32 = l158 * v443;
    let v445: f32 = v444 * -0.5f;
    let v446: f32 = r0_0 * v445;
    let v447: f32 = v446 * 0.015625f;
    let l153_1: f32 = t153[row * 64i + col_1];
    let v449: f32 = v447 * l153_1;
    let v450: f32 = v440 + v449;
    let v451: f32 = v450 + v449;
    let v452: f32 = -v451;
    t451[row * 64i + col_1] = v451;
    acc1_0 += v452;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v454: f32 = r1_0 * 0.015625f;
    t454[row] = v454;
  }
}
