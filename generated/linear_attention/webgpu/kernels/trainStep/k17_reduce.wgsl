// kernel k17_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t115: array<f32>;
@group(0) @binding(1) var<storage, read_write> t119: array<f32>;
@group(0) @binding(2) var<storage, read_write> t126: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t132: array<f32>;
@group(0) @binding(6) var<storage, read_write> t124: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k17_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l115: f32 = t115[row * 64i + col];
    acc0_0 += l115;
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
    let l115_1: f32 = t115[row * 64i + col_1];
    let v117: f32 = r0_0 * 0.015625f;
    let v119: f32 = l115_1 - v117;
    let v120: f32 = v119 * v119;
    t119[row * 64i + col_1] = v119;
    acc1_0 += v120;
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
    let l115_2: f32 = t115[row * 64i + col_2];
    let v117_1: f32 = r0_0 * 0.015625f;
    let v119_1: f32 = l115_2 - v117_1;
    let v122: f32 = r1_0 * 0.015625f;
    let v123: f32 = v122 + 0.00001f;
    let v124: f32 = inverseSqrt(v123);
    let v126: f32 = v119_1 * v124;
    t126[row * 64i + col_2] = v126;
    let l128: f32 = p_blocks_0_ln2_g[col_2];
    let v129: f32 = v126 * l128;
    let l131: f32 = p_blocks_0_ln2_b[col_2];
    let v132: f32 = v129 + l131;
    t132[row * 64i + col_2] = v132;
  }
  if (lid == 0i) {
    let v122_1: f32 = r1_0 * 0.015625f;
    let v123_1: f32 = v122_1 + 0.00001f;
    let v124_1: f32 = inverseSqrt(v123_1);
    t124[row] = v124_1;
  }
}
