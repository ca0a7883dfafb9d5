// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t120: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t132: array<f32>;
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
      tileA[tx * 64i + ty] = t120[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t120[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t120[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t120[(row0 + ty + 48i) * 64i + kA];
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
    let l123: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v124: f32 = acc0_0 + l123;
    let v126: f32 = 0.5f * v124;
    let v128: f32 = v124 * 0.70710677f;
    let v129: f32 = loom_erf(v128);
    let v131: f32 = 1.0f + v129;
    let v132: f32 = v126 * v131;
    t132[(row0 + ty) * 256i + (col0 + tx)] = v132;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let l123_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v124_1: f32 = acc0_1 + l123_1;
    let v126_1: f32 = 0.5f * v124_1;
    let v128_1: f32 = v124_1 * 0.70710677f;
    let v129_1: f32 = loom_erf(v128_1);
    let v131_1: f32 = 1.0f + v129_1;
    let v132_1: f32 = v126_1 * v131_1;
    t132[(row0 + ty) * 256i + (col0 + tx) + 16i] = v132_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let l123_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v124_2: f32 = acc0_2 + l123_2;
    let v126_2: f32 = 0.5f * v124_2;
    let v128_2: f32 = v124_2 * 0.70710677f;
    let v129_2: f32 = loom_erf(v128_2);
    let v131_2: f32 = 1.0f + v129_2;
    let v132_2: f32 = v126_2 * v131_2;
    t132[(row0 + ty) * 256i + (col0 + tx) + 32i] = v132_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let l123_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v124_3: f32 = acc0_3 + l123_3;
    let v126_3: f32 = 0.5f * v124_3;
    let v128_3: f32 = v124_3 * 0.70710677f;
    let v129_3: f32 = loom_erf(v128_3);
    let v131_3: f32 = 1.0f + v129_3;
    let v132_3: f32 = v126_3 * v131_3;
    t132[(row0 + ty) * 256i + (col0 + tx) + 48i] = v132_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let l123_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v124_4: f32 = acc1_0 + l123_4;
    let v126_4: f32 = 0.5f * v124_4;
    let v128_4: f32 = v124_4 * 0.70710677f;
    let v129_4: f32 = loom_erf(v128_4);
    let v131_4: f32 = 1.0f + v129_4;
    let v132_4: f32 = v126_4 * v131_4;
    t132[(row0 + ty + 16i) * 256i + (col0 + tx)] = v132_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let l123_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v124_5: f32 = acc1_1 + l123_5;
    let v126_5: f32 = 0.5f * v124_5;
    let v128_5: f32 = v124_5 * 0.70710677f;
    let v129_5: f32 = loom_erf(v128_5);
    let v131_5: f32 = 1.0f + v129_5;
    let v132_5: f32 = v126_5 * v131_5;
    t132[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v132_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let l123_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v124_6: f32 = acc1_2 + l123_6;
    let v126_6: f32 = 0.5f * v124_6;
    let v128_6: f32 = v124_6 * 0.70710677f;
    let v129_6: f32 = loom_erf(v128_6);
    let v131_6: f32 = 1.0f + v129_6;
    let v132_6: f32 = v126_6 * v131_6;
    t132[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v132_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let l123_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v124_7: f32 = acc1_3 + l123_7;
    let v126_7: f32 = 0.5f * v124_7;
    let v128_7: f32 = v124_7 * 0.70710677f;
    let v129_7: f32 = loom_erf(v128_7);
    let v131_7: f32 = 1.0f + v129_7;
    let v132_7: f32 = v126_7 * v131_7;
    t132[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v132_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let l123_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v124_8: f32 = acc2_0 + l123_8;
    let v126_8: f32 = 0.5f * v124_8;
    let v128_8: f32 = v124_8 * 0.70710677f;
    let v129_8: f32 = loom_erf(v128_8);
    let v131_8: f32 = 1.0f + v129_8;
    let v132_8: f32 = v126_8 * v131_8;
    t132[(row0 + ty + 32i) * 256i + (col0 + tx)] = v132_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let l123_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v124_9: f32 = acc2_1 + l123_9;
    let v126_9: f32 = 0.5f * v124_9;
    let v128_9: f32 = v124_9 * 0.70710677f;
    let v129_9: f32 = loom_erf(v128_9);
    let v131_9: f32 = 1.0f + v129_9;
    let v132_9: f32 = v126_9 * v131_9;
    t132[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v132_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let l123_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v124_10: f32 = acc2_2 + l123_10;
    let v126_10: f32 = 0.5f * v124_10;
    let v128_10: f32 = v124_10 * 0.70710677f;
    let v129_10: f32 = loom_erf(v128_10);
    let v131_10: f32 = 1.0f + v129_10;
    let v132_10: f32 = v126_10 * v131_10;
    t132[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v132_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let l123_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v124_11: f32 = acc2_3 + l123_11;
    let v126_11: f32 = 0.5f * v124_11;
    let v128_11: f32 = v124_11 * 0.70710677f;
    let v129_11: f32 = loom_erf(v128_11);
    let v131_11: f32 = 1.0f + v129_11;
    let v132_11: f32 = v126_11 * v131_11;
    t132[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v132_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let l123_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v124_12: f32 = acc3_0 + l123_12;
    let v126_12: f32 = 0.5f * v124_12;
    let v128_12: f32 = v124_12 * 0.70710677f;
    let v129_12: f32 = loom_erf(v128_12);
    let v131_12: f32 = 1.0f + v129_12;
    let v132_12: f32 = v126_12 * v131_12;
    t132[(row0 + ty + 48i) * 256i + (col0 + tx)] = v132_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let l123_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v124_13: f32 = acc3_1 + l123_13;
    let v126_13: f32 = 0.5f * v124_13;
    let v128_13: f32 = v124_13 * 0.70710677f;
    let v129_13: f32 = loom_erf(v128_13);
    let v131_13: f32 = 1.0f + v129_13;
    let v132_13: f32 = v126_13 * v131_13;
    t132[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v132_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let l123_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v124_14: f32 = acc3_2 + l123_14;
    let v126_14: f32 = 0.5f * v124_14;
    let v128_14: f32 = v124_14 * 0.70710677f;
    let v129_14: f32 = loom_erf(v128_14);
    let v131_14: f32 = 1.0f + v129_14;
    let v132_14: f32 = v126_14 * v131_14;
    t132[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v132_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let l123_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v124_15: f32 = acc3_3 + l123_15;
    let v126_15: f32 = 0.5f * v124_15;
    let v128_15: f32 = v124_15 * 0.70710677f;
    let v129_15: f32 = loom_erf(v128_15);
    let v131_15: f32 = 1.0f + v129_15;
    let v132_15: f32 = v126_15 * v131_15;
    t132[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v132_15;
  }
}
