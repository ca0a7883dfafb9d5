// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t102: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t114: array<f32>;
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
fn k10_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t102[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t102[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t102[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t102[(row0 + ty + 48i) * 64i + kA];
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
    let l105: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v106: f32 = acc0_0 + l105;
    let v108: f32 = 0.5f * v106;
    let v110: f32 = v106 * 0.70710677f;
    let v111: f32 = loom_erf(v110);
    let v113: f32 = 1.0f + v111;
    let v114: f32 = v108 * v113;
    t114[(row0 + ty) * 256i + (col0 + tx)] = v114;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l105_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v106_1: f32 = acc0_1 + l105_1;
    let v108_1: f32 = 0.5f * v106_1;
    let v110_1: f32 = v106_1 * 0.70710677f;
    let v111_1: f32 = loom_erf(v110_1);
    let v113_1: f32 = 1.0f + v111_1;
    let v114_1: f32 = v108_1 * v113_1;
    t114[(row0 + ty) * 256i + (col0 + tx) + 16i] = v114_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l105_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v106_2: f32 = acc0_2 + l105_2;
    let v108_2: f32 = 0.5f * v106_2;
    let v110_2: f32 = v106_2 * 0.70710677f;
    let v111_2: f32 = loom_erf(v110_2);
    let v113_2: f32 = 1.0f + v111_2;
    let v114_2: f32 = v108_2 * v113_2;
    t114[(row0 + ty) * 256i + (col0 + tx) + 32i] = v114_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l105_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v106_3: f32 = acc0_3 + l105_3;
    let v108_3: f32 = 0.5f * v106_3;
    let v110_3: f32 = v106_3 * 0.70710677f;
    let v111_3: f32 = loom_erf(v110_3);
    let v113_3: f32 = 1.0f + v111_3;
    let v114_3: f32 = v108_3 * v113_3;
    t114[(row0 + ty) * 256i + (col0 + tx) + 48i] = v114_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l105_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v106_4: f32 = acc1_0 + l105_4;
    let v108_4: f32 = 0.5f * v106_4;
    let v110_4: f32 = v106_4 * 0.70710677f;
    let v111_4: f32 = loom_erf(v110_4);
    let v113_4: f32 = 1.0f + v111_4;
    let v114_4: f32 = v108_4 * v113_4;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx)] = v114_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l105_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v106_5: f32 = acc1_1 + l105_5;
    let v108_5: f32 = 0.5f * v106_5;
    let v110_5: f32 = v106_5 * 0.70710677f;
    let v111_5: f32 = loom_erf(v110_5);
    let v113_5: f32 = 1.0f + v111_5;
    let v114_5: f32 = v108_5 * v113_5;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v114_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l105_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v106_6: f32 = acc1_2 + l105_6;
    let v108_6: f32 = 0.5f * v106_6;
    let v110_6: f32 = v106_6 * 0.70710677f;
    let v111_6: f32 = loom_erf(v110_6);
    let v113_6: f32 = 1.0f + v111_6;
    let v114_6: f32 = v108_6 * v113_6;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v114_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l105_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v106_7: f32 = acc1_3 + l105_7;
    let v108_7: f32 = 0.5f * v106_7;
    let v110_7: f32 = v106_7 * 0.70710677f;
    let v111_7: f32 = loom_erf(v110_7);
    let v113_7: f32 = 1.0f + v111_7;
    let v114_7: f32 = v108_7 * v113_7;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v114_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l105_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v106_8: f32 = acc2_0 + l105_8;
    let v108_8: f32 = 0.5f * v106_8;
    let v110_8: f32 = v106_8 * 0.70710677f;
    let v111_8: f32 = loom_erf(v110_8);
    let v113_8: f32 = 1.0f + v111_8;
    let v114_8: f32 = v108_8 * v113_8;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx)] = v114_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l105_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v106_9: f32 = acc2_1 + l105_9;
    let v108_9: f32 = 0.5f * v106_9;
    let v110_9: f32 = v106_9 * 0.70710677f;
    let v111_9: f32 = loom_erf(v110_9);
    let v113_9: f32 = 1.0f + v111_9;
    let v114_9: f32 = v108_9 * v113_9;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v114_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l105_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v106_10: f32 = acc2_2 + l105_10;
    let v108_10: f32 = 0.5f * v106_10;
    let v110_10: f32 = v106_10 * 0.70710677f;
    let v111_10: f32 = loom_erf(v110_10);
    let v113_10: f32 = 1.0f + v111_10;
    let v114_10: f32 = v108_10 * v113_10;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v114_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l105_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v106_11: f32 = acc2_3 + l105_11;
    let v108_11: f32 = 0.5f * v106_11;
    let v110_11: f32 = v106_11 * 0.70710677f;
    let v111_11: f32 = loom_erf(v110_11);
    let v113_11: f32 = 1.0f + v111_11;
    let v114_11: f32 = v108_11 * v113_11;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v114_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l105_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v106_12: f32 = acc3_0 + l105_12;
    let v108_12: f32 = 0.5f * v106_12;
    let v110_12: f32 = v106_12 * 0.70710677f;
    let v111_12: f32 = loom_erf(v110_12);
    let v113_12: f32 = 1.0f + v111_12;
    let v114_12: f32 = v108_12 * v113_12;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx)] = v114_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l105_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v106_13: f32 = acc3_1 + l105_13;
    let v108_13: f32 = 0.5f * v106_13;
    let v110_13: f32 = v106_13 * 0.70710677f;
    let v111_13: f32 = loom_erf(v110_13);
    let v113_13: f32 = 1.0f + v111_13;
    let v114_13: f32 = v108_13 * v113_13;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v114_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l105_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v106_14: f32 = acc3_2 + l105_14;
    let v108_14: f32 = 0.5f * v106_14;
    let v110_14: f32 = v106_14 * 0.70710677f;
    let v111_14: f32 = loom_erf(v110_14);
    let v113_14: f32 = 1.0f + v111_14;
    let v114_14: f32 = v108_14 * v113_14;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v114_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l105_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v106_15: f32 = acc3_3 + l105_15;
    let v108_15: f32 = 0.5f * v106_15;
    let v110_15: f32 = v106_15 * 0.70710677f;
    let v111_15: f32 = loom_erf(v110_15);
    let v113_15: f32 = 1.0f + v111_15;
    let v114_15: f32 = v108_15 * v113_15;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v114_15;
  }
}
