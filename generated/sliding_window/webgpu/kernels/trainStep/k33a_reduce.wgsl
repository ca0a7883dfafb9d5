// kernel k33a_reduce (compiler/std/functional.loom:33:18)
@group(0) @binding(0) var<storage, read> t205: array<f32>;
@group(0) @binding(1) var<storage, read> in_targets: array<f32>;
@group(0) @binding(2) var<storage, read_write> t237: array<f32>;
@group(0) @binding(3) var<storage, read_write> t222: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k33a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l205: f32 = t205[row * 256i + col];
    let l209: f32 = f32(col);
    let l210: f32 = in_targets[row];
    let v211: bool = l209 == l210;
    let v231: f32 = select(0.0f, -0.0009765625f, v211);
    let v232: f32 = -v231;
    acc0_0 = max(acc0_0, l205);
    acc0_1 += v232;
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
    let l205_1: f32 = t205[row * 256i + col_1];
    let v214: f32 = l205_1 - r0_0;
    let v215: f32 = exp(v214);
    acc1_0 += v215;
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
    let l209_1: f32 = f32(col_2);
    let l210_1: f32 = in_targets[row];
    let v211_1: bool = l209_1 == l210_1;
    let l205_2: f32 = t205[row * 256i + col_2];
    let v214_1: f32 = l205_2 - r0_0;
    let v217: f32 = log(r1_0);
    let v219: f32 = v214_1 - v217;
    let v221: f32 = select(0.0f, v219, v211_1);
    acc2_0 += v221;
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
    let l209_2: f32 = f32(col_3);
    let l210_2: f32 = in_targets[row];
    let v211_2: bool = l209_2 == l210_2;
    let v231_1: f32 = select(0.0f, -0.0009765625f, v211_2);
    let v234: f32 = r0_1 / r1_0;
    let l205_3: f32 = t205[row * 256i + col_3];
    let v214_2: f32 = l205_3 - r0_0;
    let v215_1: f32 = exp(v214_2);
    let v236: f32 = v234 * v215_1;
    let v237: f32 = v231_1 + v236;
    t237[row * 256i + col_3] = v237;
  }
  if (lid == 0i) {
    t222[row] = r2_0;
  }
}
