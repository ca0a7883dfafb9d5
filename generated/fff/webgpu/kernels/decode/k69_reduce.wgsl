// kernel k69_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t387: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t402: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k69_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l387: f32 = t387[col];
    acc0_0 += l387;
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
    let l387_1: f32 = t387[col_1];
    let v389: f32 = r0_0 * 0.015625f;
    let v391: f32 = l387_1 - v389;
    let v392: f32 = v391 * v391;
    acc1_0 += v392;
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
    let l387_2: f32 = t387[col_2];
    let v389_1: f32 = r0_0 * 0.015625f;
    let v391_1: f32 = l387_2 - v389_1;
    let v394: f32 = r1_0 * 0.015625f;
    let v395: f32 = v394 + 0.00001f;
    let v396: f32 = inverseSqrt(v395);
    let v398: f32 = v391_1 * v396;
    let l399: f32 = p_ln_f_g[col_2];
    let v400: f32 = v398 * l399;
    let l401: f32 = p_ln_f_b[col_2];
    let v402: f32 = v400 + l401;
    t402[col_2] = v402;
  }
}
