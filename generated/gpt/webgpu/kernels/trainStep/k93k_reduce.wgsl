// kernel k93k_reduce
@group(0) @binding(0) var<storage, read> t520: array<f32>;
@group(0) @binding(1) var<storage, read> t528: array<f32>;
@group(0) @binding(2) var<storage, read> t540: array<f32>;
@group(0) @binding(3) var<storage, read> t519: array<f32>;
@group(0) @binding(4) var<storage, read> t525: array<f32>;
@group(0) @binding(5) var<storage, read> t533: array<f32>;
@group(0) @binding(6) var<storage, read> t537: array<f32>;
@group(0) @binding(7) var<storage, read_write> t543: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k93k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x520: f32 = t520[col];
    let x528: f32 = t528[col];
    let x540: f32 = t540[col];
    acc0_0 += x520;
    acc0_1 += x528;
    acc0_2 += x540;
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
    let x519: f32 = t519[0i];
    let v523: f32 = x519 + r0_0;
    let l526: f32 = t525[0i];
    let v527: f32 = v523 + l526;
    let v531: f32 = v527 + r0_1;
    let l534: f32 = t533[0i];
    let v535: f32 = v531 + l534;
    let l538: f32 = t537[0i];
    let v539: f32 = v535 + l538;
    let v543: f32 = v539 + r0_2;
    t543[0i] = v543;
  }
}
