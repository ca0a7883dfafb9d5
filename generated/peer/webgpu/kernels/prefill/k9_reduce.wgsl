// kernel k9_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t87: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t104: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k9_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l87: f32 = t87[row * 64i + col];
    acc0_0 += l87;
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
    let l87_1: f32 = t87[row * 64i + col_1];
    let v89: f32 = r0_0 * 0.015625f;
    let v91: f32 = l87_1 - v89;
    let v92: f32 = v91 * v91;
    acc1_0 += v92;
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
    let l87_2: f32 = t87[row * 64i + col_2];
    let v89_1: f32 = r0_0 * 0.015625f;
    let v91_1: f32 = l87_2 - v89_1;
    let v94: f32 = r1_0 * 0.015625f;
    let v95: f32 = v94 + 0.00001f;
    let v96: f32 = inverseSqrt(v95);
    let v98: f32 = v91_1 * v96;
    let l100: f32 = p_blocks_0_ln2_g[col_2];
    let v101: f32 = v98 * l100;
    let l103: f32 = p_blocks_0_ln2_b[col_2];
    let v104: f32 = v101 + l103;
    t104[row * 64i + col_2] = v104;
  }
}
