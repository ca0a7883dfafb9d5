// kernel k17_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t176: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t185: array<f32>;
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
fn k17_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t176[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t176[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t176[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t176[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_fc_w[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_fc_w[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_fc_w[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_fc_w[(bK + 12i) * 256i + (col0 + bN)];
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
    let l179: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v180: f32 = acc0_0 + l179;
    let v181: f32 = 0.5f * v180;
    let v182: f32 = v180 * 0.70710677f;
    let v183: f32 = loom_erf(v182);
    let v184: f32 = 1.0f + v183;
    let v185: f32 = v181 * v184;
    t185[(row0 + ty) * 256i + (col0 + tx)] = v185;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l179_1: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v180_1: f32 = acc0_1 + l179_1;
    let v181_1: f32 = 0.5f * v180_1;
    let v182_1: f32 = v180_1 * 0.70710677f;
    let v183_1: f32 = loom_erf(v182_1);
    let v184_1: f32 = 1.0f + v183_1;
    let v185_1: f32 = v181_1 * v184_1;
    t185[(row0 + ty) * 256i + (col0 + tx) + 16i] = v185_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l179_2: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v180_2: f32 = acc0_2 + l179_2;
    let v181_2: f32 = 0.5f * v180_2;
    let v182_2: f32 = v180_2 * 0.70710677f;
    let v183_2: f32 = loom_erf(v182_2);
    let v184_2: f32 = 1.0f + v183_2;
    let v185_2: f32 = v181_2 * v184_2;
    t185[(row0 + ty) * 256i + (col0 + tx) + 32i] = v185_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l179_3: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v180_3: f32 = acc0_3 + l179_3;
    let v181_3: f32 = 0.5f * v180_3;
    let v182_3: f32 = v180_3 * 0.70710677f;
    let v183_3: f32 = loom_erf(v182_3);
    let v184_3: f32 = 1.0f + v183_3;
    let v185_3: f32 = v181_3 * v184_3;
    t185[(row0 + ty) * 256i + (col0 + tx) + 48i] = v185_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l179_4: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v180_4: f32 = acc1_0 + l179_4;
    let v181_4: f32 = 0.5f * v180_4;
    let v182_4: f32 = v180_4 * 0.70710677f;
    let v183_4: f32 = loom_erf(v182_4);
    let v184_4: f32 = 1.0f + v183_4;
    let v185_4: f32 = v181_4 * v184_4;
    t185[(row0 + ty + 16i) * 256i + (col0 + tx)] = v185_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l179_5: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v180_5: f32 = acc1_1 + l179_5;
    let v181_5: f32 = 0.5f * v180_5;
    let v182_5: f32 = v180_5 * 0.70710677f;
    let v183_5: f32 = loom_erf(v182_5);
    let v184_5: f32 = 1.0f + v183_5;
    let v185_5: f32 = v181_5 * v184_5;
    t185[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v185_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l179_6: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v180_6: f32 = acc1_2 + l179_6;
    let v181_6: f32 = 0.5f * v180_6;
    let v182_6: f32 = v180_6 * 0.70710677f;
    let v183_6: f32 = loom_erf(v182_6);
    let v184_6: f32 = 1.0f + v183_6;
    let v185_6: f32 = v181_6 * v184_6;
    t185[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v185_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l179_7: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v180_7: f32 = acc1_3 + l179_7;
    let v181_7: f32 = 0.5f * v180_7;
    let v182_7: f32 = v180_7 * 0.70710677f;
    let v183_7: f32 = loom_erf(v182_7);
    let v184_7: f32 = 1.0f + v183_7;
    let v185_7: f32 = v181_7 * v184_7;
    t185[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v185_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l179_8: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v180_8: f32 = acc2_0 + l179_8;
    let v181_8: f32 = 0.5f * v180_8;
    let v182_8: f32 = v180_8 * 0.70710677f;
    let v183_8: f32 = loom_erf(v182_8);
    let v184_8: f32 = 1.0f + v183_8;
    let v185_8: f32 = v181_8 * v184_8;
    t185[(row0 + ty + 32i) * 256i + (col0 + tx)] = v185_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l179_9: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v180_9: f32 = acc2_1 + l179_9;
    let v181_9: f32 = 0.5f * v180_9;
    let v182_9: f32 = v180_9 * 0.70710677f;
    let v183_9: f32 = loom_erf(v182_9);
    let v184_9: f32 = 1.0f + v183_9;
    let v185_9: f32 = v181_9 * v184_9;
    t185[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v185_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l179_10: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v180_10: f32 = acc2_2 + l179_10;
    let v181_10: f32 = 0.5f * v180_10;
    let v182_10: f32 = v180_10 * 0.70710677f;
    let v183_10: f32 = loom_erf(v182_10);
    let v184_10: f32 = 1.0f + v183_10;
    let v185_10: f32 = v181_10 * v184_10;
    t185[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v185_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l179_11: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v180_11: f32 = acc2_3 + l179_11;
    let v181_11: f32 = 0.5f * v180_11;
    let v182_11: f32 = v180_11 * 0.70710677f;
    let v183_11: f32 = loom_erf(v182_11);
    let v184_11: f32 = 1.0f + v183_11;
    let v185_11: f32 = v181_11 * v184_11;
    t185[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v185_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l179_12: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v180_12: f32 = acc3_0 + l179_12;
    let v181_12: f32 = 0.5f * v180_12;
    let v182_12: f32 = v180_12 * 0.70710677f;
    let v183_12: f32 = loom_erf(v182_12);
    let v184_12: f32 = 1.0f + v183_12;
    let v185_12: f32 = v181_12 * v184_12;
    t185[(row0 + ty + 48i) * 256i + (col0 + tx)] = v185_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l179_13: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v180_13: f32 = acc3_1 + l179_13;
    let v181_13: f32 = 0.5f * v180_13;
    let v182_13: f32 = v180_13 * 0.70710677f;
    let v183_13: f32 = loom_erf(v182_13);
    let v184_13: f32 = 1.0f + v183_13;
    let v185_13: f32 = v181_13 * v184_13;
    t185[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v185_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l179_14: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v180_14: f32 = acc3_2 + l179_14;
    let v181_14: f32 = 0.5f * v180_14;
    let v182_14: f32 = v180_14 * 0.70710677f;
    let v183_14: f32 = loom_erf(v182_14);
    let v184_14: f32 = 1.0f + v183_14;
    let v185_14: f32 = v181_14 * v184_14;
    t185[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v185_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l179_15: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v180_15: f32 = acc3_3 + l179_15;
    let v181_15: f32 = 0.5f * v180_15;
    let v182_15: f32 = v180_15 * 0.70710677f;
    let v183_15: f32 = loom_erf(v182_15);
    let v184_15: f32 = 1.0f + v183_15;
    let v185_15: f32 = v181_15 * v184_15;
    t185[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v185_15;
  }
}
