// kernel k20_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t189: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t206: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k20_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l189: f32 = t189[row * 64i + col];
    acc0_0 += l189;
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
    let l189_1: f32 = t189[row * 64i + col_1];
    let v191: f32 = r0_0 * 0.015625f;
    let v193: f32 = l189_1 - v191;
    let v194: f32 = v193 * v193;
    acc1_0 += v194;
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
    let l189_2: f32 = t189[row * 64i + col_2];
    let v191_1: f32 = r0_0 * 0.015625f;
    let v193_1: f32 = l189_2 - v191_1;
    let v196: f32 = r1_0 * 0.015625f;
    let v197: f32 = v196 + 0.00001f;
    let v198: f32 = inverseSqrt(v197);
    let v200: f32 = v193_1 * v198;
    let l202: f32 = p_blocks_1_ln2_g[col_2];
    let v203: f32 = v200 * l202;
    let l205: f32 = p_blocks_1_ln2_b[col_2];
    let v206: f32 = v203 + l205;
    t206[row * 64i + col_2] = v206;
  }
}
