// kernel k203_einsum
@group(0) @binding(0) var<storage, read> t1065: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t1071: array<f32>;
@group(0) @binding(3) var<storage, read> t1075: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1078: array<f32>;
@group(0) @binding(5) var<storage, read> p_mtp_blocks_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1079: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k203_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1065[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t1065[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t1065[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t1065[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_0_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_0_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_0_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_0_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l1071: f32 = t1071[(row0 + ty) * 64i + (col0 + tx)];
    let v1077: f32 = acc0_0 + l1071;
    let l1075: f32 = t1075[(row0 + ty) * 64i + (col0 + tx)];
    let v1078: f32 = v1077 + l1075;
    t1078[(row0 + ty) * 64i + (col0 + tx)] = v1078;
    let l228: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx];
    let v1079: f32 = v1078 * l228;
    t1079[(row0 + ty) * 64i + (col0 + tx)] = v1079;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l1071_1: f32 = t1071[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1077_1: f32 = acc0_1 + l1071_1;
    let l1075_1: f32 = t1075[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1078_1: f32 = v1077_1 + l1075_1;
    t1078[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1078_1;
    let l228_1: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 16i];
    let v1079_1: f32 = v1078_1 * l228_1;
    t1079[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1079_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l1071_2: f32 = t1071[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1077_2: f32 = acc0_2 + l1071_2;
    let l1075_2: f32 = t1075[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1078_2: f32 = v1077_2 + l1075_2;
    t1078[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1078_2;
    let l228_2: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 32i];
    let v1079_2: f32 = v1078_2 * l228_2;
    t1079[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1079_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l1071_3: f32 = t1071[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1077_3: f32 = acc0_3 + l1071_3;
    let l1075_3: f32 = t1075[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1078_3: f32 = v1077_3 + l1075_3;
    t1078[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1078_3;
    let l228_3: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 48i];
    let v1079_3: f32 = v1078_3 * l228_3;
    t1079[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1079_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l1071_4: f32 = t1071[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1077_4: f32 = acc1_0 + l1071_4;
    let l1075_4: f32 = t1075[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1078_4: f32 = v1077_4 + l1075_4;
    t1078[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1078_4;
    let l228_4: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx];
    let v1079_4: f32 = v1078_4 * l228_4;
    t1079[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1079_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l1071_5: f32 = t1071[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1077_5: f32 = acc1_1 + l1071_5;
    let l1075_5: f32 = t1075[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1078_5: f32 = v1077_5 + l1075_5;
    t1078[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1078_5;
    let l228_5: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 16i];
    let v1079_5: f32 = v1078_5 * l228_5;
    t1079[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1079_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l1071_6: f32 = t1071[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1077_6: f32 = acc1_2 + l1071_6;
    let l1075_6: f32 = t1075[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1078_6: f32 = v1077_6 + l1075_6;
    t1078[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1078_6;
    let l228_6: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 32i];
    let v1079_6: f32 = v1078_6 * l228_6;
    t1079[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1079_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l1071_7: f32 = t1071[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1077_7: f32 = acc1_3 + l1071_7;
    let l1075_7: f32 = t1075[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1078_7: f32 = v1077_7 + l1075_7;
    t1078[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1078_7;
    let l228_7: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 48i];
    let v1079_7: f32 = v1078_7 * l228_7;
    t1079[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1079_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l1071_8: f32 = t1071[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1077_8: f32 = acc2_0 + l1071_8;
    let l1075_8: f32 = t1075[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1078_8: f32 = v1077_8 + l1075_8;
    t1078[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1078_8;
    let l228_8: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx];
    let v1079_8: f32 = v1078_8 * l228_8;
    t1079[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1079_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l1071_9: f32 = t1071[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1077_9: f32 = acc2_1 + l1071_9;
    let l1075_9: f32 = t1075[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1078_9: f32 = v1077_9 + l1075_9;
    t1078[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1078_9;
    let l228_9: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 16i];
    let v1079_9: f32 = v1078_9 * l228_9;
    t1079[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1079_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l1071_10: f32 = t1071[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1077_10: f32 = acc2_2 + l1071_10;
    let l1075_10: f32 = t1075[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1078_10: f32 = v1077_10 + l1075_10;
    t1078[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1078_10;
    let l228_10: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 32i];
    let v1079_10: f32 = v1078_10 * l228_10;
    t1079[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1079_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l1071_11: f32 = t1071[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1077_11: f32 = acc2_3 + l1071_11;
    let l1075_11: f32 = t1075[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1078_11: f32 = v1077_11 + l1075_11;
    t1078[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1078_11;
    let l228_11: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 48i];
    let v1079_11: f32 = v1078_11 * l228_11;
    t1079[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1079_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l1071_12: f32 = t1071[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1077_12: f32 = acc3_0 + l1071_12;
    let l1075_12: f32 = t1075[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1078_12: f32 = v1077_12 + l1075_12;
    t1078[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1078_12;
    let l228_12: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx];
    let v1079_12: f32 = v1078_12 * l228_12;
    t1079[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1079_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l1071_13: f32 = t1071[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1077_13: f32 = acc3_1 + l1071_13;
    let l1075_13: f32 = t1075[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1078_13: f32 = v1077_13 + l1075_13;
    t1078[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1078_13;
    let l228_13: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 16i];
    let v1079_13: f32 = v1078_13 * l228_13;
    t1079[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1079_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l1071_14: f32 = t1071[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1077_14: f32 = acc3_2 + l1071_14;
    let l1075_14: f32 = t1075[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1078_14: f32 = v1077_14 + l1075_14;
    t1078[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1078_14;
    let l228_14: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 32i];
    let v1079_14: f32 = v1078_14 * l228_14;
    t1079[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1079_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l1071_15: f32 = t1071[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1077_15: f32 = acc3_3 + l1071_15;
    let l1075_15: f32 = t1075[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1078_15: f32 = v1077_15 + l1075_15;
    t1078[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1078_15;
    let l228_15: f32 = p_mtp_blocks_0_attn_norm_g[col0 + tx + 48i];
    let v1079_15: f32 = v1078_15 * l228_15;
    t1079[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1079_15;
  }
}
