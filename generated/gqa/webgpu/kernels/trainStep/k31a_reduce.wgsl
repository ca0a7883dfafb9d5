// kernel k31a_reduce (compiler/std/functional.loom:33:18)
@group(0) @binding(0) var<storage, read> t203: array<f32>;
@group(0) @binding(1) var<storage, read> in_targets: array<f32>;
@group(0) @binding(2) var<storage, read_write> t235: array<f32>;
@group(0) @binding(3) var<storage, read_write> t220: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k31a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l203: f32 = t203[row * 256i + col];
    let l207: f32 = f32(col);
    let l208: f32 = in_targets[row];
    let v209: bool = l207 == l208;
    let v229: f32 = select(0.0f, -0.0009765625f, v209);
    let v230: f32 = -v229;
    acc0_0 = max(acc0_0, l203);
    acc0_1 += v230;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 128i]);
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 64i]);
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 32i]);
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 16i]);
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 8i]);
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 4i]);
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 2i]);
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 1i]);
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 256i; col_1 += 256i) {
    let l203_1: f32 = t203[row * 256i + col_1];
    let v212: f32 = l203_1 - r0_0;
    let v213: f32 = exp(v212);
    acc1_0 += v213;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  workgroupBarrier();
  var acc2_0: f32 = 0.0f;
  for (var col_2: i32 = lid; col_2 < 256i; col_2 += 256i) {
    let l207_1: f32 = f32(col_2);
    let l208_1: f32 = in_targets[row];
    let v209_1: bool = l207_1 == l208_1;
    let l203_2: f32 = t203[row * 256i + col_2];
    let v212_1: f32 = l203_2 - r0_0;
    let v215: f32 = log(r1_0);
    let v217: f32 = v212_1 - v215;
    let v219: f32 = select(0.0f, v217, v209_1);
    acc2_0 += v219;
  }
  partial0[lid] = acc2_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  let r2_0: f32 = partial0[0i];
  for (var col_3: i32 = lid; col_3 < 256i; col_3 += 256i) {
    let l207_2: f32 = f32(col_3);
    let l208_2: f32 = in_targets[row];
    let v209_2: bool = l207_2 == l208_2;
    let v229_1: f32 = select(0.0f, -0.0009765625f, v209_2);
    let v232: f32 = r0_1 / r1_0;
    let l203_3: f32 = t203[row * 256i + col_3];
    let v212_2: f32 = l203_3 - r0_0;
    let v213_1: f32 = exp(v212_2);
    let v234: f32 = v232 * v213_1;
    let v235: f32 = v229_1 + v234;
    t235[row * 256i + col_3] = v235;
  }
  if (lid == 0i) {
    t220[row] = r2_0;
  }
}
