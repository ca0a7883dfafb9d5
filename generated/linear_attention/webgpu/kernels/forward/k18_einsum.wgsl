// kernel k18_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t130: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t142: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t130[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t130[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t130[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t130[(row0 + ty + 48i) * 64i + kA];
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
    let l133: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v134: f32 = acc0_0 + l133;
    let v136: f32 = 0.5f * v134;
    let v138: f32 = v134 * 0.70710677f;
    let v139: f32 = loom_erf(v138);
    let v141: f32 = 1.0f + v139;
    let v142: f32 = v136 * v141;
    t142[(row0 + ty) * 256i + (col0 + tx)] = v142;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l133_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v134_1: f32 = acc0_1 + l133_1;
    let v136_1: f32 = 0.5f * v134_1;
    let v138_1: f32 = v134_1 * 0.70710677f;
    let v139_1: f32 = loom_erf(v138_1);
    let v141_1: f32 = 1.0f + v139_1;
    let v142_1: f32 = v136_1 * v141_1;
    t142[(row0 + ty) * 256i + (col0 + tx) + 16i] = v142_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l133_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v134_2: f32 = acc0_2 + l133_2;
    let v136_2: f32 = 0.5f * v134_2;
    let v138_2: f32 = v134_2 * 0.70710677f;
    let v139_2: f32 = loom_erf(v138_2);
    let v141_2: f32 = 1.0f + v139_2;
    let v142_2: f32 = v136_2 * v141_2;
    t142[(row0 + ty) * 256i + (col0 + tx) + 32i] = v142_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l133_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v134_3: f32 = acc0_3 + l133_3;
    let v136_3: f32 = 0.5f * v134_3;
    let v138_3: f32 = v134_3 * 0.70710677f;
    let v139_3: f32 = loom_erf(v138_3);
    let v141_3: f32 = 1.0f + v139_3;
    let v142_3: f32 = v136_3 * v141_3;
    t142[(row0 + ty) * 256i + (col0 + tx) + 48i] = v142_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l133_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v134_4: f32 = acc1_0 + l133_4;
    let v136_4: f32 = 0.5f * v134_4;
    let v138_4: f32 = v134_4 * 0.70710677f;
    let v139_4: f32 = loom_erf(v138_4);
    let v141_4: f32 = 1.0f + v139_4;
    let v142_4: f32 = v136_4 * v141_4;
    t142[(row0 + ty + 16i) * 256i + (col0 + tx)] = v142_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l133_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v134_5: f32 = acc1_1 + l133_5;
    let v136_5: f32 = 0.5f * v134_5;
    let v138_5: f32 = v134_5 * 0.70710677f;
    let v139_5: f32 = loom_erf(v138_5);
    let v141_5: f32 = 1.0f + v139_5;
    let v142_5: f32 = v136_5 * v141_5;
    t142[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v142_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l133_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v134_6: f32 = acc1_2 + l133_6;
    let v136_6: f32 = 0.5f * v134_6;
    let v138_6: f32 = v134_6 * 0.70710677f;
    let v139_6: f32 = loom_erf(v138_6);
    let v141_6: f32 = 1.0f + v139_6;
    let v142_6: f32 = v136_6 * v141_6;
    t142[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v142_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l133_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v134_7: f32 = acc1_3 + l133_7;
    let v136_7: f32 = 0.5f * v134_7;
    let v138_7: f32 = v134_7 * 0.70710677f;
    let v139_7: f32 = loom_erf(v138_7);
    let v141_7: f32 = 1.0f + v139_7;
    let v142_7: f32 = v136_7 * v141_7;
    t142[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v142_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l133_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v134_8: f32 = acc2_0 + l133_8;
    let v136_8: f32 = 0.5f * v134_8;
    let v138_8: f32 = v134_8 * 0.70710677f;
    let v139_8: f32 = loom_erf(v138_8);
    let v141_8: f32 = 1.0f + v139_8;
    let v142_8: f32 = v136_8 * v141_8;
    t142[(row0 + ty + 32i) * 256i + (col0 + tx)] = v142_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l133_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v134_9: f32 = acc2_1 + l133_9;
    let v136_9: f32 = 0.5f * v134_9;
    let v138_9: f32 = v134_9 * 0.70710677f;
    let v139_9: f32 = loom_erf(v138_9);
    let v141_9: f32 = 1.0f + v139_9;
    let v142_9: f32 = v136_9 * v141_9;
    t142[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v142_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l133_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v134_10: f32 = acc2_2 + l133_10;
    let v136_10: f32 = 0.5f * v134_10;
    let v138_10: f32 = v134_10 * 0.70710677f;
    let v139_10: f32 = loom_erf(v138_10);
    let v141_10: f32 = 1.0f + v139_10;
    let v142_10: f32 = v136_10 * v141_10;
    t142[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v142_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l133_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v134_11: f32 = acc2_3 + l133_11;
    let v136_11: f32 = 0.5f * v134_11;
    let v138_11: f32 = v134_11 * 0.70710677f;
    let v139_11: f32 = loom_erf(v138_11);
    let v141_11: f32 = 1.0f + v139_11;
    let v142_11: f32 = v136_11 * v141_11;
    t142[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v142_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l133_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v134_12: f32 = acc3_0 + l133_12;
    let v136_12: f32 = 0.5f * v134_12;
    let v138_12: f32 = v134_12 * 0.70710677f;
    let v139_12: f32 = loom_erf(v138_12);
    let v141_12: f32 = 1.0f + v139_12;
    let v142_12: f32 = v136_12 * v141_12;
    t142[(row0 + ty + 48i) * 256i + (col0 + tx)] = v142_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l133_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v134_13: f32 = acc3_1 + l133_13;
    let v136_13: f32 = 0.5f * v134_13;
    let v138_13: f32 = v134_13 * 0.70710677f;
    let v139_13: f32 = loom_erf(v138_13);
    let v141_13: f32 = 1.0f + v139_13;
    let v142_13: f32 = v136_13 * v141_13;
    t142[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v142_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l133_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v134_14: f32 = acc3_2 + l133_14;
    let v136_14: f32 = 0.5f * v134_14;
    let v138_14: f32 = v134_14 * 0.70710677f;
    let v139_14: f32 = loom_erf(v138_14);
    let v141_14: f32 = 1.0f + v139_14;
    let v142_14: f32 = v136_14 * v141_14;
    t142[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v142_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l133_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v134_15: f32 = acc3_3 + l133_15;
    let v136_15: f32 = 0.5f * v134_15;
    let v138_15: f32 = v134_15 * 0.70710677f;
    let v139_15: f32 = loom_erf(v138_15);
    let v141_15: f32 = 1.0f + v139_15;
    let v142_15: f32 = v136_15 * v141_15;
    t142[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v142_15;
  }
}
