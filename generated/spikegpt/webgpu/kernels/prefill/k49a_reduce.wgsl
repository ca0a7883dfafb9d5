// kernel k49a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t275: array<f32>;
@group(0) @binding(1) var<storage, read> t208: array<f32>;
@group(0) @binding(2) var<storage, read_write> t284: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t301: array<f32>;
@group(0) @binding(6) var<storage, read_write> t281_rows: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k49a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l280: f32 = t275[row * 64i + col];
    let l208: f32 = t208[row * 64i + col];
    let v284: f32 = l208 + l280;
    t284[row * 64i + col] = v284;
    acc0_0 += l280;
    acc0_1 += v284;
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
    let l208_1: f32 = t208[row * 64i + col_1];
    let l280_1: f32 = t275[row * 64i + col_1];
    let v284_1: f32 = l208_1 + l280_1;
    let v286: f32 = r0_1 * 0.015625f;
    let v288: f32 = v284_1 - v286;
    let v289: f32 = v288 * v288;
    acc1_0 += v289;
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
    let l208_2: f32 = t208[row * 64i + col_2];
    let l280_2: f32 = t275[row * 64i + col_2];
    let v284_2: f32 = l208_2 + l280_2;
    let v286_1: f32 = r0_1 * 0.015625f;
    let v288_1: f32 = v284_2 - v286_1;
    let v291: f32 = r1_0 * 0.015625f;
    let v292: f32 = v291 + 0.00001f;
    let v293: f32 = inverseSqrt(v292);
    let v295: f32 = v288_1 * v293;
    let l297: f32 = p_blocks_1_ln2_g[col_2];
    let v298: f32 = v295 * l297;
    let l300: f32 = p_blocks_1_ln2_b[col_2];
    let v301: f32 = v298 + l300;
    t301[row * 64i + col_2] = v301;
  }
  if (lid == 0i) {
    t281_rows[row] = r0_0;
  }
}
