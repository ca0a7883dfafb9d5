// kernel k175_einsum
@group(0) @binding(0) var<storage, read> t962: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t968: array<f32>;
@group(0) @binding(3) var<storage, read> t972: array<f32>;
@group(0) @binding(4) var<storage, read_write> t975: array<f32>;
@group(0) @binding(5) var<storage, read> p_mtp_blocks_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t976: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k175_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let tx: i32 = i32(loom_lid.x);
  let ty: i32 = i32(loom_lid.y);
  let batch: i32 = i32(loom_wid.z);
  let row0: i32 = i32(loom_wid.y) * 64i;
  let col0: i32 = i32(loom_wid.x) * 64i;
  let tid: i32 = ty * 16i + tx;
  let bRow: i32 = tid / 64i;
  let bN: i32 = tid % 64i;
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  var acc0_3: f32 = 0.0f;
  var acc1_0: f32 = 0.0f;
  var acc1_1: f32 = 0.0f;
  var acc1_2: f32 = 0.0f;
  var acc1_3: f32 = 0.0f;
  var acc2_0: f32 = 0.0f;
  var acc2_1: f32 = 0.0f;
  var acc2_2: f32 = 0.0f;
  var acc2_3: f32 = 0.0f;
  var acc3_0: f32 = 0.0f;
  var acc3_1: f32 = 0.0f;
  var acc3_2: f32 = 0.0f;
  var acc3_3: f32 = 0.0f;
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t962[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t962[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t962[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t962[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 12i) * 64i + bN] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      let a0: f32 = tileA[kk * 64i + ty];
      let a1: f32 = tileA[kk * 64i + ty + 16i];
      let a2: f32 = tileA[kk * 64i + ty + 32i];
      let a3: f32 = tileA[kk * 64i + ty + 48i];
      let b0: f32 = tileB[kk * 64i + tx];
      let b1: f32 = tileB[kk * 64i + tx + 16i];
      let b2: f32 = tileB[kk * 64i + tx + 32i];
      let b3: f32 = tileB[kk * 64i + tx + 48i];
      acc0_0 += a0 * b0;
      acc0_1 += a0 * b1;
      acc0_2 += a0 * b2;
      acc0_3 += a0 * b3;
      acc1_0 += a1 * b0;
      acc1_1 += a1 * b1;
      acc1_2 += a1 * b2;
      acc1_3 += a1 * b3;
      acc2_0 += a2 * b0;
      acc2_1 += a2 * b1;
      acc2_2 += a2 * b2;
      acc2_3 += a2 * b3;
      acc3_0 += a3 * b0;
      acc3_1 += a3 * b1;
      acc3_2 += a3 * b2;
      acc3_3 += a3 * b3;
    }
    workgroupBarrier();
  }
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l968: f32 = t968[(row0 + ty) * 64i + (col0 + tx)];
    let v974: f32 = acc0_0 + l968;
    let l972: f32 = t972[(row0 + ty) * 64i + (col0 + tx)];
    let v975: f32 = v974 + l972;
    t975[(row0 + ty) * 64i + (col0 + tx)] = v975;
    let l292: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx];
    let v976: f32 = v975 * l292;
    t976[(row0 + ty) * 64i + (col0 + tx)] = v976;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l968_1: f32 = t968[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v974_1: f32 = acc0_1 + l968_1;
    let l972_1: f32 = t972[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v975_1: f32 = v974_1 + l972_1;
    t975[(row0 + ty) * 64i + (col0 + tx) + 16i] = v975_1;
    let l292_1: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 16i];
    let v976_1: f32 = v975_1 * l292_1;
    t976[(row0 + ty) * 64i + (col0 + tx) + 16i] = v976_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l968_2: f32 = t968[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v974_2: f32 = acc0_2 + l968_2;
    let l972_2: f32 = t972[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v975_2: f32 = v974_2 + l972_2;
    t975[(row0 + ty) * 64i + (col0 + tx) + 32i] = v975_2;
    let l292_2: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 32i];
    let v976_2: f32 = v975_2 * l292_2;
    t976[(row0 + ty) * 64i + (col0 + tx) + 32i] = v976_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l968_3: f32 = t968[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v974_3: f32 = acc0_3 + l968_3;
    let l972_3: f32 = t972[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v975_3: f32 = v974_3 + l972_3;
    t975[(row0 + ty) * 64i + (col0 + tx) + 48i] = v975_3;
    let l292_3: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 48i];
    let v976_3: f32 = v975_3 * l292_3;
    t976[(row0 + ty) * 64i + (col0 + tx) + 48i] = v976_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l968_4: f32 = t968[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v974_4: f32 = acc1_0 + l968_4;
    let l972_4: f32 = t972[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v975_4: f32 = v974_4 + l972_4;
    t975[(row0 + ty + 16i) * 64i + (col0 + tx)] = v975_4;
    let l292_4: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx];
    let v976_4: f32 = v975_4 * l292_4;
    t976[(row0 + ty + 16i) * 64i + (col0 + tx)] = v976_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l968_5: f32 = t968[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v974_5: f32 = acc1_1 + l968_5;
    let l972_5: f32 = t972[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v975_5: f32 = v974_5 + l972_5;
    t975[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v975_5;
    let l292_5: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 16i];
    let v976_5: f32 = v975_5 * l292_5;
    t976[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v976_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l968_6: f32 = t968[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v974_6: f32 = acc1_2 + l968_6;
    let l972_6: f32 = t972[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v975_6: f32 = v974_6 + l972_6;
    t975[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v975_6;
    let l292_6: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 32i];
    let v976_6: f32 = v975_6 * l292_6;
    t976[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v976_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l968_7: f32 = t968[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v974_7: f32 = acc1_3 + l968_7;
    let l972_7: f32 = t972[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v975_7: f32 = v974_7 + l972_7;
    t975[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v975_7;
    let l292_7: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 48i];
    let v976_7: f32 = v975_7 * l292_7;
    t976[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v976_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l968_8: f32 = t968[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v974_8: f32 = acc2_0 + l968_8;
    let l972_8: f32 = t972[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v975_8: f32 = v974_8 + l972_8;
    t975[(row0 + ty + 32i) * 64i + (col0 + tx)] = v975_8;
    let l292_8: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx];
    let v976_8: f32 = v975_8 * l292_8;
    t976[(row0 + ty + 32i) * 64i + (col0 + tx)] = v976_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l968_9: f32 = t968[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v974_9: f32 = acc2_1 + l968_9;
    let l972_9: f32 = t972[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v975_9: f32 = v974_9 + l972_9;
    t975[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v975_9;
    let l292_9: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 16i];
    let v976_9: f32 = v975_9 * l292_9;
    t976[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v976_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l968_10: f32 = t968[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v974_10: f32 = acc2_2 + l968_10;
    let l972_10: f32 = t972[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v975_10: f32 = v974_10 + l972_10;
    t975[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v975_10;
    let l292_10: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 32i];
    let v976_10: f32 = v975_10 * l292_10;
    t976[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v976_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l968_11: f32 = t968[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v974_11: f32 = acc2_3 + l968_11;
    let l972_11: f32 = t972[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v975_11: f32 = v974_11 + l972_11;
    t975[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v975_11;
    let l292_11: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 48i];
    let v976_11: f32 = v975_11 * l292_11;
    t976[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v976_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l968_12: f32 = t968[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v974_12: f32 = acc3_0 + l968_12;
    let l972_12: f32 = t972[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v975_12: f32 = v974_12 + l972_12;
    t975[(row0 + ty + 48i) * 64i + (col0 + tx)] = v975_12;
    let l292_12: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx];
    let v976_12: f32 = v975_12 * l292_12;
    t976[(row0 + ty + 48i) * 64i + (col0 + tx)] = v976_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l968_13: f32 = t968[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v974_13: f32 = acc3_1 + l968_13;
    let l972_13: f32 = t972[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v975_13: f32 = v974_13 + l972_13;
    t975[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v975_13;
    let l292_13: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 16i];
    let v976_13: f32 = v975_13 * l292_13;
    t976[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v976_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l968_14: f32 = t968[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v974_14: f32 = acc3_2 + l968_14;
    let l972_14: f32 = t972[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v975_14: f32 = v974_14 + l972_14;
    t975[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v975_14;
    let l292_14: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 32i];
    let v976_14: f32 = v975_14 * l292_14;
    t976[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v976_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l968_15: f32 = t968[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v974_15: f32 = acc3_3 + l968_15;
    let l972_15: f32 = t972[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v975_15: f32 = v974_15 + l972_15;
    t975[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v975_15;
    let l292_15: f32 = p_mtp_blocks_1_attn_norm_g[col0 + tx + 48i];
    let v976_15: f32 = v975_15 * l292_15;
    t976[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v976_15;
  }
}
