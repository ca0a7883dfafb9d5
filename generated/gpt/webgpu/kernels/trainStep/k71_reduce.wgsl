// kernel k71_reduce
@group(0) @binding(0) var<storage, read> t485: array<f32>;
@group(0) @binding(1) var<storage, read> t46: array<f32>;
@group(0) @binding(2) var<storage, read> t52: array<f32>;
@group(0) @binding(3) var<storage, read_write> t500: array<f32>;
@group(0) @binding(4) var<storage, read_write> t503: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k71_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l485: f32 = t485[row * 64i + col];
    let l46: f32 = t46[row * 64i + col];
    let v490: f32 = l485 * l46;
    acc0_0 += v490;
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
    let l485_1: f32 = t485[row * 64i + col_1];
    let l53: f32 = t52[row];
    let v489: f32 = l485_1 * l53;
    let l52: f32 = t52[row];
    let v492: f32 = l52 * l52;
    let v493: f32 = l52 * v492;
    let v494: f32 = v493 * -0.5f;
    let v495: f32 = r0_0 * v494;
    let v496: f32 = v495 * 0.015625f;
    let l46_1: f32 = t46[row * 64i + col_1];
    let v498: f32 = v496 * l46_1;
    let v499: f32 = v489 + v498;
    let v500: f32 = v499 + v498;
    let v501: f32 = -v500;
    acc1_0 += v501;
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
    let l485_2: f32 = t485[row * 64i + col_2];
    let l53_1: f32 = t52[row];
    let v489_1: f32 = l485_2 * l53_1;
    let l52_1: f32 = t52[row];
    let v492_1: f32 = l52_1 * l52_1;
    let v493_1: f32 = l52_1 * v492_1;
    let v494_1: f32 = v493_1 * -0.5f;
    let v495_1: f32 = r0_0 * v494_1;
    let v496_1: f32 = v495_1 * 0.015625f;
    let l46_2: f32 = t46[row * 64i + col_2];
    let v498_1: f32 = v496_1 * l46_2;
    let v499_1: f32 = v489_1 + v498_1;
    let v500_1: f32 = v499_1 + v498_1;
    t500[row * 64i + col_2] = v500_1;
  }
  if (lid == 0i) {
    let v503: f32 = r1_0 * 0.015625f;
    t503[row] = v503;
  }
}
