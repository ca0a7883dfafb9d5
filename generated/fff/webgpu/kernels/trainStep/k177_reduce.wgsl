// kernel k177_reduce
@group(0) @binding(0) var<storage, read> t788: array<f32>;
@group(0) @binding(1) var<storage, read> t42: array<f32>;
@group(0) @binding(2) var<storage, read> t48: array<f32>;
@group(0) @binding(3) var<storage, read_write> t803: array<f32>;
@group(0) @binding(4) var<storage, read_write> t806: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l788: f32 = t788[row * 64i + col];
    let l42: f32 = t42[row * 64i + col];
    let v793: f32 = l788 * l42;
    acc0_0 += v793;
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
    let l788_1: f32 = t788[row * 64i + col_1];
    let l49: f32 = t48[row];
    let v792: f32 = l788_1 * l49;
    let l48: f32 = t48[row];
    let v795: f32 = l48 * l48;
    let v796: f32 = l48 * v795;
    let v797: f32 = v796 * -0.5f;
    let v798: f32 = r0_0 * v797;
    let v799: f32 = v798 * 0.015625f;
    let l42_1: f32 = t42[row * 64i + col_1];
    let v801: f32 = v799 * l42_1;
    let v802: f32 = v792 + v801;
    let v803: f32 = v802 + v801;
    let v804: f32 = -v803;
    t803[row * 64i + col_1] = v803;
    acc1_0 += v804;
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
    let v806: f32 = r1_0 * 0.015625f;
    t806[row] = v806;
  }
}
