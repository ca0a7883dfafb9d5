// kernel k31a_reduce (compiler/std/functional.loom:33:18)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> in_targets: array<f32>;
@group(0) @binding(2) var<storage, read_write> t233: array<f32>;
@group(0) @binding(3) var<storage, read_write> t218: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k31a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 256i; col += 256i) {
    let l201: f32 = t201[row * 256i + col];
    let l205: f32 = f32(col);
    let l206: f32 = in_targets[row];
    let v207: bool = l205 == l206;
    let v227: f32 = select(0.0f, -0.0009765625f, v207);
    let v228: f32 = -v227;
    acc0_0 = max(acc0_0, l201);
    acc0_1 += v228;
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
    let l201_1: f32 = t201[row * 256i + col_1];
    let v210: f32 = l201_1 - r0_0;
    let v211: f32 = exp(v210);
    acc1_0 += v211;
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
    let l205_1: f32 = f32(col_2);
    let l206_1: f32 = in_targets[row];
    let v207_1: bool = l205_1 == l206_1;
    let l201_2: f32 = t201[row * 256i + col_2];
    let v210_1: f32 = l201_2 - r0_0;
    let v213: f32 = log(r1_0);
    let v215: f32 = v210_1 - v213;
    let v217: f32 = select(0.0f, v215, v207_1);
    acc2_0 += v217;
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
    let l205_2: f32 = f32(col_3);
    let l206_2: f32 = in_targets[row];
    let v207_2: bool = l205_2 == l206_2;
    let v227_1: f32 = select(0.0f, -0.0009765625f, v207_2);
    let v230: f32 = r0_1 / r1_0;
    let l201_3: f32 = t201[row * 256i + col_3];
    let v210_2: f32 = l201_3 - r0_0;
    let v211_1: f32 = exp(v210_2);
    let v232: f32 = v230 * v211_1;
    let v233: f32 = v227_1 + v232;
    t233[row * 256i + col_3] = v233;
  }
  if (lid == 0i) {
    t218[row] = r2_0;
  }
}
