// kernel k137_reduce
@group(0) @binding(0) var<storage, read> t634: array<f32>;
@group(0) @binding(1) var<storage, read> t100: array<f32>;
@group(0) @binding(2) var<storage, read> t739: array<f32>;
@group(0) @binding(3) var<storage, read> t592: array<f32>;
@group(0) @binding(4) var<storage, read> t105: array<f32>;
@group(0) @binding(5) var<storage, read_write> t650: array<f32>;
@group(0) @binding(6) var<storage, read_write> t751: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k137_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l634: f32 = t634[row * 64i + col];
    let l100: f32 = t100[row * 64i + col];
    let v639: f32 = l634 * l100;
    let l739: f32 = t739[row * 64i + col];
    let v744: f32 = l739 * l100;
    acc0_0 += v639;
    acc0_1 += v744;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l592: f32 = t592[row * 64i + col_1];
    let l634_1: f32 = t634[row * 64i + col_1];
    let l106: f32 = t105[row];
    let v638: f32 = l634_1 * l106;
    let v648: f32 = l592 + v638;
    let l105: f32 = t105[row];
    let v641: f32 = l105 * l105;
    let v642: f32 = l105 * v641;
    let v643: f32 = v642 * -0.5f;
    let v644: f32 = r0_0 * v643;
    let v645: f32 = v644 * 0.015625f;
    let l100_1: f32 = t100[row * 64i + col_1];
    let v647: f32 = v645 * l100_1;
    let v649: f32 = v648 + v647;
    let v650: f32 = v649 + v647;
    t650[row * 64i + col_1] = v650;
    let l739_1: f32 = t739[row * 64i + col_1];
    let v743: f32 = l739_1 * l106;
    let v746: f32 = r0_1 * v643;
    let v747: f32 = v746 * 0.015625f;
    let v749: f32 = v747 * l100_1;
    let v750: f32 = v743 + v749;
    let v751: f32 = v750 + v749;
    t751[row * 64i + col_1] = v751;
  }
}
