// kernel k96_reduce
@group(0) @binding(0) var<storage, read> t654: array<f32>;
@group(0) @binding(1) var<storage, read> t67: array<f32>;
@group(0) @binding(2) var<storage, read> t72: array<f32>;
@group(0) @binding(3) var<storage, read_write> t669: array<f32>;
@group(0) @binding(4) var<storage, read_write> t672: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k96_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l654: f32 = t654[row * 64i + col];
    let l67: f32 = t67[row * 64i + col];
    let v659: f32 = l654 * l67;
    acc0_0 += v659;
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
    let l654_1: f32 = t654[row * 64i + col_1];
    let l73: f32 = t72[row];
    let v658: f32 = l654_1 * l73;
    let l72: f32 = t72[row];
    let v661: f32 = l72 * l72;
    let v662: f32 = l72 * v661;
    let v663: f32 = v662 * -0.5f;
    let v664: f32 = r0_0 * v663;
    let v665: f32 = v664 * 0.015625f;
    let l67_1: f32 = t67[row * 64i + col_1];
    let v667: f32 = v665 * l67_1;
    let v668: f32 = v658 + v667;
    let v669: f32 = v668 + v667;
    let v670: f32 = -v669;
    t669[row * 64i + col_1] = v669;
    acc1_0 += v670;
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
    let v672: f32 = r1_0 * 0.015625f;
    t672[row] = v672;
  }
}
