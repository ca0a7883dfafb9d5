// kernel k25_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t218: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t233: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k25_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l218: f32 = t218[col];
    acc0_0 += l218;
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
    let l218_1: f32 = t218[col_1];
    let v220: f32 = r0_0 * 0.015625f;
    let v222: f32 = l218_1 - v220;
    let v223: f32 = v222 * v222;
    acc1_0 += v223;
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
    let l218_2: f32 = t218[col_2];
    let v220_1: f32 = r0_0 * 0.015625f;
    let v222_1: f32 = l218_2 - v220_1;
    let v225: f32 = r1_0 * 0.015625f;
    let v226: f32 = v225 + 0.00001f;
    let v227: f32 = inverseSqrt(v226);
    let v229: f32 = v222_1 * v227;
    let l230: f32 = p_ln_f_g[col_2];
    let v231: f32 = v229 * l230;
    let l232: f32 = p_ln_f_b[col_2];
    let v233: f32 = v231 + l232;
    t233[col_2] = v233;
  }
}
