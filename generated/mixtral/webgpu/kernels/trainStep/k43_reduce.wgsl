// kernel k43_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t253: array<f32>;
@group(0) @binding(1) var<storage, read> t521: array<f32>;
@group(0) @binding(2) var<storage, read_write> t268: array<f32>;
@group(0) @binding(3) var<storage, read_write> t531: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k43_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l253: f32 = t253[row * 8i + col];
    acc0_0 = max(acc0_0, l253);
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 4i]);
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 2i]);
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 1i]);
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 8i; col_1 += 8i) {
    let l253_1: f32 = t253[row * 8i + col_1];
    let v264: f32 = l253_1 - r0_0;
    let v265: f32 = exp(v264);
    acc1_0 += v265;
  }
  partial0[lid] = acc1_0;
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
  workgroupBarrier();
  var acc2_0: f32 = 0.0f;
  for (var col_2: i32 = lid; col_2 < 8i; col_2 += 8i) {
    let l523: f32 = t521[col_2];
    let l253_2: f32 = t253[row * 8i + col_2];
    let v264_1: f32 = l253_2 - r0_0;
    let v265_1: f32 = exp(v264_1);
    let v268: f32 = v265_1 / r1_0;
    let v525: f32 = l523 * v268;
    let v526: f32 = v525 / r1_0;
    let v527: f32 = -v526;
    t268[row * 8i + col_2] = v268;
    acc2_0 += v527;
  }
  partial0[lid] = acc2_0;
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
  let r2_0: f32 = partial0[0i];
  for (var col_3: i32 = lid; col_3 < 8i; col_3 += 8i) {
    let l523_1: f32 = t521[col_3];
    let v524: f32 = l523_1 / r1_0;
    let v530: f32 = v524 + r2_0;
    let l253_3: f32 = t253[row * 8i + col_3];
    let v264_2: f32 = l253_3 - r0_0;
    let v265_2: f32 = exp(v264_2);
    let v531: f32 = v530 * v265_2;
    t531[row * 8i + col_3] = v531;
  }
}
