// kernel k14_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t119: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t134: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k14_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l119: f32 = t119[col];
    acc0_0 += l119;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l119_1: f32 = t119[col_1];
    let v121: f32 = r0_0 * 0.015625f;
    let v123: f32 = l119_1 - v121;
    let v124: f32 = v123 * v123;
    acc1_0 += v124;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
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
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l119_2: f32 = t119[col_2];
    let v121_1: f32 = r0_0 * 0.015625f;
    let v123_1: f32 = l119_2 - v121_1;
    let v126: f32 = r1_0 * 0.015625f;
    let v127: f32 = v126 + 0.00001f;
    let v128: f32 = inverseSqrt(v127);
    let v130: f32 = v123_1 * v128;
    let l131: f32 = p_blocks_0_ln2_g[col_2];
    let v132: f32 = v130 * l131;
    let l133: f32 = p_blocks_0_ln2_b[col_2];
    let v134: f32 = v132 + l133;
    t134[col_2] = v134;
  }
}
