// kernel k37_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t225: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t234: array<f32>;
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
fn k37_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t225[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t225[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t225[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t225[(row0 + ty + 48i) * 64i + kA];
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
    let l228: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v229: f32 = acc0_0 + l228;
    let v230: f32 = 0.5f * v229;
    let v231: f32 = v229 * 0.70710677f;
    let v232: f32 = loom_erf(v231);
    let v233: f32 = 1.0f + v232;
    let v234: f32 = v230 * v233;
    t234[(row0 + ty) * 256i + (col0 + tx)] = v234;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l228_1: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v229_1: f32 = acc0_1 + l228_1;
    let v230_1: f32 = 0.5f * v229_1;
    let v231_1: f32 = v229_1 * 0.70710677f;
    let v232_1: f32 = loom_erf(v231_1);
    let v233_1: f32 = 1.0f + v232_1;
    let v234_1: f32 = v230_1 * v233_1;
    t234[(row0 + ty) * 256i + (col0 + tx) + 16i] = v234_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l228_2: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v229_2: f32 = acc0_2 + l228_2;
    let v230_2: f32 = 0.5f * v229_2;
    let v231_2: f32 = v229_2 * 0.70710677f;
    let v232_2: f32 = loom_erf(v231_2);
    let v233_2: f32 = 1.0f + v232_2;
    let v234_2: f32 = v230_2 * v233_2;
    t234[(row0 + ty) * 256i + (col0 + tx) + 32i] = v234_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l228_3: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v229_3: f32 = acc0_3 + l228_3;
    let v230_3: f32 = 0.5f * v229_3;
    let v231_3: f32 = v229_3 * 0.70710677f;
    let v232_3: f32 = loom_erf(v231_3);
    let v233_3: f32 = 1.0f + v232_3;
    let v234_3: f32 = v230_3 * v233_3;
    t234[(row0 + ty) * 256i + (col0 + tx) + 48i] = v234_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l228_4: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v229_4: f32 = acc1_0 + l228_4;
    let v230_4: f32 = 0.5f * v229_4;
    let v231_4: f32 = v229_4 * 0.70710677f;
    let v232_4: f32 = loom_erf(v231_4);
    let v233_4: f32 = 1.0f + v232_4;
    let v234_4: f32 = v230_4 * v233_4;
    t234[(row0 + ty + 16i) * 256i + (col0 + tx)] = v234_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l228_5: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v229_5: f32 = acc1_1 + l228_5;
    let v230_5: f32 = 0.5f * v229_5;
    let v231_5: f32 = v229_5 * 0.70710677f;
    let v232_5: f32 = loom_erf(v231_5);
    let v233_5: f32 = 1.0f + v232_5;
    let v234_5: f32 = v230_5 * v233_5;
    t234[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v234_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l228_6: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v229_6: f32 = acc1_2 + l228_6;
    let v230_6: f32 = 0.5f * v229_6;
    let v231_6: f32 = v229_6 * 0.70710677f;
    let v232_6: f32 = loom_erf(v231_6);
    let v233_6: f32 = 1.0f + v232_6;
    let v234_6: f32 = v230_6 * v233_6;
    t234[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v234_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l228_7: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v229_7: f32 = acc1_3 + l228_7;
    let v230_7: f32 = 0.5f * v229_7;
    let v231_7: f32 = v229_7 * 0.70710677f;
    let v232_7: f32 = loom_erf(v231_7);
    let v233_7: f32 = 1.0f + v232_7;
    let v234_7: f32 = v230_7 * v233_7;
    t234[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v234_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l228_8: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v229_8: f32 = acc2_0 + l228_8;
    let v230_8: f32 = 0.5f * v229_8;
    let v231_8: f32 = v229_8 * 0.70710677f;
    let v232_8: f32 = loom_erf(v231_8);
    let v233_8: f32 = 1.0f + v232_8;
    let v234_8: f32 = v230_8 * v233_8;
    t234[(row0 + ty + 32i) * 256i + (col0 + tx)] = v234_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l228_9: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v229_9: f32 = acc2_1 + l228_9;
    let v230_9: f32 = 0.5f * v229_9;
    let v231_9: f32 = v229_9 * 0.70710677f;
    let v232_9: f32 = loom_erf(v231_9);
    let v233_9: f32 = 1.0f + v232_9;
    let v234_9: f32 = v230_9 * v233_9;
    t234[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v234_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l228_10: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v229_10: f32 = acc2_2 + l228_10;
    let v230_10: f32 = 0.5f * v229_10;
    let v231_10: f32 = v229_10 * 0.70710677f;
    let v232_10: f32 = loom_erf(v231_10);
    let v233_10: f32 = 1.0f + v232_10;
    let v234_10: f32 = v230_10 * v233_10;
    t234[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v234_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l228_11: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v229_11: f32 = acc2_3 + l228_11;
    let v230_11: f32 = 0.5f * v229_11;
    let v231_11: f32 = v229_11 * 0.70710677f;
    let v232_11: f32 = loom_erf(v231_11);
    let v233_11: f32 = 1.0f + v232_11;
    let v234_11: f32 = v230_11 * v233_11;
    t234[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v234_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l228_12: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v229_12: f32 = acc3_0 + l228_12;
    let v230_12: f32 = 0.5f * v229_12;
    let v231_12: f32 = v229_12 * 0.70710677f;
    let v232_12: f32 = loom_erf(v231_12);
    let v233_12: f32 = 1.0f + v232_12;
    let v234_12: f32 = v230_12 * v233_12;
    t234[(row0 + ty + 48i) * 256i + (col0 + tx)] = v234_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l228_13: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v229_13: f32 = acc3_1 + l228_13;
    let v230_13: f32 = 0.5f * v229_13;
    let v231_13: f32 = v229_13 * 0.70710677f;
    let v232_13: f32 = loom_erf(v231_13);
    let v233_13: f32 = 1.0f + v232_13;
    let v234_13: f32 = v230_13 * v233_13;
    t234[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v234_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l228_14: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v229_14: f32 = acc3_2 + l228_14;
    let v230_14: f32 = 0.5f * v229_14;
    let v231_14: f32 = v229_14 * 0.70710677f;
    let v232_14: f32 = loom_erf(v231_14);
    let v233_14: f32 = 1.0f + v232_14;
    let v234_14: f32 = v230_14 * v233_14;
    t234[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v234_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l228_15: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v229_15: f32 = acc3_3 + l228_15;
    let v230_15: f32 = 0.5f * v229_15;
    let v231_15: f32 = v229_15 * 0.70710677f;
    let v232_15: f32 = loom_erf(v231_15);
    let v233_15: f32 = 1.0f + v232_15;
    let v234_15: f32 = v230_15 * v233_15;
    t234[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v234_15;
  }
}
