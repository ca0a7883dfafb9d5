// kernel k23_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t194: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t211: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l194: f32 = t194[row * 64i + col];
    acc0_0 += l194;
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
    let l194_1: f32 = t194[row * 64i + col_1];
    let v196: f32 = r0_0 * 0.015625f;
    let v198: f32 = l194_1 - v196;
    let v199: f32 = v198 * v198;
    acc1_0 += v199;
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
    let l194_2: f32 = t194[row * 64i + col_2];
    let v196_1: f32 = r0_0 * 0.015625f;
    let v198_1: f32 = l194_2 - v196_1;
    let v201: f32 = r1_0 * 0.015625f;
    let v202: f32 = v201 + 0.00001f;
    let v203: f32 = inverseSqrt(v202);
    let v205: f32 = v198_1 * v203;
    let l207: f32 = p_ln_f_g[col_2];
    let v208: f32 = v205 * l207;
    let l210: f32 = p_ln_f_b[col_2];
    let v211: f32 = v208 + l210;
    t211[row * 64i + col_2] = v211;
  }
}
