// kernel k89j_reduce
@group(0) @binding(0) var<storage, read> t539: array<f32>;
@group(0) @binding(1) var<storage, read> t543: array<f32>;
@group(0) @binding(2) var<storage, read> t551: array<f32>;
@group(0) @binding(3) var<storage, read> t533: array<f32>;
@group(0) @binding(4) var<storage, read> t536: array<f32>;
@group(0) @binding(5) var<storage, read> t548: array<f32>;
@group(0) @binding(6) var<storage, read> t556: array<f32>;
@group(0) @binding(7) var<storage, read_write> t558: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k89j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x539: f32 = t539[col];
    let x543: f32 = t543[col];
    let x551: f32 = t551[col];
    acc0_0 += x539;
    acc0_1 += x543;
    acc0_2 += x551;
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
    let l534: f32 = t533[0i];
    let l537: f32 = t536[0i];
    let v538: f32 = l534 + l537;
    let v542: f32 = v538 + r0_0;
    let v546: f32 = v542 + r0_1;
    let l549: f32 = t548[0i];
    let v550: f32 = v546 + l549;
    let v554: f32 = v550 + r0_2;
    let l557: f32 = t556[0i];
    let v558: f32 = v554 + l557;
    t558[0i] = v558;
  }
}
