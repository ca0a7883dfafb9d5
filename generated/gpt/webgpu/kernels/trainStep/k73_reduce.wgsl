// kernel k73_reduce
@group(0) @binding(0) var<storage, read> t442: array<f32>;
@group(0) @binding(1) var<storage, read> t46: array<f32>;
@group(0) @binding(2) var<storage, read> t52: array<f32>;
@group(0) @binding(3) var<storage, read_write> t457: array<f32>;
@group(0) @binding(4) var<storage, read_write> t460: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l442: f32 = t442[row * 64i + col];
    let l46: f32 = t46[row * 64i + col];
    let v447: f32 = l442 * l46;
    acc0_0 += v447;
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
    let l442_1: f32 = t442[row * 64i + col_1];
    let l53: f32 = t52[row];
    let v446: f32 = l442_1 * l53;
    let l52: f32 = t52[row];
    let v449: f32 = l52 * l52;
    let v450: f32 = l52 * v449;
    let v451: f32 = v450 * -0.5f;
    let v452: f32 = r0_0 * v451;
    let v453: f32 = v452 * 0.015625f;
    let l46_1: f32 = t46[row * 64i + col_1];
    let v455: f32 = v453 * l46_1;
    let v456: f32 = v446 + v455;
    let v457: f32 = v456 + v455;
    let v458: f32 = -v457;
    t457[row * 64i + col_1] = v457;
    acc1_0 += v458;
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
    let v460: f32 = r1_0 * 0.015625f;
    t460[row] = v460;
  }
}
