// kernel k119_reduce
@group(0) @binding(0) var<storage, read> t505: array<f32>;
@group(0) @binding(1) var<storage, read> t188: array<f32>;
@group(0) @binding(2) var<storage, read> t606: array<f32>;
@group(0) @binding(3) var<storage, read> t445: array<f32>;
@group(0) @binding(4) var<storage, read> t193: array<f32>;
@group(0) @binding(5) var<storage, read> t547: array<f32>;
@group(0) @binding(6) var<storage, read_write> t623: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k119_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l505: f32 = t505[row * 64i + col];
    let l188: f32 = t188[row * 64i + col];
    let v510: f32 = l505 * l188;
    let l606: f32 = t606[row * 64i + col];
    let v611: f32 = l606 * l188;
    acc0_0 += v510;
    acc0_1 += v611;
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
    let l445: f32 = t445[row * 64i + col_1];
    let l505_1: f32 = t505[row * 64i + col_1];
    let l194: f32 = t193[row];
    let v509: f32 = l505_1 * l194;
    let v617: f32 = l445 + v509;
    let l193: f32 = t193[row];
    let v512: f32 = l193 * l193;
    let v513: f32 = l193 * v512;
    let v514: f32 = v513 * -0.5f;
    let v515: f32 = r0_0 * v514;
    let v516: f32 = v515 * 0.015625f;
    let l188_1: f32 = t188[row * 64i + col_1];
    let v518: f32 = v516 * l188_1;
    let v618: f32 = v617 + v518;
    let v619: f32 = v618 + v518;
    let l547: f32 = t547[row * 64i + col_1];
    let v620: f32 = v619 + l547;
    let l606_1: f32 = t606[row * 64i + col_1];
    let v610: f32 = l606_1 * l194;
    let v621: f32 = v620 + v610;
    let v613: f32 = r0_1 * v514;
    let v614: f32 = v613 * 0.015625f;
    let v616: f32 = v614 * l188_1;
    let v622: f32 = v621 + v616;
    let v623: f32 = v622 + v616;
    t623[row * 64i + col_1] = v623;
  }
}
