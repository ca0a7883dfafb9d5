// kernel k19_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t192: array<f32>;
@group(0) @binding(1) var<storage, read_write> t196: array<f32>;
@group(0) @binding(2) var<storage, read_write> t203: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_ln_f_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t209: array<f32>;
@group(0) @binding(6) var<storage, read_write> t201: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k19_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l192: f32 = t192[row * 64i + col];
    acc0_0 += l192;
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
    let l192_1: f32 = t192[row * 64i + col_1];
    let v194: f32 = r0_0 * 0.015625f;
    let v196: f32 = l192_1 - v194;
    let v197: f32 = v196 * v196;
    t196[row * 64i + col_1] = v196;
    acc1_0 += v197;
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
    let l192_2: f32 = t192[row * 64i + col_2];
    let v194_1: f32 = r0_0 * 0.015625f;
    let v196_1: f32 = l192_2 - v194_1;
    let v199: f32 = r1_0 * 0.015625f;
    let v200: f32 = v199 + 0.00001f;
    let v201: f32 = inverseSqrt(v200);
    let v203: f32 = v196_1 * v201;
    t203[row * 64i + col_2] = v203;
    let l205: f32 = p_ln_f_g[col_2];
    let v206: f32 = v203 * l205;
    let l208: f32 = p_ln_f_b[col_2];
    let v209: f32 = v206 + l208;
    t209[row * 64i + col_2] = v209;
  }
  if (lid == 0i) {
    let v199_1: f32 = r1_0 * 0.015625f;
    let v200_1: f32 = v199_1 + 0.00001f;
    let v201_1: f32 = inverseSqrt(v200_1);
    t201[row] = v201_1;
  }
}
