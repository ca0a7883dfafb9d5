// kernel k21_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t208: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_mlp_fc_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t213: array<f32>;
@group(0) @binding(4) var<storage, read_write> t214: array<f32>;
@group(0) @binding(5) var<storage, read_write> t216: array<f32>;
@group(0) @binding(6) var<storage, read_write> t217: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t208[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t208[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t208[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t208[(row0 + ty + 48i) * 64i + kA];
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
    let l211: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v212: f32 = acc0_0 + l211;
    let v213: f32 = 0.5f * v212;
    t213[(row0 + ty) * 256i + (col0 + tx)] = v213;
    let v214: f32 = v212 * 0.70710677f;
    t214[(row0 + ty) * 256i + (col0 + tx)] = v214;
    let v215: f32 = loom_erf(v214);
    let v216: f32 = 1.0f + v215;
    t216[(row0 + ty) * 256i + (col0 + tx)] = v216;
    let v217: f32 = v213 * v216;
    t217[(row0 + ty) * 256i + (col0 + tx)] = v217;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l211_1: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v212_1: f32 = acc0_1 + l211_1;
    let v213_1: f32 = 0.5f * v212_1;
    t213[(row0 + ty) * 256i + (col0 + tx) + 16i] = v213_1;
    let v214_1: f32 = v212_1 * 0.70710677f;
    t214[(row0 + ty) * 256i + (col0 + tx) + 16i] = v214_1;
    let v215_1: f32 = loom_erf(v214_1);
    let v216_1: f32 = 1.0f + v215_1;
    t216[(row0 + ty) * 256i + (col0 + tx) + 16i] = v216_1;
    let v217_1: f32 = v213_1 * v216_1;
    t217[(row0 + ty) * 256i + (col0 + tx) + 16i] = v217_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l211_2: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v212_2: f32 = acc0_2 + l211_2;
    let v213_2: f32 = 0.5f * v212_2;
    t213[(row0 + ty) * 256i + (col0 + tx) + 32i] = v213_2;
    let v214_2: f32 = v212_2 * 0.70710677f;
    t214[(row0 + ty) * 256i + (col0 + tx) + 32i] = v214_2;
    let v215_2: f32 = loom_erf(v214_2);
    let v216_2: f32 = 1.0f + v215_2;
    t216[(row0 + ty) * 256i + (col0 + tx) + 32i] = v216_2;
    let v217_2: f32 = v213_2 * v216_2;
    t217[(row0 + ty) * 256i + (col0 + tx) + 32i] = v217_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l211_3: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v212_3: f32 = acc0_3 + l211_3;
    let v213_3: f32 = 0.5f * v212_3;
    t213[(row0 + ty) * 256i + (col0 + tx) + 48i] = v213_3;
    let v214_3: f32 = v212_3 * 0.70710677f;
    t214[(row0 + ty) * 256i + (col0 + tx) + 48i] = v214_3;
    let v215_3: f32 = loom_erf(v214_3);
    let v216_3: f32 = 1.0f + v215_3;
    t216[(row0 + ty) * 256i + (col0 + tx) + 48i] = v216_3;
    let v217_3: f32 = v213_3 * v216_3;
    t217[(row0 + ty) * 256i + (col0 + tx) + 48i] = v217_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l211_4: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v212_4: f32 = acc1_0 + l211_4;
    let v213_4: f32 = 0.5f * v212_4;
    t213[(row0 + ty + 16i) * 256i + (col0 + tx)] = v213_4;
    let v214_4: f32 = v212_4 * 0.70710677f;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx)] = v214_4;
    let v215_4: f32 = loom_erf(v214_4);
    let v216_4: f32 = 1.0f + v215_4;
    t216[(row0 + ty + 16i) * 256i + (col0 + tx)] = v216_4;
    let v217_4: f32 = v213_4 * v216_4;
    t217[(row0 + ty + 16i) * 256i + (col0 + tx)] = v217_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l211_5: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v212_5: f32 = acc1_1 + l211_5;
    let v213_5: f32 = 0.5f * v212_5;
    t213[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v213_5;
    let v214_5: f32 = v212_5 * 0.70710677f;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v214_5;
    let v215_5: f32 = loom_erf(v214_5);
    let v216_5: f32 = 1.0f + v215_5;
    t216[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v216_5;
    let v217_5: f32 = v213_5 * v216_5;
    t217[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v217_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l211_6: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v212_6: f32 = acc1_2 + l211_6;
    let v213_6: f32 = 0.5f * v212_6;
    t213[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v213_6;
    let v214_6: f32 = v212_6 * 0.70710677f;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v214_6;
    let v215_6: f32 = loom_erf(v214_6);
    let v216_6: f32 = 1.0f + v215_6;
    t216[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v216_6;
    let v217_6: f32 = v213_6 * v216_6;
    t217[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v217_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l211_7: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v212_7: f32 = acc1_3 + l211_7;
    let v213_7: f32 = 0.5f * v212_7;
    t213[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v213_7;
    let v214_7: f32 = v212_7 * 0.70710677f;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v214_7;
    let v215_7: f32 = loom_erf(v214_7);
    let v216_7: f32 = 1.0f + v215_7;
    t216[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v216_7;
    let v217_7: f32 = v213_7 * v216_7;
    t217[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v217_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l211_8: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v212_8: f32 = acc2_0 + l211_8;
    let v213_8: f32 = 0.5f * v212_8;
    t213[(row0 + ty + 32i) * 256i + (col0 + tx)] = v213_8;
    let v214_8: f32 = v212_8 * 0.70710677f;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx)] = v214_8;
    let v215_8: f32 = loom_erf(v214_8);
    let v216_8: f32 = 1.0f + v215_8;
    t216[(row0 + ty + 32i) * 256i + (col0 + tx)] = v216_8;
    let v217_8: f32 = v213_8 * v216_8;
    t217[(row0 + ty + 32i) * 256i + (col0 + tx)] = v217_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l211_9: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v212_9: f32 = acc2_1 + l211_9;
    let v213_9: f32 = 0.5f * v212_9;
    t213[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v213_9;
    let v214_9: f32 = v212_9 * 0.70710677f;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v214_9;
    let v215_9: f32 = loom_erf(v214_9);
    let v216_9: f32 = 1.0f + v215_9;
    t216[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v216_9;
    let v217_9: f32 = v213_9 * v216_9;
    t217[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v217_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l211_10: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v212_10: f32 = acc2_2 + l211_10;
    let v213_10: f32 = 0.5f * v212_10;
    t213[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v213_10;
    let v214_10: f32 = v212_10 * 0.70710677f;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v214_10;
    let v215_10: f32 = loom_erf(v214_10);
    let v216_10: f32 = 1.0f + v215_10;
    t216[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v216_10;
    let v217_10: f32 = v213_10 * v216_10;
    t217[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v217_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l211_11: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v212_11: f32 = acc2_3 + l211_11;
    let v213_11: f32 = 0.5f * v212_11;
    t213[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v213_11;
    let v214_11: f32 = v212_11 * 0.70710677f;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v214_11;
    let v215_11: f32 = loom_erf(v214_11);
    let v216_11: f32 = 1.0f + v215_11;
    t216[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v216_11;
    let v217_11: f32 = v213_11 * v216_11;
    t217[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v217_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l211_12: f32 = p_blocks_1_mlp_fc_b[col0 + tx];
    let v212_12: f32 = acc3_0 + l211_12;
    let v213_12: f32 = 0.5f * v212_12;
    t213[(row0 + ty + 48i) * 256i + (col0 + tx)] = v213_12;
    let v214_12: f32 = v212_12 * 0.70710677f;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx)] = v214_12;
    let v215_12: f32 = loom_erf(v214_12);
    let v216_12: f32 = 1.0f + v215_12;
    t216[(row0 + ty + 48i) * 256i + (col0 + tx)] = v216_12;
    let v217_12: f32 = v213_12 * v216_12;
    t217[(row0 + ty + 48i) * 256i + (col0 + tx)] = v217_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l211_13: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 16i];
    let v212_13: f32 = acc3_1 + l211_13;
    let v213_13: f32 = 0.5f * v212_13;
    t213[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v213_13;
    let v214_13: f32 = v212_13 * 0.70710677f;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v214_13;
    let v215_13: f32 = loom_erf(v214_13);
    let v216_13: f32 = 1.0f + v215_13;
    t216[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v216_13;
    let v217_13: f32 = v213_13 * v216_13;
    t217[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v217_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l211_14: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 32i];
    let v212_14: f32 = acc3_2 + l211_14;
    let v213_14: f32 = 0.5f * v212_14;
    t213[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v213_14;
    let v214_14: f32 = v212_14 * 0.70710677f;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v214_14;
    let v215_14: f32 = loom_erf(v214_14);
    let v216_14: f32 = 1.0f + v215_14;
    t216[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v216_14;
    let v217_14: f32 = v213_14 * v216_14;
    t217[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v217_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l211_15: f32 = p_blocks_1_mlp_fc_b[col0 + tx + 48i];
    let v212_15: f32 = acc3_3 + l211_15;
    let v213_15: f32 = 0.5f * v212_15;
    t213[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v213_15;
    let v214_15: f32 = v212_15 * 0.70710677f;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v214_15;
    let v215_15: f32 = loom_erf(v214_15);
    let v216_15: f32 = 1.0f + v215_15;
    t216[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v216_15;
    let v217_15: f32 = v213_15 * v216_15;
    t217[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v217_15;
  }
}
