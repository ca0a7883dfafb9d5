// kernel k1_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t46: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln0_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t63: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(6) var<storage, read_write> t78: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l46: f32 = t46[col];
    acc0_0 += l46;
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
    let l46_1: f32 = t46[col_1];
    let v49: f32 = r0_0 * 0.015625f;
    let v51: f32 = l46_1 - v49;
    let v52: f32 = v51 * v51;
    acc1_0 += v52;
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
    let l46_2: f32 = t46[col_2];
    let v49_1: f32 = r0_0 * 0.015625f;
    let v51_1: f32 = l46_2 - v49_1;
    let v54: f32 = r1_0 * 0.015625f;
    let v56: f32 = v54 + 0.00001f;
    let v57: f32 = inverseSqrt(v56);
    let v59: f32 = v51_1 * v57;
    let l60: f32 = p_ln0_g[col_2];
    let v61: f32 = v59 * l60;
    let l62: f32 = p_ln0_b[col_2];
    let v63: f32 = v61 + l62;
    t63[col_2] = v63;
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
  workgroupBarrier();
  var acc3_0: f32 = 0.0f;
  for (var col_3: i32 = lid; col_3 < 64i; col_3 += 64i) {
    let l46_3: f32 = t46[col_3];
    let v49_2: f32 = r0_0 * 0.015625f;
    let v51_2: f32 = l46_3 - v49_2;
    let v54_1: f32 = r1_0 * 0.015625f;
    let v56_1: f32 = v54_1 + 0.00001f;
    let v57_1: f32 = inverseSqrt(v56_1);
    let v59_1: f32 = v51_2 * v57_1;
    let l60_1: f32 = p_ln0_g[col_3];
    let v61_1: f32 = v59_1 * l60_1;
    let l62_1: f32 = p_ln0_b[col_3];
    let v63_1: f32 = v61_1 + l62_1;
    let v65: f32 = r2_0 * 0.015625f;
    let v67: f32 = v63_1 - v65;
    let v68: f32 = v67 * v67;
    acc3_0 += v68;
  }
  partial0[lid] = acc3_0;
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
  let r3_0: f32 = partial0[0i];
  for (var col_4: i32 = lid; col_4 < 64i; col_4 += 64i) {
    let l46_4: f32 = t46[col_4];
    let v49_3: f32 = r0_0 * 0.015625f;
    let v51_3: f32 = l46_4 - v49_3;
    let v54_2: f32 = r1_0 * 0.015625f;
    let v56_2: f32 = v54_2 + 0.00001f;
    let v57_2: f32 = inverseSqrt(v56_2);
    let v59_2: f32 = v51_3 * v57_2;
    let l60_2: f32 = p_ln0_g[col_4];
    let v61_2: f32 = v59_2 * l60_2;
    let l62_2: f32 = p_ln0_b[col_4];
    let v63_2: f32 = v61_2 + l62_2;
    let v65_1: f32 = r2_0 * 0.015625f;
    let v67_1: f32 = v63_2 - v65_1;
    let v70: f32 = r3_0 * 0.015625f;
    let v71: f32 = v70 + 0.00001f;
    let v72: f32 = inverseSqrt(v71);
    let v74: f32 = v67_1 * v72;
    let l75: f32 = p_blocks_0_ln1_g[col_4];
    let v76: f32 = v74 * l75;
    let l77: f32 = p_blocks_0_ln1_b[col_4];
    let v78: f32 = v76 + l77;
    t78[col_4] = v78;
  }
}
