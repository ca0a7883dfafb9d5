// kernel k36a_reduce (compiler/std/spiking.loom:89:26)
@group(0) @binding(0) var<storage, read> t229: array<f32>;
@group(0) @binding(1) var<storage, read_write> t248: array<f32>;
@group(0) @binding(2) var<storage, read_write> t240_rows: array<f32>;
@group(0) @binding(3) var<storage, read_write> t245_rows: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k36a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 176i; col += 256i) {
    let l229: f32 = t229[row * 176i + col];
    let v230: f32 = abs(l229);
    acc0_0 += v230;
  }
  partial0[lid] = acc0_0;
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
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  var acc1_1: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 176i; col_1 += 256i) {
    let l229_1: f32 = t229[row * 176i + col_1];
    let v232: f32 = r0_0 * 0.0056818184f;
    let v233: f32 = v232 / 2.0f;
    let v234: f32 = v233 + 0.000001f;
    let v236: f32 = l229_1 / v234;
    let v237: f32 = v236 + 0.5f;
    let v238: f32 = floor(v237);
    let v239: f32 = abs(v238);
    let v243: bool = v238 == 0.0f;
    let v244: f32 = f32(v243);
    let v248: f32 = v238 * v234;
    t248[row * 176i + col_1] = v248;
    acc1_0 += v239;
    acc1_1 += v244;
  }
  partial0[lid] = acc1_0;
  partial1[lid] = acc1_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
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
  let r1_0: f32 = partial0[0i];
  let r1_1: f32 = partial1[0i];
  if (lid == 0i) {
    t240_rows[row] = r1_0;
    t245_rows[row] = r1_1;
  }
}
