// kernel k21_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t154: array<f32>;
@group(0) @binding(1) var<storage, read_write> t161: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t164: array<f32>;
@group(0) @binding(4) var<storage, read_write> t159: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k21_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l154: f32 = t154[row * 64i + col];
    let v155: f32 = l154 * l154;
    acc0_0 += v155;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l154_1: f32 = t154[row * 64i + col_1];
    let v157: f32 = r0_0 * 0.015625f;
    let v158: f32 = v157 + 0.00001f;
    let v159: f32 = inverseSqrt(v158);
    let v161: f32 = l154_1 * v159;
    t161[row * 64i + col_1] = v161;
    let l163: f32 = p_norm_g[col_1];
    let v164: f32 = v161 * l163;
    t164[row * 64i + col_1] = v164;
  }
  if (lid == 0i) {
    let v157_1: f32 = r0_0 * 0.015625f;
    let v158_1: f32 = v157_1 + 0.00001f;
    let v159_1: f32 = inverseSqrt(v158_1);
    t159[row] = v159_1;
  }
}
