// kernel k54_reduce
@group(0) @binding(0) var<storage, read> t388: array<f32>;
@group(0) @binding(1) var<storage, read> t226: array<f32>;
@group(0) @binding(2) var<storage, read> t231: array<f32>;
@group(0) @binding(3) var<storage, read> t340: array<f32>;
@group(0) @binding(4) var<storage, read_write> t409: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k54_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l388: f32 = t388[row * 64i + col];
    let l226: f32 = t226[row * 64i + col];
    let v393: f32 = l388 * l226;
    acc0_0 += v393;
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
    let l388_1: f32 = t388[row * 64i + col_1];
    let l232: f32 = t231[row];
    let v392: f32 = l388_1 * l232;
    let l231: f32 = t231[row];
    let v395: f32 = l231 * l231;
    let v396: f32 = l231 * v395;
    let v397: f32 = v396 * -0.5f;
    let v398: f32 = r0_0 * v397;
    let v399: f32 = v398 * 0.015625f;
    let l226_1: f32 = t226[row * 64i + col_1];
    let v401: f32 = v399 * l226_1;
    let v402: f32 = v392 + v401;
    let v403: f32 = v402 + v401;
    let v404: f32 = -v403;
    acc1_0 += v404;
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
    let l340: f32 = t340[row * 64i + col_2];
    let l388_2: f32 = t388[row * 64i + col_2];
    let l232_1: f32 = t231[row];
    let v392_1: f32 = l388_2 * l232_1;
    let l231_1: f32 = t231[row];
    let v395_1: f32 = l231_1 * l231_1;
    let v396_1: f32 = l231_1 * v395_1;
    let v397_1: f32 = v396_1 * -0.5f;
    let v398_1: f32 = r0_0 * v397_1;
    let v399_1: f32 = v398_1 * 0.015625f;
    let l226_2: f32 = t226[row * 64i + col_2];
    let v401_1: f32 = v399_1 * l226_2;
    let v402_1: f32 = v392_1 + v401_1;
    let v403_1: f32 = v402_1 + v401_1;
    let v408: f32 = l340 + v403_1;
    let v406: f32 = r1_0 * 0.015625f;
    let v409: f32 = v408 + v406;
    t409[row * 64i + col_2] = v409;
  }
}
