// kernel k88_reduce
@group(0) @binding(0) var<storage, read> t446: array<f32>;
@group(0) @binding(1) var<storage, read> t238: array<f32>;
@group(0) @binding(2) var<storage, read> t548: array<f32>;
@group(0) @binding(3) var<storage, read_write> t451: array<f32>;
@group(0) @binding(4) var<storage, read_write> t552: array<f32>;
var<workgroup> partial0: array<f32, 16>;
var<workgroup> partial1: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k88_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l446: f32 = t446[row * 16i + col];
    let l238: f32 = t238[row * 16i + col];
    let v450: f32 = l446 * l238;
    let l548: f32 = t548[row * 16i + col];
    let v551: f32 = l548 * l238;
    acc0_0 += v450;
    acc0_1 += v551;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
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
    t451[row] = r0_0;
    t552[row] = r0_1;
  }
}
