// kernel k21_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t167: array<f32>;
@group(0) @binding(1) var<storage, read_write> t171: array<f32>;
@group(0) @binding(2) var<storage, read_write> t178: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t184: array<f32>;
@group(0) @binding(6) var<storage, read_write> t176: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k21_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l167: f32 = t167[row * 64i + col];
    acc0_0 += l167;
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
    let l167_1: f32 = t167[row * 64i + col_1];
    let v169: f32 = r0_0 * 0.015625f;
    let v171: f32 = l167_1 - v169;
    let v172: f32 = v171 * v171;
    t171[row * 64i + col_1] = v171;
    acc1_0 += v172;
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
    let l167_2: f32 = t167[row * 64i + col_2];
    let v169_1: f32 = r0_0 * 0.015625f;
    let v171_1: f32 = l167_2 - v169_1;
    let v174: f32 = r1_0 * 0.015625f;
    let v175: f32 = v174 + 0.00001f;
    let v176: f32 = inverseSqrt(v175);
    let v178: f32 = v171_1 * v176;
    t178[row * 64i + col_2] = v178;
    let l180: f32 = p_blocks_1_ln1_g[col_2];
    let v181: f32 = v178 * l180;
    let l183: f32 = p_blocks_1_ln1_b[col_2];
    let v184: f32 = v181 + l183;
    t184[row * 64i + col_2] = v184;
  }
  if (lid == 0i) {
    let v174_1: f32 = r1_0 * 0.015625f;
    let v175_1: f32 = v174_1 + 0.00001f;
    let v176_1: f32 = inverseSqrt(v175_1);
    t176[row] = v176_1;
  }
}
