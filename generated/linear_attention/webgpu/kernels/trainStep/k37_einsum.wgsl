// kernel k37_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t227: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t232: array<f32>;
@group(0) @binding(4) var<storage, read_write> t233: array<f32>;
@group(0) @binding(5) var<storage, read_write> t235: array<f32>;
@group(0) @binding(6) var<storage, read_write> t236: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t227[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t227[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t227[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t227[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 256i) {
    let l230: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v231: f32 = acc0_0 + l230;
    let v232: f32 = 0.5f * v231;
    t232[(row0 + ty) * 256i + (col0 + tx)] = v232;
    let v233: f32 = v231 * 0.70710677f;
    t233[(row0 + ty) * 256i + (col0 + tx)] = v233;
    let v234: f32 = loom_erf(v233);
    let v235: f32 = 1.0f + v234;
    t235[(row0 + ty) * 256i + (col0 + tx)] = v235;
    let v236: f32 = v232 * v235;
    t236[(row0 + ty) * 256i + (col0 + tx)] = v236;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l230_1: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v231_1: f32 = acc0_1 + l230_1;
    let v232_1: f32 = 0.5f * v231_1;
    t232[(row0 + ty) * 256i + (col0 + tx) + 16i] = v232_1;
    let v233_1: f32 = v231_1 * 0.70710677f;
    t233[(row0 + ty) * 256i + (col0 + tx) + 16i] = v233_1;
    let v234_1: f32 = loom_erf(v233_1);
    let v235_1: f32 = 1.0f + v234_1;
    t235[(row0 + ty) * 256i + (col0 + tx) + 16i] = v235_1;
    let v236_1: f32 = v232_1 * v235_1;
    t236[(row0 + ty) * 256i + (col0 + tx) + 16i] = v236_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l230_2: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v231_2: f32 = acc0_2 + l230_2;
    let v232_2: f32 = 0.5f * v231_2;
    t232[(row0 + ty) * 256i + (col0 + tx) + 32i] = v232_2;
    let v233_2: f32 = v231_2 * 0.70710677f;
    t233[(row0 + ty) * 256i + (col0 + tx) + 32i] = v233_2;
    let v234_2: f32 = loom_erf(v233_2);
    let v235_2: f32 = 1.0f + v234_2;
    t235[(row0 + ty) * 256i + (col0 + tx) + 32i] = v235_2;
    let v236_2: f32 = v232_2 * v235_2;
    t236[(row0 + ty) * 256i + (col0 + tx) + 32i] = v236_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l230_3: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v231_3: f32 = acc0_3 + l230_3;
    let v232_3: f32 = 0.5f * v231_3;
    t232[(row0 + ty) * 256i + (col0 + tx) + 48i] = v232_3;
    let v233_3: f32 = v231_3 * 0.70710677f;
    t233[(row0 + ty) * 256i + (col0 + tx) + 48i] = v233_3;
    let v234_3: f32 = loom_erf(v233_3);
    let v235_3: f32 = 1.0f + v234_3;
    t235[(row0 + ty) * 256i + (col0 + tx) + 48i] = v235_3;
    let v236_3: f32 = v232_3 * v235_3;
    t236[(row0 + ty) * 256i + (col0 + tx) + 48i] = v236_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l230_4: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v231_4: f32 = acc1_0 + l230_4;
    let v232_4: f32 = 0.5f * v231_4;
    t232[(row0 + ty + 16i) * 256i + (col0 + tx)] = v232_4;
    let v233_4: f32 = v231_4 * 0.70710677f;
    t233[(row0 + ty + 16i) * 256i + (col0 + tx)] = v233_4;
    let v234_4: f32 = loom_erf(v233_4);
    let v235_4: f32 = 1.0f + v234_4;
    t235[(row0 + ty + 16i) * 256i + (col0 + tx)] = v235_4;
    let v236_4: f32 = v232_4 * v235_4;
    t236[(row0 + ty + 16i) * 256i + (col0 + tx)] = v236_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l230_5: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v231_5: f32 = acc1_1 + l230_5;
    let v232_5: f32 = 0.5f * v231_5;
    t232[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v232_5;
    let v233_5: f32 = v231_5 * 0.70710677f;
    t233[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v233_5;
    let v234_5: f32 = loom_erf(v233_5);
    let v235_5: f32 = 1.0f + v234_5;
    t235[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v235_5;
    let v236_5: f32 = v232_5 * v235_5;
    t236[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v236_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l230_6: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v231_6: f32 = acc1_2 + l230_6;
    let v232_6: f32 = 0.5f * v231_6;
    t232[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v232_6;
    let v233_6: f32 = v231_6 * 0.70710677f;
    t233[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v233_6;
    let v234_6: f32 = loom_erf(v233_6);
    let v235_6: f32 = 1.0f + v234_6;
    t235[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v235_6;
    let v236_6: f32 = v232_6 * v235_6;
    t236[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v236_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l230_7: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v231_7: f32 = acc1_3 + l230_7;
    let v232_7: f32 = 0.5f * v231_7;
    t232[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v232_7;
    let v233_7: f32 = v231_7 * 0.70710677f;
    t233[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v233_7;
    let v234_7: f32 = loom_erf(v233_7);
    let v235_7: f32 = 1.0f + v234_7;
    t235[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v235_7;
    let v236_7: f32 = v232_7 * v235_7;
    t236[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v236_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l230_8: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v231_8: f32 = acc2_0 + l230_8;
    let v232_8: f32 = 0.5f * v231_8;
    t232[(row0 + ty + 32i) * 256i + (col0 + tx)] = v232_8;
    let v233_8: f32 = v231_8 * 0.70710677f;
    t233[(row0 + ty + 32i) * 256i + (col0 + tx)] = v233_8;
    let v234_8: f32 = loom_erf(v233_8);
    let v235_8: f32 = 1.0f + v234_8;
    t235[(row0 + ty + 32i) * 256i + (col0 + tx)] = v235_8;
    let v236_8: f32 = v232_8 * v235_8;
    t236[(row0 + ty + 32i) * 256i + (col0 + tx)] = v236_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l230_9: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v231_9: f32 = acc2_1 + l230_9;
    let v232_9: f32 = 0.5f * v231_9;
    t232[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v232_9;
    let v233_9: f32 = v231_9 * 0.70710677f;
    t233[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v233_9;
    let v234_9: f32 = loom_erf(v233_9);
    let v235_9: f32 = 1.0f + v234_9;
    t235[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v235_9;
    let v236_9: f32 = v232_9 * v235_9;
    t236[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v236_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l230_10: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v231_10: f32 = acc2_2 + l230_10;
    let v232_10: f32 = 0.5f * v231_10;
    t232[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v232_10;
    let v233_10: f32 = v231_10 * 0.70710677f;
    t233[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v233_10;
    let v234_10: f32 = loom_erf(v233_10);
    let v235_10: f32 = 1.0f + v234_10;
    t235[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v235_10;
    let v236_10: f32 = v232_10 * v235_10;
    t236[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v236_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l230_11: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v231_11: f32 = acc2_3 + l230_11;
    let v232_11: f32 = 0.5f * v231_11;
    t232[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v232_11;
    let v233_11: f32 = v231_11 * 0.70710677f;
    t233[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v233_11;
    let v234_11: f32 = loom_erf(v233_11);
    let v235_11: f32 = 1.0f + v234_11;
    t235[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v235_11;
    let v236_11: f32 = v232_11 * v235_11;
    t236[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v236_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l230_12: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v231_12: f32 = acc3_0 + l230_12;
    let v232_12: f32 = 0.5f * v231_12;
    t232[(row0 + ty + 48i) * 256i + (col0 + tx)] = v232_12;
    let v233_12: f32 = v231_12 * 0.70710677f;
    t233[(row0 + ty + 48i) * 256i + (col0 + tx)] = v233_12;
    let v234_12: f32 = loom_erf(v233_12);
    let v235_12: f32 = 1.0f + v234_12;
    t235[(row0 + ty + 48i) * 256i + (col0 + tx)] = v235_12;
    let v236_12: f32 = v232_12 * v235_12;
    t236[(row0 + ty + 48i) * 256i + (col0 + tx)] = v236_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l230_13: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v231_13: f32 = acc3_1 + l230_13;
    let v232_13: f32 = 0.5f * v231_13;
    t232[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v232_13;
    let v233_13: f32 = v231_13 * 0.70710677f;
    t233[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v233_13;
    let v234_13: f32 = loom_erf(v233_13);
    let v235_13: f32 = 1.0f + v234_13;
    t235[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v235_13;
    let v236_13: f32 = v232_13 * v235_13;
    t236[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v236_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l230_14: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v231_14: f32 = acc3_2 + l230_14;
    let v232_14: f32 = 0.5f * v231_14;
    t232[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v232_14;
    let v233_14: f32 = v231_14 * 0.70710677f;
    t233[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v233_14;
    let v234_14: f32 = loom_erf(v233_14);
    let v235_14: f32 = 1.0f + v234_14;
    t235[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v235_14;
    let v236_14: f32 = v232_14 * v235_14;
    t236[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v236_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l230_15: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v231_15: f32 = acc3_3 + l230_15;
    let v232_15: f32 = 0.5f * v231_15;
    t232[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v232_15;
    let v233_15: f32 = v231_15 * 0.70710677f;
    t233[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v233_15;
    let v234_15: f32 = loom_erf(v233_15);
    let v235_15: f32 = 1.0f + v234_15;
    t235[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v235_15;
    let v236_15: f32 = v232_15 * v235_15;
    t236[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v236_15;
  }
}
