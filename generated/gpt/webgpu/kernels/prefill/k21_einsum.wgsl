// kernel k21_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t180: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t189: array<f32>;
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
fn k21_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t180[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t180[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t180[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t180[(row0 + ty + 48i) * 64i + kA];
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
    let l183: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v184: f32 = acc0_0 + l183;
    let v185: f32 = 0.5f * v184;
    let v186: f32 = v184 * 0.70710677f;
    let v187: f32 = loom_erf(v186);
    let v188: f32 = 1.0f + v187;
    let v189: f32 = v185 * v188;
    t189[(row0 + ty) * 256i + (col0 + tx)] = v189;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l183_1: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v184_1: f32 = acc0_1 + l183_1;
    let v185_1: f32 = 0.5f * v184_1;
    let v186_1: f32 = v184_1 * 0.70710677f;
    let v187_1: f32 = loom_erf(v186_1);
    let v188_1: f32 = 1.0f + v187_1;
    let v189_1: f32 = v185_1 * v188_1;
    t189[(row0 + ty) * 256i + (col0 + tx) + 16i] = v189_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l183_2: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v184_2: f32 = acc0_2 + l183_2;
    let v185_2: f32 = 0.5f * v184_2;
    let v186_2: f32 = v184_2 * 0.70710677f;
    let v187_2: f32 = loom_erf(v186_2);
    let v188_2: f32 = 1.0f + v187_2;
    let v189_2: f32 = v185_2 * v188_2;
    t189[(row0 + ty) * 256i + (col0 + tx) + 32i] = v189_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l183_3: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v184_3: f32 = acc0_3 + l183_3;
    let v185_3: f32 = 0.5f * v184_3;
    let v186_3: f32 = v184_3 * 0.70710677f;
    let v187_3: f32 = loom_erf(v186_3);
    let v188_3: f32 = 1.0f + v187_3;
    let v189_3: f32 = v185_3 * v188_3;
    t189[(row0 + ty) * 256i + (col0 + tx) + 48i] = v189_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l183_4: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v184_4: f32 = acc1_0 + l183_4;
    let v185_4: f32 = 0.5f * v184_4;
    let v186_4: f32 = v184_4 * 0.70710677f;
    let v187_4: f32 = loom_erf(v186_4);
    let v188_4: f32 = 1.0f + v187_4;
    let v189_4: f32 = v185_4 * v188_4;
    t189[(row0 + ty + 16i) * 256i + (col0 + tx)] = v189_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l183_5: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v184_5: f32 = acc1_1 + l183_5;
    let v185_5: f32 = 0.5f * v184_5;
    let v186_5: f32 = v184_5 * 0.70710677f;
    let v187_5: f32 = loom_erf(v186_5);
    let v188_5: f32 = 1.0f + v187_5;
    let v189_5: f32 = v185_5 * v188_5;
    t189[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v189_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l183_6: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v184_6: f32 = acc1_2 + l183_6;
    let v185_6: f32 = 0.5f * v184_6;
    let v186_6: f32 = v184_6 * 0.70710677f;
    let v187_6: f32 = loom_erf(v186_6);
    let v188_6: f32 = 1.0f + v187_6;
    let v189_6: f32 = v185_6 * v188_6;
    t189[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v189_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l183_7: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v184_7: f32 = acc1_3 + l183_7;
    let v185_7: f32 = 0.5f * v184_7;
    let v186_7: f32 = v184_7 * 0.70710677f;
    let v187_7: f32 = loom_erf(v186_7);
    let v188_7: f32 = 1.0f + v187_7;
    let v189_7: f32 = v185_7 * v188_7;
    t189[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v189_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l183_8: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v184_8: f32 = acc2_0 + l183_8;
    let v185_8: f32 = 0.5f * v184_8;
    let v186_8: f32 = v184_8 * 0.70710677f;
    let v187_8: f32 = loom_erf(v186_8);
    let v188_8: f32 = 1.0f + v187_8;
    let v189_8: f32 = v185_8 * v188_8;
    t189[(row0 + ty + 32i) * 256i + (col0 + tx)] = v189_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l183_9: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v184_9: f32 = acc2_1 + l183_9;
    let v185_9: f32 = 0.5f * v184_9;
    let v186_9: f32 = v184_9 * 0.70710677f;
    let v187_9: f32 = loom_erf(v186_9);
    let v188_9: f32 = 1.0f + v187_9;
    let v189_9: f32 = v185_9 * v188_9;
    t189[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v189_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l183_10: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v184_10: f32 = acc2_2 + l183_10;
    let v185_10: f32 = 0.5f * v184_10;
    let v186_10: f32 = v184_10 * 0.70710677f;
    let v187_10: f32 = loom_erf(v186_10);
    let v188_10: f32 = 1.0f + v187_10;
    let v189_10: f32 = v185_10 * v188_10;
    t189[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v189_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l183_11: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v184_11: f32 = acc2_3 + l183_11;
    let v185_11: f32 = 0.5f * v184_11;
    let v186_11: f32 = v184_11 * 0.70710677f;
    let v187_11: f32 = loom_erf(v186_11);
    let v188_11: f32 = 1.0f + v187_11;
    let v189_11: f32 = v185_11 * v188_11;
    t189[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v189_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l183_12: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v184_12: f32 = acc3_0 + l183_12;
    let v185_12: f32 = 0.5f * v184_12;
    let v186_12: f32 = v184_12 * 0.70710677f;
    let v187_12: f32 = loom_erf(v186_12);
    let v188_12: f32 = 1.0f + v187_12;
    let v189_12: f32 = v185_12 * v188_12;
    t189[(row0 + ty + 48i) * 256i + (col0 + tx)] = v189_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l183_13: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v184_13: f32 = acc3_1 + l183_13;
    let v185_13: f32 = 0.5f * v184_13;
    let v186_13: f32 = v184_13 * 0.70710677f;
    let v187_13: f32 = loom_erf(v186_13);
    let v188_13: f32 = 1.0f + v187_13;
    let v189_13: f32 = v185_13 * v188_13;
    t189[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v189_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l183_14: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v184_14: f32 = acc3_2 + l183_14;
    let v185_14: f32 = 0.5f * v184_14;
    let v186_14: f32 = v184_14 * 0.70710677f;
    let v187_14: f32 = loom_erf(v186_14);
    let v188_14: f32 = 1.0f + v187_14;
    let v189_14: f32 = v185_14 * v188_14;
    t189[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v189_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l183_15: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v184_15: f32 = acc3_3 + l183_15;
    let v185_15: f32 = 0.5f * v184_15;
    let v186_15: f32 = v184_15 * 0.70710677f;
    let v187_15: f32 = loom_erf(v186_15);
    let v188_15: f32 = 1.0f + v187_15;
    let v189_15: f32 = v185_15 * v188_15;
    t189[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v189_15;
  }
}
