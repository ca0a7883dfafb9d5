// kernel k79_reduce
@group(0) @binding(0) var<storage, read> t555: array<f32>;
@group(0) @binding(1) var<storage, read> t127: array<f32>;
@group(0) @binding(2) var<storage, read> t132: array<f32>;
@group(0) @binding(3) var<storage, read> t509: array<f32>;
@group(0) @binding(4) var<storage, read_write> t576: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k79_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l555: f32 = t555[row * 64i + col];
    let l127: f32 = t127[row * 64i + col];
    let v560: f32 = l555 * l127;
    acc0_0 += v560;
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
    let l555_1: f32 = t555[row * 64i + col_1];
    let l133: f32 = t132[row];
    let v559: f32 = l555_1 * l133;
    let l132: f32 = t132[row];
    let v562: f32 = l132 * l132;
    let v563: f32 = l132 * v562;
    let v564: f32 = v563 * -0.5f;
    let v565: f32 = r0_0 * v564;
    let v566: f32 = v565 * 0.015625f;
    let l127_1: f32 = t127[row * 64i + col_1];
    let v568: f32 = v566 * l127_1;
    let v569: f32 = v559 + v568;
    let v570: f32 = v569 + v568;
    let v571: f32 = -v570;
    acc1_0 += v571;
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
    let l509: f32 = t509[row * 64i + col_2];
    let l555_2: f32 = t555[row * 64i + col_2];
    let l133_1: f32 = t132[row];
    let v559_1: f32 = l555_2 * l133_1;
    let l132_1: f32 = t132[row];
    let v562_1: f32 = l132_1 * l132_1;
    let v563_1: f32 = l132_1 * v562_1;
    let v564_1: f32 = v563_1 * -0.5f;
    let v565_1: f32 = r0_0 * v564_1;
    let v566_1: f32 = v565_1 * 0.015625f;
    let l127_2: f32 = t127[row * 64i + col_2];
    let v568_1: f32 = v566_1 * l127_2;
    let v569_1: f32 = v559_1 + v568_1;
    let v570_1: f32 = v569_1 + v568_1;
    let v575: f32 = l509 + v570_1;
    let v573: f32 = r1_0 * 0.015625f;
    let v576: f32 = v575 + v573;
    t576[row * 64i + col_2] = v576;
  }
}
