// kernel k86_reduce
@group(0) @binding(0) var<storage, read> t553: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t200: array<f32>;
@group(0) @binding(3) var<storage, read> t460: array<f32>;
@group(0) @binding(4) var<storage, read_write> t574: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k86_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l553: f32 = t553[row * 64i + col];
    let l195: f32 = t195[row * 64i + col];
    let v558: f32 = l553 * l195;
    acc0_0 += v558;
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
    let l553_1: f32 = t553[row * 64i + col_1];
    let l201: f32 = t200[row];
    let v557: f32 = l553_1 * l201;
    let l200: f32 = t200[row];
    let v560: f32 = l200 * l200;
    let v561: f32 = l200 * v560;
    let v562: f32 = v561 * -0.5f;
    let v563: f32 = r0_0 * v562;
    let v564: f32 = v563 * 0.015625f;
    let l195_1: f32 = t195[row * 64i + col_1];
    let v566: f32 = v564 * l195_1;
    let v567: f32 = v557 + v566;
    let v568: f32 = v567 + v566;
    let v569: f32 = -v568;
    acc1_0 += v569;
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
    let l460: f32 = t460[row * 64i + col_2];
    let l553_2: f32 = t553[row * 64i + col_2];
    let l201_1: f32 = t200[row];
    let v557_1: f32 = l553_2 * l201_1;
    let l200_1: f32 = t200[row];
    let v560_1: f32 = l200_1 * l200_1;
    let v561_1: f32 = l200_1 * v560_1;
    let v562_1: f32 = v561_1 * -0.5f;
    let v563_1: f32 = r0_0 * v562_1;
    let v564_1: f32 = v563_1 * 0.015625f;
    let l195_2: f32 = t195[row * 64i + col_2];
    let v566_1: f32 = v564_1 * l195_2;
    let v567_1: f32 = v557_1 + v566_1;
    let v568_1: f32 = v567_1 + v566_1;
    let v573: f32 = l460 + v568_1;
    let v571: f32 = r1_0 * 0.015625f;
    let v574: f32 = v573 + v571;
    t574[row * 64i + col_2] = v574;
  }
}
