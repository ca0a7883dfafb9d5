// kernel k9_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t101: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t113: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
fn loom_erf(x: f32) -> f32 {
  let z = abs(x);
  if (z < 0.5f) {
    let x2 = x * x;
    return x * (1.1283791670955126f + x2 * (-0.3761263890318375f + x2 * (0.11283791670955126f + x2 * (-0.02686617064513125f + x2 * (0.005223977625442187f + x2 * (-0.0008548327023450852f))))));
  }
  let t = 1.0f / (1.0f + 0.5f * z);
  let erfc = t * exp(-z * z + (-1.26551223f + t * (1.00002368f + t * (0.37409196f + t * (0.09678418f + t * (-0.18628806f + t * (0.27886807f + t * (-1.13520398f + t * (1.48851587f + t * (-0.82215223f + t * (0.17087277f)))))))))));
  return select(1.0f - erfc, erfc - 1.0f, x < 0.0f);
}
@compute @workgroup_size(16, 16, 1)
fn k9_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t101[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t101[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t101[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t101[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_0_mlp_fc_w[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_mlp_fc_w[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_mlp_fc_w[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_mlp_fc_w[(bK + 12i) * 256i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 256i) {
    let l104: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v105: f32 = acc0_0 + l104;
    let v107: f32 = 0.5f * v105;
    let v109: f32 = v105 * 0.70710677f;
    let v110: f32 = loom_erf(v109);
    let v112: f32 = 1.0f + v110;
    let v113: f32 = v107 * v112;
    t113[(row0 + ty) * 256i + (col0 + tx)] = v113;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l104_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v105_1: f32 = acc0_1 + l104_1;
    let v107_1: f32 = 0.5f * v105_1;
    let v109_1: f32 = v105_1 * 0.70710677f;
    let v110_1: f32 = loom_erf(v109_1);
    let v112_1: f32 = 1.0f + v110_1;
    let v113_1: f32 = v107_1 * v112_1;
    t113[(row0 + ty) * 256i + (col0 + tx) + 16i] = v113_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l104_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v105_2: f32 = acc0_2 + l104_2;
    let v107_2: f32 = 0.5f * v105_2;
    let v109_2: f32 = v105_2 * 0.70710677f;
    let v110_2: f32 = loom_erf(v109_2);
    let v112_2: f32 = 1.0f + v110_2;
    let v113_2: f32 = v107_2 * v112_2;
    t113[(row0 + ty) * 256i + (col0 + tx) + 32i] = v113_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l104_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v105_3: f32 = acc0_3 + l104_3;
    let v107_3: f32 = 0.5f * v105_3;
    let v109_3: f32 = v105_3 * 0.70710677f;
    let v110_3: f32 = loom_erf(v109_3);
    let v112_3: f32 = 1.0f + v110_3;
    let v113_3: f32 = v107_3 * v112_3;
    t113[(row0 + ty) * 256i + (col0 + tx) + 48i] = v113_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l104_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v105_4: f32 = acc1_0 + l104_4;
    let v107_4: f32 = 0.5f * v105_4;
    let v109_4: f32 = v105_4 * 0.70710677f;
    let v110_4: f32 = loom_erf(v109_4);
    let v112_4: f32 = 1.0f + v110_4;
    let v113_4: f32 = v107_4 * v112_4;
    t113[(row0 + ty + 16i) * 256i + (col0 + tx)] = v113_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l104_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v105_5: f32 = acc1_1 + l104_5;
    let v107_5: f32 = 0.5f * v105_5;
    let v109_5: f32 = v105_5 * 0.70710677f;
    let v110_5: f32 = loom_erf(v109_5);
    let v112_5: f32 = 1.0f + v110_5;
    let v113_5: f32 = v107_5 * v112_5;
    t113[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v113_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l104_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v105_6: f32 = acc1_2 + l104_6;
    let v107_6: f32 = 0.5f * v105_6;
    let v109_6: f32 = v105_6 * 0.70710677f;
    let v110_6: f32 = loom_erf(v109_6);
    let v112_6: f32 = 1.0f + v110_6;
    let v113_6: f32 = v107_6 * v112_6;
    t113[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v113_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l104_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v105_7: f32 = acc1_3 + l104_7;
    let v107_7: f32 = 0.5f * v105_7;
    let v109_7: f32 = v105_7 * 0.70710677f;
    let v110_7: f32 = loom_erf(v109_7);
    let v112_7: f32 = 1.0f + v110_7;
    let v113_7: f32 = v107_7 * v112_7;
    t113[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v113_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l104_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v105_8: f32 = acc2_0 + l104_8;
    let v107_8: f32 = 0.5f * v105_8;
    let v109_8: f32 = v105_8 * 0.70710677f;
    let v110_8: f32 = loom_erf(v109_8);
    let v112_8: f32 = 1.0f + v110_8;
    let v113_8: f32 = v107_8 * v112_8;
    t113[(row0 + ty + 32i) * 256i + (col0 + tx)] = v113_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l104_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v105_9: f32 = acc2_1 + l104_9;
    let v107_9: f32 = 0.5f * v105_9;
    let v109_9: f32 = v105_9 * 0.70710677f;
    let v110_9: f32 = loom_erf(v109_9);
    let v112_9: f32 = 1.0f + v110_9;
    let v113_9: f32 = v107_9 * v112_9;
    t113[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v113_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l104_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v105_10: f32 = acc2_2 + l104_10;
    let v107_10: f32 = 0.5f * v105_10;
    let v109_10: f32 = v105_10 * 0.70710677f;
    let v110_10: f32 = loom_erf(v109_10);
    let v112_10: f32 = 1.0f + v110_10;
    let v113_10: f32 = v107_10 * v112_10;
    t113[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v113_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l104_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v105_11: f32 = acc2_3 + l104_11;
    let v107_11: f32 = 0.5f * v105_11;
    let v109_11: f32 = v105_11 * 0.70710677f;
    let v110_11: f32 = loom_erf(v109_11);
    let v112_11: f32 = 1.0f + v110_11;
    let v113_11: f32 = v107_11 * v112_11;
    t113[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v113_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l104_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v105_12: f32 = acc3_0 + l104_12;
    let v107_12: f32 = 0.5f * v105_12;
    let v109_12: f32 = v105_12 * 0.70710677f;
    let v110_12: f32 = loom_erf(v109_12);
    let v112_12: f32 = 1.0f + v110_12;
    let v113_12: f32 = v107_12 * v112_12;
    t113[(row0 + ty + 48i) * 256i + (col0 + tx)] = v113_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l104_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v105_13: f32 = acc3_1 + l104_13;
    let v107_13: f32 = 0.5f * v105_13;
    let v109_13: f32 = v105_13 * 0.70710677f;
    let v110_13: f32 = loom_erf(v109_13);
    let v112_13: f32 = 1.0f + v110_13;
    let v113_13: f32 = v107_13 * v112_13;
    t113[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v113_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l104_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v105_14: f32 = acc3_2 + l104_14;
    let v107_14: f32 = 0.5f * v105_14;
    let v109_14: f32 = v105_14 * 0.70710677f;
    let v110_14: f32 = loom_erf(v109_14);
    let v112_14: f32 = 1.0f + v110_14;
    let v113_14: f32 = v107_14 * v112_14;
    t113[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v113_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l104_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v105_15: f32 = acc3_3 + l104_15;
    let v107_15: f32 = 0.5f * v105_15;
    let v109_15: f32 = v105_15 * 0.70710677f;
    let v110_15: f32 = loom_erf(v109_15);
    let v112_15: f32 = 1.0f + v110_15;
    let v113_15: f32 = v107_15 * v112_15;
    t113[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v113_15;
  }
}
