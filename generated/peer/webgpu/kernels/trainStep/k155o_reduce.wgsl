// kernel k155o_reduce
@group(0) @binding(0) var<storage, read> t756: array<f32>;
@group(0) @binding(1) var<storage, read> t768: array<f32>;
@group(0) @binding(2) var<storage, read> t772: array<f32>;
@group(0) @binding(3) var<storage, read> t751: array<f32>;
@group(0) @binding(4) var<storage, read> t753: array<f32>;
@group(0) @binding(5) var<storage, read> t761: array<f32>;
@group(0) @binding(6) var<storage, read> t765: array<f32>;
@group(0) @binding(7) var<storage, read_write> t775: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k155o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x756: f32 = t756[col];
    let x768: f32 = t768[col];
    let x772: f32 = t772[col];
    acc0_0 += x756;
    acc0_1 += x768;
    acc0_2 += x772;
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
    let x751: f32 = t751[0i];
    let l754: f32 = t753[0i];
    let v755: f32 = x751 + l754;
    let v759: f32 = v755 + r0_0;
    let l762: f32 = t761[0i];
    let v763: f32 = v759 + l762;
    let l766: f32 = t765[0i];
    let v767: f32 = v763 + l766;
    let v771: f32 = v767 + r0_1;
    let v775: f32 = v771 + r0_2;
    t775[0i] = v775;
  }
}
