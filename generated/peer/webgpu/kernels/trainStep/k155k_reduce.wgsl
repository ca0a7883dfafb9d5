// kernel k155k_reduce
@group(0) @binding(0) var<storage, read> t660: array<f32>;
@group(0) @binding(1) var<storage, read> t664: array<f32>;
@group(0) @binding(2) var<storage, read> t672: array<f32>;
@group(0) @binding(3) var<storage, read> t654: array<f32>;
@group(0) @binding(4) var<storage, read> t657: array<f32>;
@group(0) @binding(5) var<storage, read> t669: array<f32>;
@group(0) @binding(6) var<storage, read> t677: array<f32>;
@group(0) @binding(7) var<storage, read_write> t679: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k155k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x660: f32 = t660[col];
    let x664: f32 = t664[col];
    let x672: f32 = t672[col];
    acc0_0 += x660;
    acc0_1 += x664;
    acc0_2 += x672;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  if (lid == 0i) {
    let l655: f32 = t654[0i];
    let l658: f32 = t657[0i];
    let v659: f32 = l655 + l658;
    let v663: f32 = v659 + r0_0;
    let v667: f32 = v663 + r0_1;
    let l670: f32 = t669[0i];
    let v671: f32 = v667 + l670;
    let v675: f32 = v671 + r0_2;
    let l678: f32 = t677[0i];
    let v679: f32 = v675 + l678;
    t679[0i] = v679;
  }
}
