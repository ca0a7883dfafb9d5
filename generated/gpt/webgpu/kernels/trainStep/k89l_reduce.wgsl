// kernel k89l_reduce
@group(0) @binding(0) var<storage, read> t583: array<f32>;
@group(0) @binding(1) var<storage, read> t603: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read> t588: array<f32>;
@group(0) @binding(4) var<storage, read> t592: array<f32>;
@group(0) @binding(5) var<storage, read> t596: array<f32>;
@group(0) @binding(6) var<storage, read> t600: array<f32>;
@group(0) @binding(7) var<storage, read_write> t606: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k89l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x583: f32 = t583[col];
    let x603: f32 = t603[col];
    acc0_0 += x583;
    acc0_1 += x603;
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
    let x582: f32 = t582[0i];
    let v586: f32 = x582 + r0_0;
    let l589: f32 = t588[0i];
    let v590: f32 = v586 + l589;
    let l593: f32 = t592[0i];
    let v594: f32 = v590 + l593;
    let l597: f32 = t596[0i];
    let v598: f32 = v594 + l597;
    let l601: f32 = t600[0i];
    let v602: f32 = v598 + l601;
    let v606: f32 = v602 + r0_1;
    t606[0i] = v606;
  }
}
