// kernel k91j_reduce
@group(0) @binding(0) var<storage, read> t496: array<f32>;
@group(0) @binding(1) var<storage, read> t500: array<f32>;
@group(0) @binding(2) var<storage, read> t508: array<f32>;
@group(0) @binding(3) var<storage, read> t490: array<f32>;
@group(0) @binding(4) var<storage, read> t493: array<f32>;
@group(0) @binding(5) var<storage, read> t505: array<f32>;
@group(0) @binding(6) var<storage, read> t513: array<f32>;
@group(0) @binding(7) var<storage, read_write> t515: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k91j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x496: f32 = t496[col];
    let x500: f32 = t500[col];
    let x508: f32 = t508[col];
    acc0_0 += x496;
    acc0_1 += x500;
    acc0_2 += x508;
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
    let l491: f32 = t490[0i];
    let l494: f32 = t493[0i];
    let v495: f32 = l491 + l494;
    let v499: f32 = v495 + r0_0;
    let v503: f32 = v499 + r0_1;
    let l506: f32 = t505[0i];
    let v507: f32 = v503 + l506;
    let v511: f32 = v507 + r0_2;
    let l514: f32 = t513[0i];
    let v515: f32 = v511 + l514;
    t515[0i] = v515;
  }
}
