// kernel k33_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t205: array<f32>;
@group(0) @binding(1) var<storage, read_write> t209: array<f32>;
@group(0) @binding(2) var<storage, read_write> t216: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t222: array<f32>;
@group(0) @binding(6) var<storage, read_write> t214: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k33_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l205: f32 = t205[row * 64i + col];
    acc0_0 += l205;
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
    let l205_1: f32 = t205[row * 64i + col_1];
    let v207: f32 = r0_0 * 0.015625f;
    let v209: f32 = l205_1 - v207;
    let v210: f32 = v209 * v209;
    t209[row * 64i + col_1] = v209;
    acc1_0 += v210;
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
    let l205_2: f32 = t205[row * 64i + col_2];
    let v207_1: f32 = r0_0 * 0.015625f;
    let v209_1: f32 = l205_2 - v207_1;
    let v212: f32 = r1_0 * 0.015625f;
    let v213: f32 = v212 + 0.00001f;
    let v214: f32 = inverseSqrt(v213);
    let v216: f32 = v209_1 * v214;
    t216[row * 64i + col_2] = v216;
    let l218: f32 = p_blocks_1_ln2_g[col_2];
    let v219: f32 = v216 * l218;
    let l221: f32 = p_blocks_1_ln2_b[col_2];
    let v222: f32 = v219 + l221;
    t222[row * 64i + col_2] = v222;
  }
  if (lid == 0i) {
    let v212_1: f32 = r1_0 * 0.015625f;
    let v213_1: f32 = v212_1 + 0.00001f;
    let v214_1: f32 = inverseSqrt(v213_1);
    t214[row] = v214_1;
  }
}
