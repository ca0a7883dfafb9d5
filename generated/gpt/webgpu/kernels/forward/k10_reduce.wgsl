// kernel k10_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t117: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t134: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k10_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l117: f32 = t117[row * 64i + col];
    acc0_0 += l117;
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
    let l117_1: f32 = t117[row * 64i + col_1];
    let v119: f32 = r0_0 * 0.015625f;
    let v121: f32 = l117_1 - v119;
    let v122: f32 = v121 * v121;
    acc1_0 += v122;
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
    let l117_2: f32 = t117[row * 64i + col_2];
    let v119_1: f32 = r0_0 * 0.015625f;
    let v121_1: f32 = l117_2 - v119_1;
    let v124: f32 = r1_0 * 0.015625f;
    let v125: f32 = v124 + 0.00001f;
    let v126: f32 = inverseSqrt(v125);
    let v128: f32 = v121_1 * v126;
    let l130: f32 = p_blocks_1_ln1_g[col_2];
    let v131: f32 = v128 * l130;
    let l133: f32 = p_blocks_1_ln1_b[col_2];
    let v134: f32 = v131 + l133;
    t134[row * 64i + col_2] = v134;
  }
}
