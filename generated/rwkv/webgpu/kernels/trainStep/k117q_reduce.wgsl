// kernel k117q_reduce
@group(0) @binding(0) var<storage, read> t749: array<f32>;
@group(0) @binding(1) var<storage, read> t753: array<f32>;
@group(0) @binding(2) var<storage, read> t731: array<f32>;
@group(0) @binding(3) var<storage, read> t734: array<f32>;
@group(0) @binding(4) var<storage, read> t738: array<f32>;
@group(0) @binding(5) var<storage, read> t742: array<f32>;
@group(0) @binding(6) var<storage, read> t746: array<f32>;
@group(0) @binding(7) var<storage, read_write> t756: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117q_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x749: f32 = t749[col];
    let x753: f32 = t753[col];
    acc0_0 += x749;
    acc0_1 += x753;
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
    let l732: f32 = t731[0i];
    let l735: f32 = t734[0i];
    let v736: f32 = l732 + l735;
    let l739: f32 = t738[0i];
    let v740: f32 = v736 + l739;
    let l743: f32 = t742[0i];
    let v744: f32 = v740 + l743;
    let l747: f32 = t746[0i];
    let v748: f32 = v744 + l747;
    let v752: f32 = v748 + r0_0;
    let v756: f32 = v752 + r0_1;
    t756[0i] = v756;
  }
}
