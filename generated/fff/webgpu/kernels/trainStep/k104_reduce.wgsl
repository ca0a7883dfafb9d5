// kernel k104_reduce
@group(0) @binding(0) var<storage, read> t549: array<f32>;
@group(0) @binding(1) var<storage, read> t259: array<f32>;
@group(0) @binding(2) var<storage, read> t264: array<f32>;
@group(0) @binding(3) var<storage, read_write> t564: array<f32>;
@group(0) @binding(4) var<storage, read_write> t567: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k104_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l549: f32 = t549[row * 64i + col];
    let l259: f32 = t259[row * 64i + col];
    let v554: f32 = l549 * l259;
    acc0_0 += v554;
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
    let l549_1: f32 = t549[row * 64i + col_1];
    let l265: f32 = t264[row];
    let v553: f32 = l549_1 * l265;
    let l264: f32 = t264[row];
    let v556: f32 = l264 * l264;
    let v557: f32 = l264 * v556;
    let v558: f32 = v557 * -0.5f;
    let v559: f32 = r0_0 * v558;
    let v560: f32 = v559 * 0.015625f;
    let l259_1: f32 = t259[row * 64i + col_1];
    let v562: f32 = v560 * l259_1;
    let v563: f32 = v553 + v562;
    let v564: f32 = v563 + v562;
    let v565: f32 = -v564;
    t564[row * 64i + col_1] = v564;
    acc1_0 += v565;
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
    let v567: f32 = r1_0 * 0.015625f;
    t567[row] = v567;
  }
}
