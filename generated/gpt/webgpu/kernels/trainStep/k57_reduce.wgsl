// kernel k57_reduce
@group(0) @binding(0) var<storage, read> t390: array<f32>;
@group(0) @binding(1) var<storage, read> t90: array<f32>;
@group(0) @binding(2) var<storage, read> t95: array<f32>;
@group(0) @binding(3) var<storage, read_write> t405: array<f32>;
@group(0) @binding(4) var<storage, read_write> t408: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k57_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l390: f32 = t390[row * 64i + col];
    let l90: f32 = t90[row * 64i + col];
    let v395: f32 = l390 * l90;
    acc0_0 += v395;
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
    let l390_1: f32 = t390[row * 64i + col_1];
    let l96: f32 = t95[row];
    let v394: f32 = l390_1 * l96;
    let l95: f32 = t95[row];
    let v397: f32 = l95 * l95;
    let v398: f32 = l95 * v397;
    let v399: f32 = v398 * -0.5f;
    let v400: f32 = r0_0 * v399;
    let v401: f32 = v400 * 0.015625f;
    let l90_1: f32 = t90[row * 64i + col_1];
    let v403: f32 = v401 * l90_1;
    let v404: f32 = v394 + v403;
    let v405: f32 = v404 + v403;
    let v406: f32 = -v405;
    acc1_0 += v406;
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
    let l390_2: f32 = t390[row * 64i + col_2];
    let l96_1: f32 = t95[row];
    let v394_1: f32 = l390_2 * l96_1;
    let l95_1: f32 = t95[row];
    let v397_1: f32 = l95_1 * l95_1;
    let v398_1: f32 = l95_1 * v397_1;
    let v399_1: f32 = v398_1 * -0.5f;
    let v400_1: f32 = r0_0 * v399_1;
    let v401_1: f32 = v400_1 * 0.015625f;
    let l90_2: f32 = t90[row * 64i + col_2];
    let v403_1: f32 = v401_1 * l90_2;
    let v404_1: f32 = v394_1 + v403_1;
    let v405_1: f32 = v404_1 + v403_1;
    t405[row * 64i + col_2] = v405_1;
  }
  if (lid == 0i) {
    let v408: f32 = r1_0 * 0.015625f;
    t408[row] = v408;
  }
}
