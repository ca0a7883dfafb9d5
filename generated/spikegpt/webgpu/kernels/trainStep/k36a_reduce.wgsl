// kernel k36a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t246: array<f32>;
@group(0) @binding(1) var<storage, read> t191: array<f32>;
@group(0) @binding(2) var<storage, read_write> t253: array<f32>;
@group(0) @binding(3) var<storage, read_write> t257: array<f32>;
@group(0) @binding(4) var<storage, read_write> t264: array<f32>;
@group(0) @binding(5) var<storage, read_write> t250_rows: array<f32>;
@group(0) @binding(6) var<storage, read_write> t262: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k36a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l249: f32 = t246[row / 64i * 64i + row % 64i * 1024i + col];
    let l191: f32 = t191[row * 64i + col];
    let v253: f32 = l191 + l249;
    t253[row * 64i + col] = v253;
    acc0_0 += l249;
    acc0_1 += v253;
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
    let l191_1: f32 = t191[row * 64i + col_1];
    let l249_1: f32 = t246[row / 64i * 64i + row % 64i * 1024i + col_1];
    let v253_1: f32 = l191_1 + l249_1;
    let v255: f32 = r0_1 * 0.015625f;
    let v257: f32 = v253_1 - v255;
    let v258: f32 = v257 * v257;
    t257[row * 64i + col_1] = v257;
    acc1_0 += v258;
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
    let l191_2: f32 = t191[row * 64i + col_2];
    let l249_2: f32 = t246[row / 64i * 64i + row % 64i * 1024i + col_2];
    let v253_2: f32 = l191_2 + l249_2;
    let v255_1: f32 = r0_1 * 0.015625f;
    let v257_1: f32 = v253_2 - v255_1;
    let v260: f32 = r1_0 * 0.015625f;
    let v261: f32 = v260 + 0.00001f;
    let v262: f32 = inverseSqrt(v261);
    let v264: f32 = v257_1 * v262;
    t264[row * 64i + col_2] = v264;
  }
  if (lid == 0i) {
    t250_rows[row] = r0_0;
    let v260_1: f32 = r1_0 * 0.015625f;
    let v261_1: f32 = v260_1 + 0.00001f;
    let v262_1: f32 = inverseSqrt(v261_1);
    t262[row] = v262_1;
  }
}
