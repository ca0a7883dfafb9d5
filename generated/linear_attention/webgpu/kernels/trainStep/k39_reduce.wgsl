// kernel k39_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t241: array<f32>;
@group(0) @binding(1) var<storage, read_write> t245: array<f32>;
@group(0) @binding(2) var<storage, read_write> t252: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t258: array<f32>;
@group(0) @binding(6) var<storage, read_write> t250: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k39_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l241: f32 = t241[row * 64i + col];
    acc0_0 += l241;
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
    let l241_1: f32 = t241[row * 64i + col_1];
    let v243: f32 = r0_0 * 0.015625f;
    let v245: f32 = l241_1 - v243;
    let v246: f32 = v245 * v245;
    t245[row * 64i + col_1] = v245;
    acc1_0 += v246;
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
    let l241_2: f32 = t241[row * 64i + col_2];
    let v243_1: f32 = r0_0 * 0.015625f;
    let v245_1: f32 = l241_2 - v243_1;
    let v248: f32 = r1_0 * 0.015625f;
    let v249: f32 = v248 + 0.00001f;
    let v250: f32 = inverseSqrt(v249);
    let v252: f32 = v245_1 * v250;
    t252[row * 64i + col_2] = v252;
    let l254: f32 = p_ln_f_g[col_2];
    let v255: f32 = v252 * l254;
    let l257: f32 = p_ln_f_b[col_2];
    let v258: f32 = v255 + l257;
    t258[row * 64i + col_2] = v258;
  }
  if (lid == 0i) {
    let v248_1: f32 = r1_0 * 0.015625f;
    let v249_1: f32 = v248_1 + 0.00001f;
    let v250_1: f32 = inverseSqrt(v249_1);
    t250[row] = v250_1;
  }
}
