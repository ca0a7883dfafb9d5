// kernel k98_reduce
@group(0) @binding(0) var<storage, read> t678: array<f32>;
@group(0) @binding(1) var<storage, read> t49: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t693: array<f32>;
@group(0) @binding(4) var<storage, read_write> t696: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k98_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l678: f32 = t678[row * 64i + col];
    let l49: f32 = t49[row * 64i + col];
    let v683: f32 = l678 * l49;
    acc0_0 += v683;
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
    let l678_1: f32 = t678[row * 64i + col_1];
    let l56: f32 = t55[row];
    let v682: f32 = l678_1 * l56;
    let l55: f32 = t55[row];
    let v685: f32 = l55 * l55;
    let v686: f32 = l55 * v685;
    let v687: f32 = v686 * -0.5f;
    let v688: f32 = r0_0 * v687;
    let v689: f32 = v688 * 0.015625f;
    let l49_1: f32 = t49[row * 64i + col_1];
    let v691: f32 = v689 * l49_1;
    let v692: f32 = v682 + v691;
    let v693: f32 = v692 + v691;
    let v694: f32 = -v693;
    t693[row * 64i + col_1] = v693;
    acc1_0 += v694;
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
    let v696: f32 = r1_0 * 0.015625f;
    t696[row] = v696;
  }
}
