// kernel k155l_reduce
@group(0) @binding(0) var<storage, read> t680: array<f32>;
@group(0) @binding(1) var<storage, read> t688: array<f32>;
@group(0) @binding(2) var<storage, read> t700: array<f32>;
@group(0) @binding(3) var<storage, read> t679: array<f32>;
@group(0) @binding(4) var<storage, read> t685: array<f32>;
@group(0) @binding(5) var<storage, read> t693: array<f32>;
@group(0) @binding(6) var<storage, read> t697: array<f32>;
@group(0) @binding(7) var<storage, read_write> t703: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k155l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x680: f32 = t680[col];
    let x688: f32 = t688[col];
    let x700: f32 = t700[col];
    acc0_0 += x680;
    acc0_1 += x688;
    acc0_2 += x700;
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
    let x679: f32 = t679[0i];
    let v683: f32 = x679 + r0_0;
    let l686: f32 = t685[0i];
    let v687: f32 = v683 + l686;
    let v691: f32 = v687 + r0_1;
    let l694: f32 = t693[0i];
    let v695: f32 = v691 + l694;
    let l698: f32 = t697[0i];
    let v699: f32 = v695 + l698;
    let v703: f32 = v699 + r0_2;
    t703[0i] = v703;
  }
}
