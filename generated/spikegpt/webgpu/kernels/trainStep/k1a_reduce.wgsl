// kernel k1a_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t47: array<f32>;
@group(0) @binding(1) var<storage, read_write> t58: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln0_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t66: array<f32>;
@group(0) @binding(5) var<storage, read_write> t72: array<f32>;
@group(0) @binding(6) var<storage, read_write> t76: array<f32>;
@group(0) @binding(7) var<storage, read_write> t64: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l47: f32 = t47[row * 64i + col];
    acc0_0 += l47;
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
    let l47_1: f32 = t47[row * 64i + col_1];
    let v56: f32 = r0_0 * 0.015625f;
    let v58: f32 = l47_1 - v56;
    let v59: f32 = v58 * v58;
    t58[row * 64i + col_1] = v58;
    acc1_0 += v59;
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
  workgroupBarrier();
  var acc2_0: f32 = 0.0f;
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l47_2: f32 = t47[row * 64i + col_2];
    let v56_1: f32 = r0_0 * 0.015625f;
    let v58_1: f32 = l47_2 - v56_1;
    let v61: f32 = r1_0 * 0.015625f;
    let v63: f32 = v61 + 0.00001f;
    let v64: f32 = inverseSqrt(v63);
    let v66: f32 = v58_1 * v64;
    let l68: f32 = p_ln0_g[col_2];
    let v69: f32 = v66 * l68;
    let l71: f32 = p_ln0_b[col_2];
    let v72: f32 = v69 + l71;
    t66[row * 64i + col_2] = v66;
    t72[row * 64i + col_2] = v72;
    acc2_0 += v72;
  }
  partial0[lid] = acc2_0;
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
  let r2_0: f32 = partial0[0i];
  for (var col_3: i32 = lid; col_3 < 64i; col_3 += 64i) {
    let l47_3: f32 = t47[row * 64i + col_3];
    let v56_2: f32 = r0_0 * 0.015625f;
    let v58_2: f32 = l47_3 - v56_2;
    let v61_1: f32 = r1_0 * 0.015625f;
    let v63_1: f32 = v61_1 + 0.00001f;
    let v64_1: f32 = inverseSqrt(v63_1);
    let v66_1: f32 = v58_2 * v64_1;
    let l68_1: f32 = p_ln0_g[col_3];
    let v69_1: f32 = v66_1 * l68_1;
    let l71_1: f32 = p_ln0_b[col_3];
    let v72_1: f32 = v69_1 + l71_1;
    let v74: f32 = r2_0 * 0.015625f;
    let v76: f32 = v72_1 - v74;
    t76[row * 64i + col_3] = v76;
  }
  if (lid == 0i) {
    let v61_2: f32 = r1_0 * 0.015625f;
    let v63_2: f32 = v61_2 + 0.00001f;
    let v64_2: f32 = inverseSqrt(v63_2);
    t64[row] = v64_2;
  }
}
