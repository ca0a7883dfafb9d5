// kernel k161_reduce (compiler/std/moe.loom:46:16)
@group(0) @binding(0) var<storage, read> t119: array<f32>;
@group(0) @binding(1) var<storage, read> t834: array<f32>;
@group(0) @binding(2) var<storage, read_write> t156: array<f32>;
@group(0) @binding(3) var<storage, read> t732: array<f32>;
@group(0) @binding(4) var<storage, read> t735: array<f32>;
@group(0) @binding(5) var<storage, read_write> t736: array<f32>;
@group(0) @binding(6) var<storage, read_write> t844: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k161_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l119: f32 = t119[row * 8i + col];
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
    let l836: f32 = t834[col_1];
    let l119_1: f32 = t119[row * 8i + col_1];
    let v156: f32 = l119_1 / r0_0;
    let v838: f32 = l836 * v156;
    let v839: f32 = v838 / r0_0;
    let v840: f32 = -v839;
    acc1_0 += v840;
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
    let l119_2: f32 = t119[row * 8i + col_2];
    let v156_1: f32 = l119_2 / r0_0;
    t156[row * 8i + col_2] = v156_1;
    let l733: f32 = t732[row * 8i + col_2];
    let l735: f32 = t735[row * 8i + col_2];
    let v736: f32 = l733 * l735;
    t736[row * 8i + col_2] = v736;
    let l836_1: f32 = t834[col_2];
    let v837: f32 = l836_1 / r0_0;
    let v843: f32 = v837 + r1_0;
    let v844: f32 = v843 * l735;
    t844[row * 8i + col_2] = v844;
  }
}
