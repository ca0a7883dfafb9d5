// kernel k45a_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t296: array<f32>;
@group(0) @binding(1) var<storage, read> t253: array<f32>;
@group(0) @binding(2) var<storage, read_write> t307: array<f32>;
@group(0) @binding(3) var<storage, read_write> t314: array<f32>;
@group(0) @binding(4) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t317: array<f32>;
@group(0) @binding(6) var<storage, read_write> t300_rows: array<f32>;
@group(0) @binding(7) var<storage, read_write> t312: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k45a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l299: f32 = t296[row / 64i * 64i + row % 64i * 1024i + col];
    let l253: f32 = t253[row * 64i + col];
    let v303: f32 = l253 + l299;
    acc0_0 += l299;
    acc0_1 += v303;
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
    let l253_1: f32 = t253[row * 64i + col_1];
    let l299_1: f32 = t296[row / 64i * 64i + row % 64i * 1024i + col_1];
    let v303_1: f32 = l253_1 + l299_1;
    let v305: f32 = r0_1 * 0.015625f;
    let v307: f32 = v303_1 - v305;
    let v308: f32 = v307 * v307;
    t307[row * 64i + col_1] = v307;
    acc1_0 += v308;
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
    let l253_2: f32 = t253[row * 64i + col_2];
    let l299_2: f32 = t296[row / 64i * 64i + row % 64i * 1024i + col_2];
    let v303_2: f32 = l253_2 + l299_2;
    let v305_1: f32 = r0_1 * 0.015625f;
    let v307_1: f32 = v303_2 - v305_1;
    let v310: f32 = r1_0 * 0.015625f;
    let v311: f32 = v310 + 0.00001f;
    let v312: f32 = inverseSqrt(v311);
    let v314: f32 = v307_1 * v312;
    t314[row * 64i + col_2] = v314;
    let l316: f32 = p_ln_out_g[col_2];
    let v317: f32 = v314 * l316;
    t317[row * 64i + col_2] = v317;
  }
  if (lid == 0i) {
    t300_rows[row] = r0_0;
    let v310_1: f32 = r1_0 * 0.015625f;
    let v311_1: f32 = v310_1 + 0.00001f;
    let v312_1: f32 = inverseSqrt(v311_1);
    t312[row] = v312_1;
  }
}
