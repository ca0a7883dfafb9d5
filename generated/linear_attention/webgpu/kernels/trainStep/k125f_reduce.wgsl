// kernel k125f_reduce
@group(0) @binding(0) var<storage, read> t628: array<f32>;
@group(0) @binding(1) var<storage, read> t632: array<f32>;
@group(0) @binding(2) var<storage, read> t622: array<f32>;
@group(0) @binding(3) var<storage, read> t625: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read> t641: array<f32>;
@group(0) @binding(6) var<storage, read> t645: array<f32>;
@group(0) @binding(7) var<storage, read_write> t647: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k125f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x628: f32 = t628[col];
    let x632: f32 = t632[col];
    acc0_0 += x628;
    acc0_1 += x632;
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
  if (lid == 0i) {
    let l623: f32 = t622[0i];
    let l626: f32 = t625[0i];
    let v627: f32 = l623 + l626;
    let v631: f32 = v627 + r0_0;
    let v635: f32 = v631 + r0_1;
    let l638: f32 = t637[0i];
    let v639: f32 = v635 + l638;
    let l642: f32 = t641[0i];
    let v643: f32 = v639 + l642;
    let l646: f32 = t645[0i];
    let v647: f32 = v643 + l646;
    t647[0i] = v647;
  }
}
