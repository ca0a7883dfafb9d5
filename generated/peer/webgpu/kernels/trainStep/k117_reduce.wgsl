// kernel k117_reduce
@group(0) @binding(0) var<storage, read> t551: array<f32>;
@group(0) @binding(1) var<storage, read> t91: array<f32>;
@group(0) @binding(2) var<storage, read> t96: array<f32>;
@group(0) @binding(3) var<storage, read_write> t566: array<f32>;
@group(0) @binding(4) var<storage, read_write> t569: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l551: f32 = t551[row * 64i + col];
    let l91: f32 = t91[row * 64i + col];
    let v556: f32 = l551 * l91;
    acc0_0 += v556;
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
    let l551_1: f32 = t551[row * 64i + col_1];
    let l97: f32 = t96[row];
    let v555: f32 = l551_1 * l97;
    let l96: f32 = t96[row];
    let v558: f32 = l96 * l96;
    let v559: f32 = l96 * v558;
    let v560: f32 = v559 * -0.5f;
    let v561: f32 = r0_0 * v560;
    let v562: f32 = v561 * 0.015625f;
    let l91_1: f32 = t91[row * 64i + col_1];
    let v564: f32 = v562 * l91_1;
    let v565: f32 = v555 + v564;
    let v566: f32 = v565 + v564;
    let v567: f32 = -v566;
    t566[row * 64i + col_1] = v566;
    acc1_0 += v567;
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
    let v569: f32 = r1_0 * 0.015625f;
    t569[row] = v569;
  }
}
