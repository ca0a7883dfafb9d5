// kernel k7_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t79: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t96: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k7_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l79: f32 = t79[row * 64i + col];
    acc0_0 += l79;
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
    let l79_1: f32 = t79[row * 64i + col_1];
    let v81: f32 = r0_0 * 0.015625f;
    let v83: f32 = l79_1 - v81;
    let v84: f32 = v83 * v83;
    acc1_0 += v84;
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
    let l79_2: f32 = t79[row * 64i + col_2];
    let v81_1: f32 = r0_0 * 0.015625f;
    let v83_1: f32 = l79_2 - v81_1;
    let v86: f32 = r1_0 * 0.015625f;
    let v87: f32 = v86 + 0.00001f;
    let v88: f32 = inverseSqrt(v87);
    let v90: f32 = v83_1 * v88;
    let l92: f32 = p_blocks_0_ln2_g[col_2];
    let v93: f32 = v90 * l92;
    let l95: f32 = p_blocks_0_ln2_b[col_2];
    let v96: f32 = v93 + l95;
    t96[row * 64i + col_2] = v96;
  }
}
