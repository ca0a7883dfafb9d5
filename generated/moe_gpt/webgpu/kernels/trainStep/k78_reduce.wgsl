// kernel k78_reduce
@group(0) @binding(0) var<storage, read> t434: array<f32>;
@group(0) @binding(1) var<storage, read> t388: array<f32>;
@group(0) @binding(2) var<storage, read> t393: array<f32>;
@group(0) @binding(3) var<storage, read_write> t450: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k78_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l434: f32 = t434[row * 64i + col];
    let l388: f32 = t388[row * 64i + col];
    let v439: f32 = l434 * l388;
    acc0_0 += v439;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l434_1: f32 = t434[row * 64i + col_1];
    let l394: f32 = t393[row];
    let v438: f32 = l434_1 * l394;
    let l393: f32 = t393[row];
    let v441: f32 = l393 * l393;
    let v442: f32 = l393 * v441;
    let v444: f32 = v442 * -0.5f;
    let v445: f32 = r0_0 * v444;
    let v446: f32 = v445 * 0.015625f;
    let l388_1: f32 = t388[row * 64i + col_1];
    let v448: f32 = v446 * l388_1;
    let v449: f32 = v438 + v448;
    let v450: f32 = v449 + v448;
    t450[row * 64i + col_1] = v450;
  }
}
