// kernel k8_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t100: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t112: array<f32>;
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
fn k8_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t100[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t100[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t100[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t100[(row0 + ty + 48i) * 64i + kA];
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
    let l103: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v104: f32 = acc0_0 + l103;
    let v106: f32 = 0.5f * v104;
    let v108: f32 = v104 * 0.70710677f;
    let v109: f32 = loom_erf(v108);
    let v111: f32 = 1.0f + v109;
    let v112: f32 = v106 * v111;
    t112[(row0 + ty) * 256i + (col0 + tx)] = v112;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l103_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v104_1: f32 = acc0_1 + l103_1;
    let v106_1: f32 = 0.5f * v104_1;
    let v108_1: f32 = v104_1 * 0.70710677f;
    let v109_1: f32 = loom_erf(v108_1);
    let v111_1: f32 = 1.0f + v109_1;
    let v112_1: f32 = v106_1 * v111_1;
    t112[(row0 + ty) * 256i + (col0 + tx) + 16i] = v112_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l103_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v104_2: f32 = acc0_2 + l103_2;
    let v106_2: f32 = 0.5f * v104_2;
    let v108_2: f32 = v104_2 * 0.70710677f;
    let v109_2: f32 = loom_erf(v108_2);
    let v111_2: f32 = 1.0f + v109_2;
    let v112_2: f32 = v106_2 * v111_2;
    t112[(row0 + ty) * 256i + (col0 + tx) + 32i] = v112_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l103_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v104_3: f32 = acc0_3 + l103_3;
    let v106_3: f32 = 0.5f * v104_3;
    let v108_3: f32 = v104_3 * 0.70710677f;
    let v109_3: f32 = loom_erf(v108_3);
    let v111_3: f32 = 1.0f + v109_3;
    let v112_3: f32 = v106_3 * v111_3;
    t112[(row0 + ty) * 256i + (col0 + tx) + 48i] = v112_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l103_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v104_4: f32 = acc1_0 + l103_4;
    let v106_4: f32 = 0.5f * v104_4;
    let v108_4: f32 = v104_4 * 0.70710677f;
    let v109_4: f32 = loom_erf(v108_4);
    let v111_4: f32 = 1.0f + v109_4;
    let v112_4: f32 = v106_4 * v111_4;
    t112[(row0 + ty + 16i) * 256i + (col0 + tx)] = v112_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l103_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v104_5: f32 = acc1_1 + l103_5;
    let v106_5: f32 = 0.5f * v104_5;
    let v108_5: f32 = v104_5 * 0.70710677f;
    let v109_5: f32 = loom_erf(v108_5);
    let v111_5: f32 = 1.0f + v109_5;
    let v112_5: f32 = v106_5 * v111_5;
    t112[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v112_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l103_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v104_6: f32 = acc1_2 + l103_6;
    let v106_6: f32 = 0.5f * v104_6;
    let v108_6: f32 = v104_6 * 0.70710677f;
    let v109_6: f32 = loom_erf(v108_6);
    let v111_6: f32 = 1.0f + v109_6;
    let v112_6: f32 = v106_6 * v111_6;
    t112[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v112_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l103_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v104_7: f32 = acc1_3 + l103_7;
    let v106_7: f32 = 0.5f * v104_7;
    let v108_7: f32 = v104_7 * 0.70710677f;
    let v109_7: f32 = loom_erf(v108_7);
    let v111_7: f32 = 1.0f + v109_7;
    let v112_7: f32 = v106_7 * v111_7;
    t112[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v112_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l103_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v104_8: f32 = acc2_0 + l103_8;
    let v106_8: f32 = 0.5f * v104_8;
    let v108_8: f32 = v104_8 * 0.70710677f;
    let v109_8: f32 = loom_erf(v108_8);
    let v111_8: f32 = 1.0f + v109_8;
    let v112_8: f32 = v106_8 * v111_8;
    t112[(row0 + ty + 32i) * 256i + (col0 + tx)] = v112_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l103_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v104_9: f32 = acc2_1 + l103_9;
    let v106_9: f32 = 0.5f * v104_9;
    let v108_9: f32 = v104_9 * 0.70710677f;
    let v109_9: f32 = loom_erf(v108_9);
    let v111_9: f32 = 1.0f + v109_9;
    let v112_9: f32 = v106_9 * v111_9;
    t112[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v112_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l103_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v104_10: f32 = acc2_2 + l103_10;
    let v106_10: f32 = 0.5f * v104_10;
    let v108_10: f32 = v104_10 * 0.70710677f;
    let v109_10: f32 = loom_erf(v108_10);
    let v111_10: f32 = 1.0f + v109_10;
    let v112_10: f32 = v106_10 * v111_10;
    t112[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v112_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l103_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v104_11: f32 = acc2_3 + l103_11;
    let v106_11: f32 = 0.5f * v104_11;
    let v108_11: f32 = v104_11 * 0.70710677f;
    let v109_11: f32 = loom_erf(v108_11);
    let v111_11: f32 = 1.0f + v109_11;
    let v112_11: f32 = v106_11 * v111_11;
    t112[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v112_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l103_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v104_12: f32 = acc3_0 + l103_12;
    let v106_12: f32 = 0.5f * v104_12;
    let v108_12: f32 = v104_12 * 0.70710677f;
    let v109_12: f32 = loom_erf(v108_12);
    let v111_12: f32 = 1.0f + v109_12;
    let v112_12: f32 = v106_12 * v111_12;
    t112[(row0 + ty + 48i) * 256i + (col0 + tx)] = v112_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l103_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v104_13: f32 = acc3_1 + l103_13;
    let v106_13: f32 = 0.5f * v104_13;
    let v108_13: f32 = v104_13 * 0.70710677f;
    let v109_13: f32 = loom_erf(v108_13);
    let v111_13: f32 = 1.0f + v109_13;
    let v112_13: f32 = v106_13 * v111_13;
    t112[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v112_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l103_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v104_14: f32 = acc3_2 + l103_14;
    let v106_14: f32 = 0.5f * v104_14;
    let v108_14: f32 = v104_14 * 0.70710677f;
    let v109_14: f32 = loom_erf(v108_14);
    let v111_14: f32 = 1.0f + v109_14;
    let v112_14: f32 = v106_14 * v111_14;
    t112[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v112_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l103_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v104_15: f32 = acc3_3 + l103_15;
    let v106_15: f32 = 0.5f * v104_15;
    let v108_15: f32 = v104_15 * 0.70710677f;
    let v109_15: f32 = loom_erf(v108_15);
    let v111_15: f32 = 1.0f + v109_15;
    let v112_15: f32 = v106_15 * v111_15;
    t112[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v112_15;
  }
}
