// kernel k34_einsum (compiler/std/lowbit.loom:19:41)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> t208: array<f32>;
@group(0) @binding(2) var<storage, read_write> t214: array<f32>;
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
fn k34_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t201[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t201[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t201[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t201[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = t208[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = t208[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = t208[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = t208[(bK + 12i) * 256i + (col0 + bN)];
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
    let v210: f32 = 0.5f * acc0_0;
    let v211: f32 = acc0_0 * 0.70710677f;
    let v212: f32 = loom_erf(v211);
    let v213: f32 = 1.0f + v212;
    let v214: f32 = v210 * v213;
    t214[(row0 + ty) * 256i + (col0 + tx)] = v214;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let v210_1: f32 = 0.5f * acc0_1;
    let v211_1: f32 = acc0_1 * 0.70710677f;
    let v212_1: f32 = loom_erf(v211_1);
    let v213_1: f32 = 1.0f + v212_1;
    let v214_1: f32 = v210_1 * v213_1;
    t214[(row0 + ty) * 256i + (col0 + tx) + 16i] = v214_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let v210_2: f32 = 0.5f * acc0_2;
    let v211_2: f32 = acc0_2 * 0.70710677f;
    let v212_2: f32 = loom_erf(v211_2);
    let v213_2: f32 = 1.0f + v212_2;
    let v214_2: f32 = v210_2 * v213_2;
    t214[(row0 + ty) * 256i + (col0 + tx) + 32i] = v214_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let v210_3: f32 = 0.5f * acc0_3;
    let v211_3: f32 = acc0_3 * 0.70710677f;
    let v212_3: f32 = loom_erf(v211_3);
    let v213_3: f32 = 1.0f + v212_3;
    let v214_3: f32 = v210_3 * v213_3;
    t214[(row0 + ty) * 256i + (col0 + tx) + 48i] = v214_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let v210_4: f32 = 0.5f * acc1_0;
    let v211_4: f32 = acc1_0 * 0.70710677f;
    let v212_4: f32 = loom_erf(v211_4);
    let v213_4: f32 = 1.0f + v212_4;
    let v214_4: f32 = v210_4 * v213_4;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx)] = v214_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let v210_5: f32 = 0.5f * acc1_1;
    let v211_5: f32 = acc1_1 * 0.70710677f;
    let v212_5: f32 = loom_erf(v211_5);
    let v213_5: f32 = 1.0f + v212_5;
    let v214_5: f32 = v210_5 * v213_5;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v214_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let v210_6: f32 = 0.5f * acc1_2;
    let v211_6: f32 = acc1_2 * 0.70710677f;
    let v212_6: f32 = loom_erf(v211_6);
    let v213_6: f32 = 1.0f + v212_6;
    let v214_6: f32 = v210_6 * v213_6;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v214_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let v210_7: f32 = 0.5f * acc1_3;
    let v211_7: f32 = acc1_3 * 0.70710677f;
    let v212_7: f32 = loom_erf(v211_7);
    let v213_7: f32 = 1.0f + v212_7;
    let v214_7: f32 = v210_7 * v213_7;
    t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v214_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let v210_8: f32 = 0.5f * acc2_0;
    let v211_8: f32 = acc2_0 * 0.70710677f;
    let v212_8: f32 = loom_erf(v211_8);
    let v213_8: f32 = 1.0f + v212_8;
    let v214_8: f32 = v210_8 * v213_8;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx)] = v214_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let v210_9: f32 = 0.5f * acc2_1;
    let v211_9: f32 = acc2_1 * 0.70710677f;
    let v212_9: f32 = loom_erf(v211_9);
    let v213_9: f32 = 1.0f + v212_9;
    let v214_9: f32 = v210_9 * v213_9;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v214_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let v210_10: f32 = 0.5f * acc2_2;
    let v211_10: f32 = acc2_2 * 0.70710677f;
    let v212_10: f32 = loom_erf(v211_10);
    let v213_10: f32 = 1.0f + v212_10;
    let v214_10: f32 = v210_10 * v213_10;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v214_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let v210_11: f32 = 0.5f * acc2_3;
    let v211_11: f32 = acc2_3 * 0.70710677f;
    let v212_11: f32 = loom_erf(v211_11);
    let v213_11: f32 = 1.0f + v212_11;
    let v214_11: f32 = v210_11 * v213_11;
    t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v214_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let v210_12: f32 = 0.5f * acc3_0;
    let v211_12: f32 = acc3_0 * 0.70710677f;
    let v212_12: f32 = loom_erf(v211_12);
    let v213_12: f32 = 1.0f + v212_12;
    let v214_12: f32 = v210_12 * v213_12;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx)] = v214_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let v210_13: f32 = 0.5f * acc3_1;
    let v211_13: f32 = acc3_1 * 0.70710677f;
    let v212_13: f32 = loom_erf(v211_13);
    let v213_13: f32 = 1.0f + v212_13;
    let v214_13: f32 = v210_13 * v213_13;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v214_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let v210_14: f32 = 0.5f * acc3_2;
    let v211_14: f32 = acc3_2 * 0.70710677f;
    let v212_14: f32 = loom_erf(v211_14);
    let v213_14: f32 = 1.0f + v212_14;
    let v214_14: f32 = v210_14 * v213_14;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v214_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let v210_15: f32 = 0.5f * acc3_3;
    let v211_15: f32 = acc3_3 * 0.70710677f;
    let v212_15: f32 = loom_erf(v211_15);
    let v213_15: f32 = 1.0f + v212_15;
    let v214_15: f32 = v210_15 * v213_15;
    t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v214_15;
  }
}
