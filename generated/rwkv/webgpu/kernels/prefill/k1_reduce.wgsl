// kernel k1_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t43: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln0_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln0_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t62: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(6) var<storage, read_write> t79: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l43: f32 = t43[row * 64i + col];
    acc0_0 += l43;
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
    let l43_1: f32 = t43[row * 64i + col_1];
    let v46: f32 = r0_0 * 0.015625f;
    let v48: f32 = l43_1 - v46;
    let v49: f32 = v48 * v48;
    acc1_0 += v49;
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
    let l43_2: f32 = t43[row * 64i + col_2];
    let v46_1: f32 = r0_0 * 0.015625f;
    let v48_1: f32 = l43_2 - v46_1;
    let v51: f32 = r1_0 * 0.015625f;
    let v53: f32 = v51 + 0.00001f;
    let v54: f32 = inverseSqrt(v53);
    let v56: f32 = v48_1 * v54;
    let l58: f32 = p_ln0_g[col_2];
    let v59: f32 = v56 * l58;
    let l61: f32 = p_ln0_b[col_2];
    let v62: f32 = v59 + l61;
    t62[row * 64i + col_2] = v62;
    acc2_0 += v62;
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
    let l43_3: f32 = t43[row * 64i + col_3];
    let v46_2: f32 = r0_0 * 0.015625f;
    let v48_2: f32 = l43_3 - v46_2;
    let v51_1: f32 = r1_0 * 0.015625f;
    let v53_1: f32 = v51_1 + 0.00001f;
    let v54_1: f32 = inverseSqrt(v53_1);
    let v56_1: f32 = v48_2 * v54_1;
    let l58_1: f32 = p_ln0_g[col_3];
    let v59_1: f32 = v56_1 * l58_1;
    let l61_1: f32 = p_ln0_b[col_3];
    let v62_1: f32 = v59_1 + l61_1;
    let v64: f32 = r2_0 * 0.015625f;
    let v66: f32 = v62_1 - v64;
    let v67: f32 = v66 * v66;
    acc3_0 += v67;
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
    let l43_4: f32 = t43[row * 64i + col_4];
    let v46_3: f32 = r0_0 * 0.015625f;
    let v48_3: f32 = l43_4 - v46_3;
    let v51_2: f32 = r1_0 * 0.015625f;
    let v53_2: f32 = v51_2 + 0.00001f;
    let v54_2: f32 = inverseSqrt(v53_2);
    let v56_2: f32 = v48_3 * v54_2;
    let l58_2: f32 = p_ln0_g[col_4];
    let v59_2: f32 = v56_2 * l58_2;
    let l61_2: f32 = p_ln0_b[col_4];
    let v62_2: f32 = v59_2 + l61_2;
    let v64_1: f32 = r2_0 * 0.015625f;
    let v66_1: f32 = v62_2 - v64_1;
    let v69: f32 = r3_0 * 0.015625f;
    let v70: f32 = v69 + 0.00001f;
    let v71: f32 = inverseSqrt(v70);
    let v73: f32 = v66_1 * v71;
    let l75: f32 = p_blocks_0_ln1_g[col_4];
    let v76: f32 = v73 * l75;
    let l78: f32 = p_blocks_0_ln1_b[col_4];
    let v79: f32 = v76 + l78;
    t79[row * 64i + col_4] = v79;
  }
}
