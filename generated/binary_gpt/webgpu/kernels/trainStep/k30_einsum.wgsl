// kernel k30_einsum (compiler/std/lowbit.loom:19:41)
@group(0) @binding(0) var<storage, read> t199: array<f32>;
@group(0) @binding(1) var<storage, read> t206: array<f32>;
@group(0) @binding(2) var<storage, read_write> t208: array<f32>;
@group(0) @binding(3) var<storage, read_write> t209: array<f32>;
@group(0) @binding(4) var<storage, read_write> t211: array<f32>;
@group(0) @binding(5) var<storage, read_write> t212: array<f32>;
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
fn k30_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t199[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t199[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t199[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t199[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = t206[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = t206[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = t206[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = t206[(bK + 12i) * 256i + (col0 + bN)];
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
    let v208: f32 = 0.5f * acc0_0;
    t208[(row0 + ty) * 256i + (col0 + tx)] = v208;
    let v209: f32 = acc0_0 * 0.70710677f;
    t209[(row0 + ty) * 256i + (col0 + tx)] = v209;
    let v210: f32 = loom_erf(v209);
    let v211: f32 = 1.0f + v210;
    t211[(row0 + ty) * 256i + (col0 + tx)] = v211;
    let v212: f32 = v208 * v211;
    t212[(row0 + ty) * 256i + (col0 + tx)] = v212;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let v208_1: f32 = 0.5f * acc0_1;
    t208[(row0 + ty) * 256i + (col0 + tx) + 16i] = v208_1;
    let v209_1: f32 = acc0_1 * 0.70710677f;
    t209[(row0 + ty) * 256i + (col0 + tx) + 16i] = v209_1;
    let v210_1: f32 = loom_erf(v209_1);
    let v211_1: f32 = 1.0f + v210_1;
    t211[(row0 + ty) * 256i + (col0 + tx) + 16i] = v211_1;
    let v212_1: f32 = v208_1 * v211_1;
    t212[(row0 + ty) * 256i + (col0 + tx) + 16i] = v212_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let v208_2: f32 = 0.5f * acc0_2;
    t208[(row0 + ty) * 256i + (col0 + tx) + 32i] = v208_2;
    let v209_2: f32 = acc0_2 * 0.70710677f;
    t209[(row0 + ty) * 256i + (col0 + tx) + 32i] = v209_2;
    let v210_2: f32 = loom_erf(v209_2);
    let v211_2: f32 = 1.0f + v210_2;
    t211[(row0 + ty) * 256i + (col0 + tx) + 32i] = v211_2;
    let v212_2: f32 = v208_2 * v211_2;
    t212[(row0 + ty) * 256i + (col0 + tx) + 32i] = v212_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let v208_3: f32 = 0.5f * acc0_3;
    t208[(row0 + ty) * 256i + (col0 + tx) + 48i] = v208_3;
    let v209_3: f32 = acc0_3 * 0.70710677f;
    t209[(row0 + ty) * 256i + (col0 + tx) + 48i] = v209_3;
    let v210_3: f32 = loom_erf(v209_3);
    let v211_3: f32 = 1.0f + v210_3;
    t211[(row0 + ty) * 256i + (col0 + tx) + 48i] = v211_3;
    let v212_3: f32 = v208_3 * v211_3;
    t212[(row0 + ty) * 256i + (col0 + tx) + 48i] = v212_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let v208_4: f32 = 0.5f * acc1_0;
    t208[(row0 + ty + 16i) * 256i + (col0 + tx)] = v208_4;
    let v209_4: f32 = acc1_0 * 0.70710677f;
    t209[(row0 + ty + 16i) * 256i + (col0 + tx)] = v209_4;
    let v210_4: f32 = loom_erf(v209_4);
    let v211_4: f32 = 1.0f + v210_4;
    t211[(row0 + ty + 16i) * 256i + (col0 + tx)] = v211_4;
    let v212_4: f32 = v208_4 * v211_4;
    t212[(row0 + ty + 16i) * 256i + (col0 + tx)] = v212_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let v208_5: f32 = 0.5f * acc1_1;
    t208[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v208_5;
    let v209_5: f32 = acc1_1 * 0.70710677f;
    t209[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v209_5;
    let v210_5: f32 = loom_erf(v209_5);
    let v211_5: f32 = 1.0f + v210_5;
    t211[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v211_5;
    let v212_5: f32 = v208_5 * v211_5;
    t212[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v212_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let v208_6: f32 = 0.5f * acc1_2;
    t208[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v208_6;
    let v209_6: f32 = acc1_2 * 0.70710677f;
    t209[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v209_6;
    let v210_6: f32 = loom_erf(v209_6);
    let v211_6: f32 = 1.0f + v210_6;
    t211[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v211_6;
    let v212_6: f32 = v208_6 * v211_6;
    t212[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v212_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let v208_7: f32 = 0.5f * acc1_3;
    t208[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v208_7;
    let v209_7: f32 = acc1_3 * 0.70710677f;
    t209[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v209_7;
    let v210_7: f32 = loom_erf(v209_7);
    let v211_7: f32 = 1.0f + v210_7;
    t211[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v211_7;
    let v212_7: f32 = v208_7 * v211_7;
    t212[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v212_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let v208_8: f32 = 0.5f * acc2_0;
    t208[(row0 + ty + 32i) * 256i + (col0 + tx)] = v208_8;
    let v209_8: f32 = acc2_0 * 0.70710677f;
    t209[(row0 + ty + 32i) * 256i + (col0 + tx)] = v209_8;
    let v210_8: f32 = loom_erf(v209_8);
    let v211_8: f32 = 1.0f + v210_8;
    t211[(row0 + ty + 32i) * 256i + (col0 + tx)] = v211_8;
    let v212_8: f32 = v208_8 * v211_8;
    t212[(row0 + ty + 32i) * 256i + (col0 + tx)] = v212_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let v208_9: f32 = 0.5f * acc2_1;
    t208[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v208_9;
    let v209_9: f32 = acc2_1 * 0.70710677f;
    t209[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v209_9;
    let v210_9: f32 = loom_erf(v209_9);
    let v211_9: f32 = 1.0f + v210_9;
    t211[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v211_9;
    let v212_9: f32 = v208_9 * v211_9;
    t212[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v212_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let v208_10: f32 = 0.5f * acc2_2;
    t208[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v208_10;
    let v209_10: f32 = acc2_2 * 0.70710677f;
    t209[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v209_10;
    let v210_10: f32 = loom_erf(v209_10);
    let v211_10: f32 = 1.0f + v210_10;
    t211[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v211_10;
    let v212_10: f32 = v208_10 * v211_10;
    t212[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v212_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let v208_11: f32 = 0.5f * acc2_3;
    t208[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v208_11;
    let v209_11: f32 = acc2_3 * 0.70710677f;
    t209[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v209_11;
    let v210_11: f32 = loom_erf(v209_11);
    let v211_11: f32 = 1.0f + v210_11;
    t211[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v211_11;
    let v212_11: f32 = v208_11 * v211_11;
    t212[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v212_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let v208_12: f32 = 0.5f * acc3_0;
    t208[(row0 + ty + 48i) * 256i + (col0 + tx)] = v208_12;
    let v209_12: f32 = acc3_0 * 0.70710677f;
    t209[(row0 + ty + 48i) * 256i + (col0 + tx)] = v209_12;
    let v210_12: f32 = loom_erf(v209_12);
    let v211_12: f32 = 1.0f + v210_12;
    t211[(row0 + ty + 48i) * 256i + (col0 + tx)] = v211_12;
    let v212_12: f32 = v208_12 * v211_12;
    t212[(row0 + ty + 48i) * 256i + (col0 + tx)] = v212_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let v208_13: f32 = 0.5f * acc3_1;
    t208[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v208_13;
    let v209_13: f32 = acc3_1 * 0.70710677f;
    t209[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v209_13;
    let v210_13: f32 = loom_erf(v209_13);
    let v211_13: f32 = 1.0f + v210_13;
    t211[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v211_13;
    let v212_13: f32 = v208_13 * v211_13;
    t212[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v212_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let v208_14: f32 = 0.5f * acc3_2;
    t208[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v208_14;
    let v209_14: f32 = acc3_2 * 0.70710677f;
    t209[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v209_14;
    let v210_14: f32 = loom_erf(v209_14);
    let v211_14: f32 = 1.0f + v210_14;
    t211[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v211_14;
    let v212_14: f32 = v208_14 * v211_14;
    t212[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v212_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let v208_15: f32 = 0.5f * acc3_3;
    t208[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v208_15;
    let v209_15: f32 = acc3_3 * 0.70710677f;
    t209[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v209_15;
    let v210_15: f32 = loom_erf(v209_15);
    let v211_15: f32 = 1.0f + v210_15;
    t211[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v211_15;
    let v212_15: f32 = v208_15 * v211_15;
    t212[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v212_15;
  }
}
