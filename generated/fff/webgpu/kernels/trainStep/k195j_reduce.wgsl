// kernel k195j_reduce
@group(0) @binding(0) var<storage, read> t862: array<f32>;
@group(0) @binding(1) var<storage, read> t866: array<f32>;
@group(0) @binding(2) var<storage, read> t874: array<f32>;
@group(0) @binding(3) var<storage, read> t856: array<f32>;
@group(0) @binding(4) var<storage, read> t859: array<f32>;
@group(0) @binding(5) var<storage, read> t871: array<f32>;
@group(0) @binding(6) var<storage, read> t879: array<f32>;
@group(0) @binding(7) var<storage, read_write> t881: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k195j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x862: f32 = t862[col];
    let x866: f32 = t866[col];
    let x874: f32 = t874[col];
    acc0_0 += x862;
    acc0_1 += x866;
    acc0_2 += x874;
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
    let l857: f32 = t856[0i];
    let l860: f32 = t859[0i];
    let v861: f32 = l857 + l860;
    let v865: f32 = v861 + r0_0;
    let v869: f32 = v865 + r0_1;
    let l872: f32 = t871[0i];
    let v873: f32 = v869 + l872;
    let v877: f32 = v873 + r0_2;
    let l880: f32 = t879[0i];
    let v881: f32 = v877 + l880;
    t881[0i] = v881;
  }
}
