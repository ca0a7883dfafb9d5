// kernel k117r_reduce
@group(0) @binding(0) var<storage, read> t757: array<f32>;
@group(0) @binding(1) var<storage, read> t761: array<f32>;
@group(0) @binding(2) var<storage, read> t765: array<f32>;
@group(0) @binding(3) var<storage, read> t756: array<f32>;
@group(0) @binding(4) var<storage, read> t770: array<f32>;
@group(0) @binding(5) var<storage, read> t774: array<f32>;
@group(0) @binding(6) var<storage, read> t778: array<f32>;
@group(0) @binding(7) var<storage, read_write> t780: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117r_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x757: f32 = t757[col];
    let x761: f32 = t761[col];
    let x765: f32 = t765[col];
    acc0_0 += x757;
    acc0_1 += x761;
    acc0_2 += x765;
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
    let x756: f32 = t756[0i];
    let v760: f32 = x756 + r0_0;
    let v764: f32 = v760 + r0_1;
    let v768: f32 = v764 + r0_2;
    let l771: f32 = t770[0i];
    let v772: f32 = v768 + l771;
    let l775: f32 = t774[0i];
    let v776: f32 = v772 + l775;
    let l779: f32 = t778[0i];
    let v780: f32 = v776 + l779;
    t780[0i] = v780;
  }
}
