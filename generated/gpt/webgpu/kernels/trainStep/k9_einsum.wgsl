// kernel k9_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t103: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t109: array<f32>;
@group(0) @binding(4) var<storage, read_write> t111: array<f32>;
@group(0) @binding(5) var<storage, read_write> t114: array<f32>;
@group(0) @binding(6) var<storage, read_write> t115: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t103[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t103[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t103[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t103[(row0 + ty + 48i) * 64i + kA];
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
    let l106: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v107: f32 = acc0_0 + l106;
    let v109: f32 = 0.5f * v107;
    t109[(row0 + ty) * 256i + (col0 + tx)] = v109;
    let v111: f32 = v107 * 0.70710677f;
    t111[(row0 + ty) * 256i + (col0 + tx)] = v111;
    let v112: f32 = loom_erf(v111);
    let v114: f32 = 1.0f + v112;
    t114[(row0 + ty) * 256i + (col0 + tx)] = v114;
    let v115: f32 = v109 * v114;
    t115[(row0 + ty) * 256i + (col0 + tx)] = v115;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l106_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v107_1: f32 = acc0_1 + l106_1;
    let v109_1: f32 = 0.5f * v107_1;
    t109[(row0 + ty) * 256i + (col0 + tx) + 16i] = v109_1;
    let v111_1: f32 = v107_1 * 0.70710677f;
    t111[(row0 + ty) * 256i + (col0 + tx) + 16i] = v111_1;
    let v112_1: f32 = loom_erf(v111_1);
    let v114_1: f32 = 1.0f + v112_1;
    t114[(row0 + ty) * 256i + (col0 + tx) + 16i] = v114_1;
    let v115_1: f32 = v109_1 * v114_1;
    t115[(row0 + ty) * 256i + (col0 + tx) + 16i] = v115_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l106_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v107_2: f32 = acc0_2 + l106_2;
    let v109_2: f32 = 0.5f * v107_2;
    t109[(row0 + ty) * 256i + (col0 + tx) + 32i] = v109_2;
    let v111_2: f32 = v107_2 * 0.70710677f;
    t111[(row0 + ty) * 256i + (col0 + tx) + 32i] = v111_2;
    let v112_2: f32 = loom_erf(v111_2);
    let v114_2: f32 = 1.0f + v112_2;
    t114[(row0 + ty) * 256i + (col0 + tx) + 32i] = v114_2;
    let v115_2: f32 = v109_2 * v114_2;
    t115[(row0 + ty) * 256i + (col0 + tx) + 32i] = v115_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l106_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v107_3: f32 = acc0_3 + l106_3;
    let v109_3: f32 = 0.5f * v107_3;
    t109[(row0 + ty) * 256i + (col0 + tx) + 48i] = v109_3;
    let v111_3: f32 = v107_3 * 0.70710677f;
    t111[(row0 + ty) * 256i + (col0 + tx) + 48i] = v111_3;
    let v112_3: f32 = loom_erf(v111_3);
    let v114_3: f32 = 1.0f + v112_3;
    t114[(row0 + ty) * 256i + (col0 + tx) + 48i] = v114_3;
    let v115_3: f32 = v109_3 * v114_3;
    t115[(row0 + ty) * 256i + (col0 + tx) + 48i] = v115_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l106_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v107_4: f32 = acc1_0 + l106_4;
    let v109_4: f32 = 0.5f * v107_4;
    t109[(row0 + ty + 16i) * 256i + (col0 + tx)] = v109_4;
    let v111_4: f32 = v107_4 * 0.70710677f;
    t111[(row0 + ty + 16i) * 256i + (col0 + tx)] = v111_4;
    let v112_4: f32 = loom_erf(v111_4);
    let v114_4: f32 = 1.0f + v112_4;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx)] = v114_4;
    let v115_4: f32 = v109_4 * v114_4;
    t115[(row0 + ty + 16i) * 256i + (col0 + tx)] = v115_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l106_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v107_5: f32 = acc1_1 + l106_5;
    let v109_5: f32 = 0.5f * v107_5;
    t109[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v109_5;
    let v111_5: f32 = v107_5 * 0.70710677f;
    t111[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v111_5;
    let v112_5: f32 = loom_erf(v111_5);
    let v114_5: f32 = 1.0f + v112_5;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v114_5;
    let v115_5: f32 = v109_5 * v114_5;
    t115[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v115_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l106_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v107_6: f32 = acc1_2 + l106_6;
    let v109_6: f32 = 0.5f * v107_6;
    t109[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v109_6;
    let v111_6: f32 = v107_6 * 0.70710677f;
    t111[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v111_6;
    let v112_6: f32 = loom_erf(v111_6);
    let v114_6: f32 = 1.0f + v112_6;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v114_6;
    let v115_6: f32 = v109_6 * v114_6;
    t115[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v115_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l106_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v107_7: f32 = acc1_3 + l106_7;
    let v109_7: f32 = 0.5f * v107_7;
    t109[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v109_7;
    let v111_7: f32 = v107_7 * 0.70710677f;
    t111[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v111_7;
    let v112_7: f32 = loom_erf(v111_7);
    let v114_7: f32 = 1.0f + v112_7;
    t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v114_7;
    let v115_7: f32 = v109_7 * v114_7;
    t115[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v115_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l106_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v107_8: f32 = acc2_0 + l106_8;
    let v109_8: f32 = 0.5f * v107_8;
    t109[(row0 + ty + 32i) * 256i + (col0 + tx)] = v109_8;
    let v111_8: f32 = v107_8 * 0.70710677f;
    t111[(row0 + ty + 32i) * 256i + (col0 + tx)] = v111_8;
    let v112_8: f32 = loom_erf(v111_8);
    let v114_8: f32 = 1.0f + v112_8;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx)] = v114_8;
    let v115_8: f32 = v109_8 * v114_8;
    t115[(row0 + ty + 32i) * 256i + (col0 + tx)] = v115_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l106_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v107_9: f32 = acc2_1 + l106_9;
    let v109_9: f32 = 0.5f * v107_9;
    t109[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v109_9;
    let v111_9: f32 = v107_9 * 0.70710677f;
    t111[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v111_9;
    let v112_9: f32 = loom_erf(v111_9);
    let v114_9: f32 = 1.0f + v112_9;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v114_9;
    let v115_9: f32 = v109_9 * v114_9;
    t115[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v115_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l106_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v107_10: f32 = acc2_2 + l106_10;
    let v109_10: f32 = 0.5f * v107_10;
    t109[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v109_10;
    let v111_10: f32 = v107_10 * 0.70710677f;
    t111[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v111_10;
    let v112_10: f32 = loom_erf(v111_10);
    let v114_10: f32 = 1.0f + v112_10;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v114_10;
    let v115_10: f32 = v109_10 * v114_10;
    t115[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v115_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l106_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v107_11: f32 = acc2_3 + l106_11;
    let v109_11: f32 = 0.5f * v107_11;
    t109[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v109_11;
    let v111_11: f32 = v107_11 * 0.70710677f;
    t111[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v111_11;
    let v112_11: f32 = loom_erf(v111_11);
    let v114_11: f32 = 1.0f + v112_11;
    t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v114_11;
    let v115_11: f32 = v109_11 * v114_11;
    t115[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v115_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l106_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v107_12: f32 = acc3_0 + l106_12;
    let v109_12: f32 = 0.5f * v107_12;
    t109[(row0 + ty + 48i) * 256i + (col0 + tx)] = v109_12;
    let v111_12: f32 = v107_12 * 0.70710677f;
    t111[(row0 + ty + 48i) * 256i + (col0 + tx)] = v111_12;
    let v112_12: f32 = loom_erf(v111_12);
    let v114_12: f32 = 1.0f + v112_12;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx)] = v114_12;
    let v115_12: f32 = v109_12 * v114_12;
    t115[(row0 + ty + 48i) * 256i + (col0 + tx)] = v115_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l106_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v107_13: f32 = acc3_1 + l106_13;
    let v109_13: f32 = 0.5f * v107_13;
    t109[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v109_13;
    let v111_13: f32 = v107_13 * 0.70710677f;
    t111[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v111_13;
    let v112_13: f32 = loom_erf(v111_13);
    let v114_13: f32 = 1.0f + v112_13;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v114_13;
    let v115_13: f32 = v109_13 * v114_13;
    t115[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v115_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l106_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v107_14: f32 = acc3_2 + l106_14;
    let v109_14: f32 = 0.5f * v107_14;
    t109[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v109_14;
    let v111_14: f32 = v107_14 * 0.70710677f;
    t111[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v111_14;
    let v112_14: f32 = loom_erf(v111_14);
    let v114_14: f32 = 1.0f + v112_14;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v114_14;
    let v115_14: f32 = v109_14 * v114_14;
    t115[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v115_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l106_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v107_15: f32 = acc3_3 + l106_15;
    let v109_15: f32 = 0.5f * v107_15;
    t109[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v109_15;
    let v111_15: f32 = v107_15 * 0.70710677f;
    t111[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v111_15;
    let v112_15: f32 = loom_erf(v111_15);
    let v114_15: f32 = 1.0f + v112_15;
    t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v114_15;
    let v115_15: f32 = v109_15 * v114_15;
    t115[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v115_15;
  }
}
