// kernel k9_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t105: array<f32>;
@group(0) @binding(1) var<storage, read_write> t109: array<f32>;
@group(0) @binding(2) var<storage, read_write> t116: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t122: array<f32>;
@group(0) @binding(6) var<storage, read_write> t114: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k9_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l105: f32 = t105[row * 64i + col];
    acc0_0 += l105;
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
    let l105_1: f32 = t105[row * 64i + col_1];
    let v107: f32 = r0_0 * 0.015625f;
    let v109: f32 = l105_1 - v107;
    let v110: f32 = v109 * v109;
    acc1_0 += v110;
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
    let l105_2: f32 = t105[row * 64i + col_2];
    let v107_1: f32 = r0_0 * 0.015625f;
    let v109_1: f32 = l105_2 - v107_1;
    t109[row * 64i + col_2] = v109_1;
    let v112: f32 = r1_0 * 0.015625f;
    let v113: f32 = v112 + 0.00001f;
    let v114: f32 = inverseSqrt(v113);
    let v116: f32 = v109_1 * v114;
    t116[row * 64i + col_2] = v116;
    let l118: f32 = p_blocks_0_ln2_g[col_2];
    let v119: f32 = v116 * l118;
    let l121: f32 = p_blocks_0_ln2_b[col_2];
    let v122: f32 = v119 + l121;
    t122[row * 64i + col_2] = v122;
  }
  if (lid == 0i) {
    let v112_1: f32 = r1_0 * 0.015625f;
    let v113_1: f32 = v112_1 + 0.00001f;
    let v114_1: f32 = inverseSqrt(v113_1);
    t114[row] = v114_1;
  }
}
