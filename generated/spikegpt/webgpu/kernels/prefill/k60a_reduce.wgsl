// kernel k60a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t330: array<f32>;
@group(0) @binding(1) var<storage, read> t284: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t356: array<f32>;
@group(0) @binding(5) var<storage, read_write> t336_rows: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k60a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l335: f32 = t330[row * 64i + col];
    let l284: f32 = t284[row * 64i + col];
    let v339: f32 = l284 + l335;
    acc0_0 += l335;
    acc0_1 += v339;
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
    let l284_1: f32 = t284[row * 64i + col_1];
    let l335_1: f32 = t330[row * 64i + col_1];
    let v339_1: f32 = l284_1 + l335_1;
    let v341: f32 = r0_1 * 0.015625f;
    let v343: f32 = v339_1 - v341;
    let v344: f32 = v343 * v343;
    acc1_0 += v344;
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
    let l284_2: f32 = t284[row * 64i + col_2];
    let l335_2: f32 = t330[row * 64i + col_2];
    let v339_2: f32 = l284_2 + l335_2;
    let v341_1: f32 = r0_1 * 0.015625f;
    let v343_1: f32 = v339_2 - v341_1;
    let v346: f32 = r1_0 * 0.015625f;
    let v347: f32 = v346 + 0.00001f;
    let v348: f32 = inverseSqrt(v347);
    let v350: f32 = v343_1 * v348;
    let l352: f32 = p_ln_out_g[col_2];
    let v353: f32 = v350 * l352;
    let l355: f32 = p_ln_out_b[col_2];
    let v356: f32 = v353 + l355;
    t356[row * 64i + col_2] = v356;
  }
  if (lid == 0i) {
    t336_rows[row] = r0_0;
  }
}
