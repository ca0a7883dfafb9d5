// kernel k167_reduce
@group(0) @binding(0) var<storage, read> t743: array<f32>;
@group(0) @binding(1) var<storage, read> t106: array<f32>;
@group(0) @binding(2) var<storage, read> t848: array<f32>;
@group(0) @binding(3) var<storage, read> t685: array<f32>;
@group(0) @binding(4) var<storage, read> t111: array<f32>;
@group(0) @binding(5) var<storage, read_write> t759: array<f32>;
@group(0) @binding(6) var<storage, read_write> t860: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k167_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l743: f32 = t743[row * 64i + col];
    let l106: f32 = t106[row * 64i + col];
    let v748: f32 = l743 * l106;
    let l848: f32 = t848[row * 64i + col];
    let v853: f32 = l848 * l106;
    acc0_0 += v748;
    acc0_1 += v853;
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
    let l685: f32 = t685[row * 64i + col_1];
    let l743_1: f32 = t743[row * 64i + col_1];
    let l112: f32 = t111[row];
    let v747: f32 = l743_1 * l112;
    let v757: f32 = l685 + v747;
    let l111: f32 = t111[row];
    let v750: f32 = l111 * l111;
    let v751: f32 = l111 * v750;
    let v752: f32 = v751 * -0.5f;
    let v753: f32 = r0_0 * v752;
    let v754: f32 = v753 * 0.015625f;
    let l106_1: f32 = t106[row * 64i + col_1];
    let v756: f32 = v754 * l106_1;
    let v758: f32 = v757 + v756;
    let v759: f32 = v758 + v756;
    t759[row * 64i + col_1] = v759;
    let l848_1: f32 = t848[row * 64i + col_1];
    let v852: f32 = l848_1 * l112;
    let v855: f32 = r0_1 * v752;
    let v856: f32 = v855 * 0.015625f;
    let v858: f32 = v856 * l106_1;
    let v859: f32 = v852 + v858;
    let v860: f32 = v859 + v858;
    t860[row * 64i + col_1] = v860;
  }
}
