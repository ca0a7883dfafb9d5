// kernel k161_reduce (compiler/std/moe.loom:57:16)
@group(0) @binding(0) var<storage, read> t119: array<f32>;
@group(0) @binding(1) var<storage, read> t752: array<f32>;
@group(0) @binding(2) var<storage, read> t755: array<f32>;
@group(0) @binding(3) var<storage, read_write> t756: array<f32>;
@group(0) @binding(4) var<storage, read> t854: array<f32>;
@group(0) @binding(5) var<storage, read_write> t156: array<f32>;
@group(0) @binding(6) var<storage, read_write> t864: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k161_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l119: f32 = t119[row * 8i + col];
    let l753: f32 = t752[row * 8i + col];
    let l755: f32 = t755[row * 8i + col];
    let v756: f32 = l753 * l755;
    t756[row * 8i + col] = v756;
    acc0_0 += l119;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 8i; col_1 += 8i) {
    let l856: f32 = t854[col_1];
    let l119_1: f32 = t119[row * 8i + col_1];
    let v156: f32 = l119_1 / r0_0;
    let v858: f32 = l856 * v156;
    let v859: f32 = v858 / r0_0;
    let v860: f32 = -v859;
    t156[row * 8i + col_1] = v156;
    acc1_0 += v860;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 8i; col_2 += 8i) {
    let l856_1: f32 = t854[col_2];
    let v857: f32 = l856_1 / r0_0;
    let v863: f32 = v857 + r1_0;
    let l755_1: f32 = t755[row * 8i + col_2];
    let v864: f32 = v863 * l755_1;
    t864[row * 8i + col_2] = v864;
  }
}
