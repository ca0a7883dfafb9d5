// kernel k91k_reduce
@group(0) @binding(0) var<storage, read> t516: array<f32>;
@group(0) @binding(1) var<storage, read> t524: array<f32>;
@group(0) @binding(2) var<storage, read> t536: array<f32>;
@group(0) @binding(3) var<storage, read> t515: array<f32>;
@group(0) @binding(4) var<storage, read> t521: array<f32>;
@group(0) @binding(5) var<storage, read> t529: array<f32>;
@group(0) @binding(6) var<storage, read> t533: array<f32>;
@group(0) @binding(7) var<storage, read_write> t539: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k91k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x516: f32 = t516[col];
    let x524: f32 = t524[col];
    let x536: f32 = t536[col];
    acc0_0 += x516;
    acc0_1 += x524;
    acc0_2 += x536;
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
    let x515: f32 = t515[0i];
    let v519: f32 = x515 + r0_0;
    let l522: f32 = t521[0i];
    let v523: f32 = v519 + l522;
    let v527: f32 = v523 + r0_1;
    let l530: f32 = t529[0i];
    let v531: f32 = v527 + l530;
    let l534: f32 = t533[0i];
    let v535: f32 = v531 + l534;
    let v539: f32 = v535 + r0_2;
    t539[0i] = v539;
  }
}
