// kernel k1a_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t44: array<f32>;
@group(0) @binding(1) var<storage, read_write> t49: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln0_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t57: array<f32>;
@group(0) @binding(5) var<storage, read_write> t63: array<f32>;
@group(0) @binding(6) var<storage, read_write> t67: array<f32>;
@group(0) @binding(7) var<storage, read_write> t55: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l44: f32 = t44[row * 64i + col];
    acc0_0 += l44;
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
    let l44_1: f32 = t44[row * 64i + col_1];
    let v47: f32 = r0_0 * 0.015625f;
    let v49: f32 = l44_1 - v47;
    let v50: f32 = v49 * v49;
    t49[row * 64i + col_1] = v49;
    acc1_0 += v50;
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
    let l44_2: f32 = t44[row * 64i + col_2];
    let v47_1: f32 = r0_0 * 0.015625f;
    let v49_1: f32 = l44_2 - v47_1;
    let v52: f32 = r1_0 * 0.015625f;
    let v54: f32 = v52 + 0.00001f;
    let v55: f32 = inverseSqrt(v54);
    let v57: f32 = v49_1 * v55;
    let l59: f32 = p_ln0_g[col_2];
    let v60: f32 = v57 * l59;
    let l62: f32 = p_ln0_b[col_2];
    let v63: f32 = v60 + l62;
    t57[row * 64i + col_2] = v57;
    t63[row * 64i + col_2] = v63;
    acc2_0 += v63;
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
    let l44_3: f32 = t44[row * 64i + col_3];
    let v47_2: f32 = r0_0 * 0.015625f;
    let v49_2: f32 = l44_3 - v47_2;
    let v52_1: f32 = r1_0 * 0.015625f;
    let v54_1: f32 = v52_1 + 0.00001f;
    let v55_1: f32 = inverseSqrt(v54_1);
    let v57_1: f32 = v49_2 * v55_1;
    let l59_1: f32 = p_ln0_g[col_3];
    let v60_1: f32 = v57_1 * l59_1;
    let l62_1: f32 = p_ln0_b[col_3];
    let v63_1: f32 = v60_1 + l62_1;
    let v65: f32 = r2_0 * 0.015625f;
    let v67: f32 = v63_1 - v65;
    t67[row * 64i + col_3] = v67;
  }
  if (lid == 0i) {
    let v52_2: f32 = r1_0 * 0.015625f;
    let v54_2: f32 = v52_2 + 0.00001f;
    let v55_2: f32 = inverseSqrt(v54_2);
    t55[row] = v55_2;
  }
}
