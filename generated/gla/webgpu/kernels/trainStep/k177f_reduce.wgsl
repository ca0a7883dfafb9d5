// kernel k177f_reduce
@group(0) @binding(0) var<storage, read> t740: array<f32>;
@group(0) @binding(1) var<storage, read> t752: array<f32>;
@group(0) @binding(2) var<storage, read> t731: array<f32>;
@group(0) @binding(3) var<storage, read> t733: array<f32>;
@group(0) @binding(4) var<storage, read> t737: array<f32>;
@group(0) @binding(5) var<storage, read> t745: array<f32>;
@group(0) @binding(6) var<storage, read> t749: array<f32>;
@group(0) @binding(7) var<storage, read_write> t755: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x740: f32 = t740[col];
    let x752: f32 = t752[col];
    acc0_0 += x740;
    acc0_1 += x752;
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
    let x731: f32 = t731[0i];
    let l734: f32 = t733[0i];
    let v735: f32 = x731 + l734;
    let l738: f32 = t737[0i];
    let v739: f32 = v735 + l738;
    let v743: f32 = v739 + r0_0;
    let l746: f32 = t745[0i];
    let v747: f32 = v743 + l746;
    let l750: f32 = t749[0i];
    let v751: f32 = v747 + l750;
    let v755: f32 = v751 + r0_1;
    t755[0i] = v755;
  }
}
