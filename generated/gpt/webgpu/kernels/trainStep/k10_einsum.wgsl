// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t122: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t128: array<f32>;
@group(0) @binding(4) var<storage, read_write> t130: array<f32>;
@group(0) @binding(5) var<storage, read_write> t133: array<f32>;
@group(0) @binding(6) var<storage, read_write> t134: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t122[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t122[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t122[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t122[(row0 + ty + 48i) * 64i + kA];
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
    let l125: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v126: f32 = acc0_0 + l125;
    let v128: f32 = 0.5f * v126;
    t128[(row0 + ty) * 256i + (col0 + tx)] = v128;
    let v130: f32 = v126 * 0.70710677f;
    t130[(row0 + ty) * 256i + (col0 + tx)] = v130;
    let v131: f32 = loom_erf(v130);
    let v133: f32 = 1.0f + v131;
    t133[(row0 + ty) * 256i + (col0 + tx)] = v133;
    let v134: f32 = v128 * v133;
    t134[(row0 + ty) * 256i + (col0 + tx)] = v134;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l125_1: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v126_1: f32 = acc0_1 + l125_1;
    let v128_1: f32 = 0.5f * v126_1;
    t128[(row0 + ty) * 256i + (col0 + tx) + 16i] = v128_1;
    let v130_1: f32 = v126_1 * 0.70710677f;
    t130[(row0 + ty) * 256i + (col0 + tx) + 16i] = v130_1;
    let v131_1: f32 = loom_erf(v130_1);
    let v133_1: f32 = 1.0f + v131_1;
    t133[(row0 + ty) * 256i + (col0 + tx) + 16i] = v133_1;
    let v134_1: f32 = v128_1 * v133_1;
    t134[(row0 + ty) * 256i + (col0 + tx) + 16i] = v134_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l125_2: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v126_2: f32 = acc0_2 + l125_2;
    let v128_2: f32 = 0.5f * v126_2;
    t128[(row0 + ty) * 256i + (col0 + tx) + 32i] = v128_2;
    let v130_2: f32 = v126_2 * 0.70710677f;
    t130[(row0 + ty) * 256i + (col0 + tx) + 32i] = v130_2;
    let v131_2: f32 = loom_erf(v130_2);
    let v133_2: f32 = 1.0f + v131_2;
    t133[(row0 + ty) * 256i + (col0 + tx) + 32i] = v133_2;
    let v134_2: f32 = v128_2 * v133_2;
    t134[(row0 + ty) * 256i + (col0 + tx) + 32i] = v134_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l125_3: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v126_3: f32 = acc0_3 + l125_3;
    let v128_3: f32 = 0.5f * v126_3;
    t128[(row0 + ty) * 256i + (col0 + tx) + 48i] = v128_3;
    let v130_3: f32 = v126_3 * 0.70710677f;
    t130[(row0 + ty) * 256i + (col0 + tx) + 48i] = v130_3;
    let v131_3: f32 = loom_erf(v130_3);
    let v133_3: f32 = 1.0f + v131_3;
    t133[(row0 + ty) * 256i + (col0 + tx) + 48i] = v133_3;
    let v134_3: f32 = v128_3 * v133_3;
    t134[(row0 + ty) * 256i + (col0 + tx) + 48i] = v134_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l125_4: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v126_4: f32 = acc1_0 + l125_4;
    let v128_4: f32 = 0.5f * v126_4;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx)] = v128_4;
    let v130_4: f32 = v126_4 * 0.70710677f;
    t130[(row0 + ty + 16i) * 256i + (col0 + tx)] = v130_4;
    let v131_4: f32 = loom_erf(v130_4);
    let v133_4: f32 = 1.0f + v131_4;
    t133[(row0 + ty + 16i) * 256i + (col0 + tx)] = v133_4;
    let v134_4: f32 = v128_4 * v133_4;
    t134[(row0 + ty + 16i) * 256i + (col0 + tx)] = v134_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l125_5: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v126_5: f32 = acc1_1 + l125_5;
    let v128_5: f32 = 0.5f * v126_5;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v128_5;
    let v130_5: f32 = v126_5 * 0.70710677f;
    t130[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v130_5;
    let v131_5: f32 = loom_erf(v130_5);
    let v133_5: f32 = 1.0f + v131_5;
    t133[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v133_5;
    let v134_5: f32 = v128_5 * v133_5;
    t134[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v134_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l125_6: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v126_6: f32 = acc1_2 + l125_6;
    let v128_6: f32 = 0.5f * v126_6;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v128_6;
    let v130_6: f32 = v126_6 * 0.70710677f;
    t130[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v130_6;
    let v131_6: f32 = loom_erf(v130_6);
    let v133_6: f32 = 1.0f + v131_6;
    t133[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v133_6;
    let v134_6: f32 = v128_6 * v133_6;
    t134[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v134_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l125_7: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v126_7: f32 = acc1_3 + l125_7;
    let v128_7: f32 = 0.5f * v126_7;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v128_7;
    let v130_7: f32 = v126_7 * 0.70710677f;
    t130[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v130_7;
    let v131_7: f32 = loom_erf(v130_7);
    let v133_7: f32 = 1.0f + v131_7;
    t133[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v133_7;
    let v134_7: f32 = v128_7 * v133_7;
    t134[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v134_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l125_8: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v126_8: f32 = acc2_0 + l125_8;
    let v128_8: f32 = 0.5f * v126_8;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx)] = v128_8;
    let v130_8: f32 = v126_8 * 0.70710677f;
    t130[(row0 + ty + 32i) * 256i + (col0 + tx)] = v130_8;
    let v131_8: f32 = loom_erf(v130_8);
    let v133_8: f32 = 1.0f + v131_8;
    t133[(row0 + ty + 32i) * 256i + (col0 + tx)] = v133_8;
    let v134_8: f32 = v128_8 * v133_8;
    t134[(row0 + ty + 32i) * 256i + (col0 + tx)] = v134_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l125_9: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v126_9: f32 = acc2_1 + l125_9;
    let v128_9: f32 = 0.5f * v126_9;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v128_9;
    let v130_9: f32 = v126_9 * 0.70710677f;
    t130[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v130_9;
    let v131_9: f32 = loom_erf(v130_9);
    let v133_9: f32 = 1.0f + v131_9;
    t133[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v133_9;
    let v134_9: f32 = v128_9 * v133_9;
    t134[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v134_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l125_10: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v126_10: f32 = acc2_2 + l125_10;
    let v128_10: f32 = 0.5f * v126_10;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v128_10;
    let v130_10: f32 = v126_10 * 0.70710677f;
    t130[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v130_10;
    let v131_10: f32 = loom_erf(v130_10);
    let v133_10: f32 = 1.0f + v131_10;
    t133[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v133_10;
    let v134_10: f32 = v128_10 * v133_10;
    t134[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v134_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l125_11: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v126_11: f32 = acc2_3 + l125_11;
    let v128_11: f32 = 0.5f * v126_11;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v128_11;
    let v130_11: f32 = v126_11 * 0.70710677f;
    t130[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v130_11;
    let v131_11: f32 = loom_erf(v130_11);
    let v133_11: f32 = 1.0f + v131_11;
    t133[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v133_11;
    let v134_11: f32 = v128_11 * v133_11;
    t134[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v134_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l125_12: f32 = p_blocks_0_mlp_fc_b[col0 + tx];
    let v126_12: f32 = acc3_0 + l125_12;
    let v128_12: f32 = 0.5f * v126_12;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx)] = v128_12;
    let v130_12: f32 = v126_12 * 0.70710677f;
    t130[(row0 + ty + 48i) * 256i + (col0 + tx)] = v130_12;
    let v131_12: f32 = loom_erf(v130_12);
    let v133_12: f32 = 1.0f + v131_12;
    t133[(row0 + ty + 48i) * 256i + (col0 + tx)] = v133_12;
    let v134_12: f32 = v128_12 * v133_12;
    t134[(row0 + ty + 48i) * 256i + (col0 + tx)] = v134_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l125_13: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 16i];
    let v126_13: f32 = acc3_1 + l125_13;
    let v128_13: f32 = 0.5f * v126_13;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v128_13;
    let v130_13: f32 = v126_13 * 0.70710677f;
    t130[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v130_13;
    let v131_13: f32 = loom_erf(v130_13);
    let v133_13: f32 = 1.0f + v131_13;
    t133[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v133_13;
    let v134_13: f32 = v128_13 * v133_13;
    t134[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v134_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l125_14: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 32i];
    let v126_14: f32 = acc3_2 + l125_14;
    let v128_14: f32 = 0.5f * v126_14;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v128_14;
    let v130_14: f32 = v126_14 * 0.70710677f;
    t130[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v130_14;
    let v131_14: f32 = loom_erf(v130_14);
    let v133_14: f32 = 1.0f + v131_14;
    t133[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v133_14;
    let v134_14: f32 = v128_14 * v133_14;
    t134[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v134_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l125_15: f32 = p_blocks_0_mlp_fc_b[col0 + tx + 48i];
    let v126_15: f32 = acc3_3 + l125_15;
    let v128_15: f32 = 0.5f * v126_15;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v128_15;
    let v130_15: f32 = v126_15 * 0.70710677f;
    t130[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v130_15;
    let v131_15: f32 = loom_erf(v130_15);
    let v133_15: f32 = 1.0f + v131_15;
    t133[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v133_15;
    let v134_15: f32 = v128_15 * v133_15;
    t134[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v134_15;
  }
}
