// kernel k100_reduce
@group(0) @binding(0) var<storage, read> t634: array<f32>;
@group(0) @binding(1) var<storage, read> t144: array<f32>;
@group(0) @binding(2) var<storage, read> t149: array<f32>;
@group(0) @binding(3) var<storage, read> t574: array<f32>;
@group(0) @binding(4) var<storage, read_write> t655: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k100_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l634: f32 = t634[row * 64i + col];
    let l144: f32 = t144[row * 64i + col];
    let v639: f32 = l634 * l144;
    acc0_0 += v639;
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
    let l634_1: f32 = t634[row * 64i + col_1];
    let l150: f32 = t149[row];
    let v638: f32 = l634_1 * l150;
    let l149: f32 = t149[row];
    let v641: f32 = l149 * l149;
    let v642: f32 = l149 * v641;
    let v643: f32 = v642 * -0.5f;
    let v644: f32 = r0_0 * v643;
    let v645: f32 = v644 * 0.015625f;
    let l144_1: f32 = t144[row * 64i + col_1];
    let v647: f32 = v645 * l144_1;
    let v648: f32 = v638 + v647;
    let v649: f32 = v648 + v647;
    let v650: f32 = -v649;
    acc1_0 += v650;
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
    let l574: f32 = t574[row * 64i + col_2];
    let l634_2: f32 = t634[row * 64i + col_2];
    let l150_1: f32 = t149[row];
    let v638_1: f32 = l634_2 * l150_1;
    let l149_1: f32 = t149[row];
    let v641_1: f32 = l149_1 * l149_1;
    let v642_1: f32 = l149_1 * v641_1;
    let v643_1: f32 = v642_1 * -0.5f;
    let v644_1: f32 = r0_0 * v643_1;
    let v645_1: f32 = v644_1 * 0.015625f;
    let l144_2: f32 = t144[row * 64i + col_2];
    let v647_1: f32 = v645_1 * l144_2;
    let v648_1: f32 = v638_1 + v647_1;
    let v649_1: f32 = v648_1 + v647_1;
    let v654: f32 = l574 + v649_1;
    let v652: f32 = r1_0 * 0.015625f;
    let v655: f32 = v654 + v652;
    t655[row * 64i + col_2] = v655;
  }
}
