// kernel k84_reduce
@group(0) @binding(0) var<storage, read> t441: array<f32>;
@group(0) @binding(1) var<storage, read> t167: array<f32>;
@group(0) @binding(2) var<storage, read> t172: array<f32>;
@group(0) @binding(3) var<storage, read_write> t456: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k84_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l441: f32 = t441[row * 32i + col];
    let l167: f32 = t167[row * 32i + col];
    let v446: f32 = l441 * l167;
    acc0_0 += v446;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 32i; col_1 += 32i) {
    let l441_1: f32 = t441[row * 32i + col_1];
    let l173: f32 = t172[row];
    let v445: f32 = l441_1 * l173;
    let l172: f32 = t172[row];
    let v448: f32 = l172 * l172;
    let v449: f32 = l172 * v448;
    let v450: f32 = v449 * -0.5f;
    let v451: f32 = r0_0 * v450;
    let v452: f32 = v451 * 0.03125f;
    let l167_1: f32 = t167[row * 32i + col_1];
    let v454: f32 = v452 * l167_1;
    let v455: f32 = v445 + v454;
    let v456: f32 = v455 + v454;
    t456[row * 32i + col_1] = v456;
  }
}
