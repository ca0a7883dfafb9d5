// kernel k155p_reduce
@group(0) @binding(0) var<storage, read> t789_rows: array<f32>;
@group(0) @binding(1) var<storage, read> t793_rows: array<f32>;
@group(0) @binding(2) var<storage, read> t796: array<f32>;
@group(0) @binding(3) var<storage, read> t775: array<f32>;
@group(0) @binding(4) var<storage, read> t777: array<f32>;
@group(0) @binding(5) var<storage, read> t781: array<f32>;
@group(0) @binding(6) var<storage, read> t785: array<f32>;
@group(0) @binding(7) var<storage, read_write> t799: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k155p_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let part: f32 = t789_rows[col];
    let part_1: f32 = t793_rows[col];
    let x796: f32 = t796[col];
    acc0_0 += part;
    acc0_1 += part_1;
    acc0_2 += x796;
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
    let x775: f32 = t775[0i];
    let l778: f32 = t777[0i];
    let v779: f32 = x775 + l778;
    let l782: f32 = t781[0i];
    let v783: f32 = v779 + l782;
    let l786: f32 = t785[0i];
    let v787: f32 = v783 + l786;
    let v791: f32 = v787 + r0_0;
    let v795: f32 = v791 + r0_1;
    let v799: f32 = v795 + r0_2;
    t799[0i] = v799;
  }
}
