// kernel k31a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t199: array<f32>;
@group(0) @binding(1) var<storage, read> t152: array<f32>;
@group(0) @binding(2) var<storage, read_write> t208: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t225: array<f32>;
@group(0) @binding(6) var<storage, read_write> t205_rows: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k31a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l204: f32 = t199[row * 64i + col];
    let l152: f32 = t152[row * 64i + col];
    let v208: f32 = l152 + l204;
    t208[row * 64i + col] = v208;
    acc0_0 += l204;
    acc0_1 += v208;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l152_1: f32 = t152[row * 64i + col_1];
    let l204_1: f32 = t199[row * 64i + col_1];
    let v208_1: f32 = l152_1 + l204_1;
    let v210: f32 = r0_1 * 0.015625f;
    let v212: f32 = v208_1 - v210;
    let v213: f32 = v212 * v212;
    acc1_0 += v213;
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
    let l152_2: f32 = t152[row * 64i + col_2];
    let l204_2: f32 = t199[row * 64i + col_2];
    let v208_2: f32 = l152_2 + l204_2;
    let v210_1: f32 = r0_1 * 0.015625f;
    let v212_1: f32 = v208_2 - v210_1;
    let v215: f32 = r1_0 * 0.015625f;
    let v216: f32 = v215 + 0.00001f;
    let v217: f32 = inverseSqrt(v216);
    let v219: f32 = v212_1 * v217;
    let l221: f32 = p_blocks_1_ln1_g[col_2];
    let v222: f32 = v219 * l221;
    let l224: f32 = p_blocks_1_ln1_b[col_2];
    let v225: f32 = v222 + l224;
    t225[row * 64i + col_2] = v225;
  }
  if (lid == 0i) {
    t205_rows[row] = r0_0;
  }
}
