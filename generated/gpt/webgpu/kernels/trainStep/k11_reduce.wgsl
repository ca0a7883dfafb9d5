// kernel k11_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t120: array<f32>;
@group(0) @binding(1) var<storage, read_write> t124: array<f32>;
@group(0) @binding(2) var<storage, read_write> t131: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t137: array<f32>;
@group(0) @binding(6) var<storage, read_write> t129: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k11_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l120: f32 = t120[row * 64i + col];
    acc0_0 += l120;
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
    let l120_1: f32 = t120[row * 64i + col_1];
    let v122: f32 = r0_0 * 0.015625f;
    let v124: f32 = l120_1 - v122;
    let v125: f32 = v124 * v124;
    acc1_0 += v125;
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
    let l120_2: f32 = t120[row * 64i + col_2];
    let v122_1: f32 = r0_0 * 0.015625f;
    let v124_1: f32 = l120_2 - v122_1;
    t124[row * 64i + col_2] = v124_1;
    let v127: f32 = r1_0 * 0.015625f;
    let v128: f32 = v127 + 0.00001f;
    let v129: f32 = inverseSqrt(v128);
    let v131: f32 = v124_1 * v129;
    t131[row * 64i + col_2] = v131;
    let l133: f32 = p_blocks_1_ln1_g[col_2];
    let v134: f32 = v131 * l133;
    let l136: f32 = p_blocks_1_ln1_b[col_2];
    let v137: f32 = v134 + l136;
    t137[row * 64i + col_2] = v137;
  }
  if (lid == 0i) {
    let v127_1: f32 = r1_0 * 0.015625f;
    let v128_1: f32 = v127_1 + 0.00001f;
    let v129_1: f32 = inverseSqrt(v128_1);
    t129[row] = v129_1;
  }
}
