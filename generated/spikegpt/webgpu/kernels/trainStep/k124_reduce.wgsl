// kernel k124_reduce
@group(0) @binding(0) var<storage, read> t771: array<f32>;
@group(0) @binding(1) var<storage, read> t58: array<f32>;
@group(0) @binding(2) var<storage, read> t64: array<f32>;
@group(0) @binding(3) var<storage, read_write> t786: array<f32>;
@group(0) @binding(4) var<storage, read_write> t789: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k124_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l771: f32 = t771[row * 64i + col];
    let l58: f32 = t58[row * 64i + col];
    let v776: f32 = l771 * l58;
    acc0_0 += v776;
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
    let l771_1: f32 = t771[row * 64i + col_1];
    let l65: f32 = t64[row];
    let v775: f32 = l771_1 * l65;
    let l64: f32 = t64[row];
    let v778: f32 = l64 * l64;
    let v779: f32 = l64 * v778;
    let v780: f32 = v779 * -0.5f;
    let v781: f32 = r0_0 * v780;
    let v782: f32 = v781 * 0.015625f;
    let l58_1: f32 = t58[row * 64i + col_1];
    let v784: f32 = v782 * l58_1;
    let v785: f32 = v775 + v784;
    let v786: f32 = v785 + v784;
    let v787: f32 = -v786;
    t786[row * 64i + col_1] = v786;
    acc1_0 += v787;
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
    let v789: f32 = r1_0 * 0.015625f;
    t789[row] = v789;
  }
}
