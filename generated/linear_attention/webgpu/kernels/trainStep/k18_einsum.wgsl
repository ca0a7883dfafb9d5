// kernel k18_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t138: array<f32>;
@group(0) @binding(4) var<storage, read_write> t140: array<f32>;
@group(0) @binding(5) var<storage, read_write> t143: array<f32>;
@group(0) @binding(6) var<storage, read_write> t144: array<f32>;
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
fn k18_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t132[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t132[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t132[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t132[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 256i) {
    let l135: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v136: f32 = acc0_0 + l135;
    let v138: f32 = 0.5f * v136;
    t138[(row0 + ty) * 256i + (col0 + tx)] = v138;
    let v140: f32 = v136 * 0.70710677f;
    t140[(row0 + ty) * 256i + (col0 + tx)] = v140;
    let v141: f32 = loom_erf(v140);
    let v143: f32 = 1.0f + v141;
    t143[(row0 + ty) * 256i + (col0 + tx)] = v143;
    let v144: f32 = v138 * v143;
    t144[(row0 + ty) * 256i + (col0 + tx)] = v144;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l135_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v136_1: f32 = acc0_1 + l135_1;
    let v138_1: f32 = 0.5f * v136_1;
    t138[(row0 + ty) * 256i + (col0 + tx) + 16i] = v138_1;
    let v140_1: f32 = v136_1 * 0.70710677f;
    t140[(row0 + ty) * 256i + (col0 + tx) + 16i] = v140_1;
    let v141_1: f32 = loom_erf(v140_1);
    let v143_1: f32 = 1.0f + v141_1;
    t143[(row0 + ty) * 256i + (col0 + tx) + 16i] = v143_1;
    let v144_1: f32 = v138_1 * v143_1;
    t144[(row0 + ty) * 256i + (col0 + tx) + 16i] = v144_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l135_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v136_2: f32 = acc0_2 + l135_2;
    let v138_2: f32 = 0.5f * v136_2;
    t138[(row0 + ty) * 256i + (col0 + tx) + 32i] = v138_2;
    let v140_2: f32 = v136_2 * 0.70710677f;
    t140[(row0 + ty) * 256i + (col0 + tx) + 32i] = v140_2;
    let v141_2: f32 = loom_erf(v140_2);
    let v143_2: f32 = 1.0f + v141_2;
    t143[(row0 + ty) * 256i + (col0 + tx) + 32i] = v143_2;
    let v144_2: f32 = v138_2 * v143_2;
    t144[(row0 + ty) * 256i + (col0 + tx) + 32i] = v144_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l135_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v136_3: f32 = acc0_3 + l135_3;
    let v138_3: f32 = 0.5f * v136_3;
    t138[(row0 + ty) * 256i + (col0 + tx) + 48i] = v138_3;
    let v140_3: f32 = v136_3 * 0.70710677f;
    t140[(row0 + ty) * 256i + (col0 + tx) + 48i] = v140_3;
    let v141_3: f32 = loom_erf(v140_3);
    let v143_3: f32 = 1.0f + v141_3;
    t143[(row0 + ty) * 256i + (col0 + tx) + 48i] = v143_3;
    let v144_3: f32 = v138_3 * v143_3;
    t144[(row0 + ty) * 256i + (col0 + tx) + 48i] = v144_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l135_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v136_4: f32 = acc1_0 + l135_4;
    let v138_4: f32 = 0.5f * v136_4;
    t138[(row0 + ty + 16i) * 256i + (col0 + tx)] = v138_4;
    let v140_4: f32 = v136_4 * 0.70710677f;
    t140[(row0 + ty + 16i) * 256i + (col0 + tx)] = v140_4;
    let v141_4: f32 = loom_erf(v140_4);
    let v143_4: f32 = 1.0f + v141_4;
    t143[(row0 + ty + 16i) * 256i + (col0 + tx)] = v143_4;
    let v144_4: f32 = v138_4 * v143_4;
    t144[(row0 + ty + 16i) * 256i + (col0 + tx)] = v144_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l135_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v136_5: f32 = acc1_1 + l135_5;
    let v138_5: f32 = 0.5f * v136_5;
    t138[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v138_5;
    let v140_5: f32 = v136_5 * 0.70710677f;
    t140[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v140_5;
    let v141_5: f32 = loom_erf(v140_5);
    let v143_5: f32 = 1.0f + v141_5;
    t143[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v143_5;
    let v144_5: f32 = v138_5 * v143_5;
    t144[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v144_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l135_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v136_6: f32 = acc1_2 + l135_6;
    let v138_6: f32 = 0.5f * v136_6;
    t138[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v138_6;
    let v140_6: f32 = v136_6 * 0.70710677f;
    t140[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v140_6;
    let v141_6: f32 = loom_erf(v140_6);
    let v143_6: f32 = 1.0f + v141_6;
    t143[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v143_6;
    let v144_6: f32 = v138_6 * v143_6;
    t144[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v144_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l135_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v136_7: f32 = acc1_3 + l135_7;
    let v138_7: f32 = 0.5f * v136_7;
    t138[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v138_7;
    let v140_7: f32 = v136_7 * 0.70710677f;
    t140[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v140_7;
    let v141_7: f32 = loom_erf(v140_7);
    let v143_7: f32 = 1.0f + v141_7;
    t143[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v143_7;
    let v144_7: f32 = v138_7 * v143_7;
    t144[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v144_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l135_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v136_8: f32 = acc2_0 + l135_8;
    let v138_8: f32 = 0.5f * v136_8;
    t138[(row0 + ty + 32i) * 256i + (col0 + tx)] = v138_8;
    let v140_8: f32 = v136_8 * 0.70710677f;
    t140[(row0 + ty + 32i) * 256i + (col0 + tx)] = v140_8;
    let v141_8: f32 = loom_erf(v140_8);
    let v143_8: f32 = 1.0f + v141_8;
    t143[(row0 + ty + 32i) * 256i + (col0 + tx)] = v143_8;
    let v144_8: f32 = v138_8 * v143_8;
    t144[(row0 + ty + 32i) * 256i + (col0 + tx)] = v144_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l135_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v136_9: f32 = acc2_1 + l135_9;
    let v138_9: f32 = 0.5f * v136_9;
    t138[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v138_9;
    let v140_9: f32 = v136_9 * 0.70710677f;
    t140[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v140_9;
    let v141_9: f32 = loom_erf(v140_9);
    let v143_9: f32 = 1.0f + v141_9;
    t143[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v143_9;
    let v144_9: f32 = v138_9 * v143_9;
    t144[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v144_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l135_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v136_10: f32 = acc2_2 + l135_10;
    let v138_10: f32 = 0.5f * v136_10;
    t138[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v138_10;
    let v140_10: f32 = v136_10 * 0.70710677f;
    t140[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v140_10;
    let v141_10: f32 = loom_erf(v140_10);
    let v143_10: f32 = 1.0f + v141_10;
    t143[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v143_10;
    let v144_10: f32 = v138_10 * v143_10;
    t144[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v144_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l135_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v136_11: f32 = acc2_3 + l135_11;
    let v138_11: f32 = 0.5f * v136_11;
    t138[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v138_11;
    let v140_11: f32 = v136_11 * 0.70710677f;
    t140[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v140_11;
    let v141_11: f32 = loom_erf(v140_11);
    let v143_11: f32 = 1.0f + v141_11;
    t143[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v143_11;
    let v144_11: f32 = v138_11 * v143_11;
    t144[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v144_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l135_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v136_12: f32 = acc3_0 + l135_12;
    let v138_12: f32 = 0.5f * v136_12;
    t138[(row0 + ty + 48i) * 256i + (col0 + tx)] = v138_12;
    let v140_12: f32 = v136_12 * 0.70710677f;
    t140[(row0 + ty + 48i) * 256i + (col0 + tx)] = v140_12;
    let v141_12: f32 = loom_erf(v140_12);
    let v143_12: f32 = 1.0f + v141_12;
    t143[(row0 + ty + 48i) * 256i + (col0 + tx)] = v143_12;
    let v144_12: f32 = v138_12 * v143_12;
    t144[(row0 + ty + 48i) * 256i + (col0 + tx)] = v144_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l135_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v136_13: f32 = acc3_1 + l135_13;
    let v138_13: f32 = 0.5f * v136_13;
    t138[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v138_13;
    let v140_13: f32 = v136_13 * 0.70710677f;
    t140[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v140_13;
    let v141_13: f32 = loom_erf(v140_13);
    let v143_13: f32 = 1.0f + v141_13;
    t143[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v143_13;
    let v144_13: f32 = v138_13 * v143_13;
    t144[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v144_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l135_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v136_14: f32 = acc3_2 + l135_14;
    let v138_14: f32 = 0.5f * v136_14;
    t138[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v138_14;
    let v140_14: f32 = v136_14 * 0.70710677f;
    t140[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v140_14;
    let v141_14: f32 = loom_erf(v140_14);
    let v143_14: f32 = 1.0f + v141_14;
    t143[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v143_14;
    let v144_14: f32 = v138_14 * v143_14;
    t144[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v144_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l135_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v136_15: f32 = acc3_3 + l135_15;
    let v138_15: f32 = 0.5f * v136_15;
    t138[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v138_15;
    let v140_15: f32 = v136_15 * 0.70710677f;
    t140[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v140_15;
    let v141_15: f32 = loom_erf(v140_15);
    let v143_15: f32 = 1.0f + v141_15;
    t143[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v143_15;
    let v144_15: f32 = v138_15 * v143_15;
    t144[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v144_15;
  }
}
