// kernel k64_reduce
@group(0) @binding(0) var<storage, read> t439: array<f32>;
@group(0) @binding(1) var<storage, read> t257: array<f32>;
@group(0) @binding(2) var<storage, read> t262: array<f32>;
@group(0) @binding(3) var<storage, read> t378: array<f32>;
@group(0) @binding(4) var<storage, read_write> t460: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k64_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l439: f32 = t439[row * 64i + col];
    let l257: f32 = t257[row * 64i + col];
    let v444: f32 = l439 * l257;
    acc0_0 += v444;
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
    let l439_1: f32 = t439[row * 64i + col_1];
    let l263: f32 = t262[row];
    let v443: f32 = l439_1 * l263;
    let l262: f32 = t262[row];
    let v446: f32 = l262 * l262;
    let v447: f32 = l262 * v446;
    let v448: f32 = v447 * -0.5f;
    let v449: f32 = r0_0 * v448;
    let v450: f32 = v449 * 0.015625f;
    let l257_1: f32 = t257[row * 64i + col_1];
    let v452: f32 = v450 * l257_1;
    let v453: f32 = v443 + v452;
    let v454: f32 = v453 + v452;
    let v455: f32 = -v454;
    acc1_0 += v455;
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
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l378: f32 = t378[row * 64i + col_2];
    let l439_2: f32 = t439[row * 64i + col_2];
    let l263_1: f32 = t262[row];
    let v443_1: f32 = l439_2 * l263_1;
    let l262_1: f32 = t262[row];
    let v446_1: f32 = l262_1 * l262_1;
    let v447_1: f32 = l262_1 * v446_1;
    let v448_1: f32 = v447_1 * -0.5f;
    let v449_1: f32 = r0_0 * v448_1;
    let v450_1: f32 = v449_1 * 0.015625f;
    let l257_2: f32 = t257[row * 64i + col_2];
    let v452_1: f32 = v450_1 * l257_2;
    let v453_1: f32 = v443_1 + v452_1;
    let v454_1: f32 = v453_1 + v452_1;
    let v459: f32 = l378 + v454_1;
    let v457: f32 = r1_0 * 0.015625f;
    let v460: f32 = v459 + v457;
    t460[row * 64i + col_2] = v460;
  }
}
