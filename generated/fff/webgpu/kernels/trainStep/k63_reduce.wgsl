// kernel k63_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t364: array<f32>;
@group(0) @binding(1) var<storage, read_write> t368: array<f32>;
@group(0) @binding(2) var<storage, read_write> t375: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t381: array<f32>;
@group(0) @binding(6) var<storage, read_write> t373: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k63_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l364: f32 = t364[row * 64i + col];
    acc0_0 += l364;
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
    let l364_1: f32 = t364[row * 64i + col_1];
    let v366: f32 = r0_0 * 0.015625f;
    let v368: f32 = l364_1 - v366;
    let v369: f32 = v368 * v368;
    t368[row * 64i + col_1] = v368;
    acc1_0 += v369;
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
    let l364_2: f32 = t364[row * 64i + col_2];
    let v366_1: f32 = r0_0 * 0.015625f;
    let v368_1: f32 = l364_2 - v366_1;
    let v371: f32 = r1_0 * 0.015625f;
    let v372: f32 = v371 + 0.00001f;
    let v373: f32 = inverseSqrt(v372);
    let v375: f32 = v368_1 * v373;
    t375[row * 64i + col_2] = v375;
    let l377: f32 = p_ln_f_g[col_2];
    let v378: f32 = v375 * l377;
    let l380: f32 = p_ln_f_b[col_2];
    let v381: f32 = v378 + l380;
    t381[row * 64i + col_2] = v381;
  }
  if (lid == 0i) {
    let v371_1: f32 = r1_0 * 0.015625f;
    let v372_1: f32 = v371_1 + 0.00001f;
    let v373_1: f32 = inverseSqrt(v372_1);
    t373[row] = v373_1;
  }
}
