// kernel k55_reduce
@group(0) @binding(0) var<storage, read> t387: array<f32>;
@group(0) @binding(1) var<storage, read> t89: array<f32>;
@group(0) @binding(2) var<storage, read> t94: array<f32>;
@group(0) @binding(3) var<storage, read_write> t402: array<f32>;
@group(0) @binding(4) var<storage, read_write> t405: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k55_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l387: f32 = t387[row * 64i + col];
    let l89: f32 = t89[row * 64i + col];
    let v392: f32 = l387 * l89;
    acc0_0 += v392;
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
    let l387_1: f32 = t387[row * 64i + col_1];
    let l95: f32 = t94[row];
    let v391: f32 = l387_1 * l95;
    let l94: f32 = t94[row];
    let v394: f32 = l94 * l94;
    let v395: f32 = l94 * v394;
    let v396: f32 = v395 * -0.5f;
    let v397: f32 = r0_0 * v396;
    let v398: f32 = v397 * 0.015625f;
    let l89_1: f32 = t89[row * 64i + col_1];
    let v400: f32 = v398 * l89_1;
    let v401: f32 = v391 + v400;
    let v402: f32 = v401 + v400;
    let v403: f32 = -v402;
    t402[row * 64i + col_1] = v402;
    acc1_0 += v403;
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
    let v405: f32 = r1_0 * 0.015625f;
    t405[row] = v405;
  }
}
