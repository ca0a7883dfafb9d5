// kernel k20_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t149: array<f32>;
@group(0) @binding(1) var<storage, read_write> t153: array<f32>;
@group(0) @binding(2) var<storage, read_write> t160: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t166: array<f32>;
@group(0) @binding(6) var<storage, read_write> t158: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k20_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l149: f32 = t149[row * 64i + col];
    acc0_0 += l149;
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
    let l149_1: f32 = t149[row * 64i + col_1];
    let v151: f32 = r0_0 * 0.015625f;
    let v153: f32 = l149_1 - v151;
    let v154: f32 = v153 * v153;
    t153[row * 64i + col_1] = v153;
    acc1_0 += v154;
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
    let l149_2: f32 = t149[row * 64i + col_2];
    let v151_1: f32 = r0_0 * 0.015625f;
    let v153_1: f32 = l149_2 - v151_1;
    let v156: f32 = r1_0 * 0.015625f;
    let v157: f32 = v156 + 0.00001f;
    let v158: f32 = inverseSqrt(v157);
    let v160: f32 = v153_1 * v158;
    t160[row * 64i + col_2] = v160;
    let l162: f32 = p_blocks_1_ln1_g[col_2];
    let v163: f32 = v160 * l162;
    let l165: f32 = p_blocks_1_ln1_b[col_2];
    let v166: f32 = v163 + l165;
    t166[row * 64i + col_2] = v166;
  }
  if (lid == 0i) {
    let v156_1: f32 = r1_0 * 0.015625f;
    let v157_1: f32 = v156_1 + 0.00001f;
    let v158_1: f32 = inverseSqrt(v157_1);
    t158[row] = v158_1;
  }
}
