// kernel k16_einsum (compiler/std/lowbit.loom:19:41)
@group(0) @binding(0) var<storage, read> t112: array<f32>;
@group(0) @binding(1) var<storage, read> t119: array<f32>;
@group(0) @binding(2) var<storage, read_write> t128: array<f32>;
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
fn k16_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t112[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t112[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t112[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t112[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = t119[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = t119[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = t119[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = t119[(bK + 12i) * 256i + (col0 + bN)];
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
    let v122: f32 = 0.5f * acc0_0;
    let v124: f32 = acc0_0 * 0.70710677f;
    let v125: f32 = loom_erf(v124);
    let v127: f32 = 1.0f + v125;
    let v128: f32 = v122 * v127;
    t128[(row0 + ty) * 256i + (col0 + tx)] = v128;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let v122_1: f32 = 0.5f * acc0_1;
    let v124_1: f32 = acc0_1 * 0.70710677f;
    let v125_1: f32 = loom_erf(v124_1);
    let v127_1: f32 = 1.0f + v125_1;
    let v128_1: f32 = v122_1 * v127_1;
    t128[(row0 + ty) * 256i + (col0 + tx) + 16i] = v128_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let v122_2: f32 = 0.5f * acc0_2;
    let v124_2: f32 = acc0_2 * 0.70710677f;
    let v125_2: f32 = loom_erf(v124_2);
    let v127_2: f32 = 1.0f + v125_2;
    let v128_2: f32 = v122_2 * v127_2;
    t128[(row0 + ty) * 256i + (col0 + tx) + 32i] = v128_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let v122_3: f32 = 0.5f * acc0_3;
    let v124_3: f32 = acc0_3 * 0.70710677f;
    let v125_3: f32 = loom_erf(v124_3);
    let v127_3: f32 = 1.0f + v125_3;
    let v128_3: f32 = v122_3 * v127_3;
    t128[(row0 + ty) * 256i + (col0 + tx) + 48i] = v128_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let v122_4: f32 = 0.5f * acc1_0;
    let v124_4: f32 = acc1_0 * 0.70710677f;
    let v125_4: f32 = loom_erf(v124_4);
    let v127_4: f32 = 1.0f + v125_4;
    let v128_4: f32 = v122_4 * v127_4;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx)] = v128_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let v122_5: f32 = 0.5f * acc1_1;
    let v124_5: f32 = acc1_1 * 0.70710677f;
    let v125_5: f32 = loom_erf(v124_5);
    let v127_5: f32 = 1.0f + v125_5;
    let v128_5: f32 = v122_5 * v127_5;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v128_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let v122_6: f32 = 0.5f * acc1_2;
    let v124_6: f32 = acc1_2 * 0.70710677f;
    let v125_6: f32 = loom_erf(v124_6);
    let v127_6: f32 = 1.0f + v125_6;
    let v128_6: f32 = v122_6 * v127_6;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v128_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let v122_7: f32 = 0.5f * acc1_3;
    let v124_7: f32 = acc1_3 * 0.70710677f;
    let v125_7: f32 = loom_erf(v124_7);
    let v127_7: f32 = 1.0f + v125_7;
    let v128_7: f32 = v122_7 * v127_7;
    t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v128_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let v122_8: f32 = 0.5f * acc2_0;
    let v124_8: f32 = acc2_0 * 0.70710677f;
    let v125_8: f32 = loom_erf(v124_8);
    let v127_8: f32 = 1.0f + v125_8;
    let v128_8: f32 = v122_8 * v127_8;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx)] = v128_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let v122_9: f32 = 0.5f * acc2_1;
    let v124_9: f32 = acc2_1 * 0.70710677f;
    let v125_9: f32 = loom_erf(v124_9);
    let v127_9: f32 = 1.0f + v125_9;
    let v128_9: f32 = v122_9 * v127_9;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v128_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let v122_10: f32 = 0.5f * acc2_2;
    let v124_10: f32 = acc2_2 * 0.70710677f;
    let v125_10: f32 = loom_erf(v124_10);
    let v127_10: f32 = 1.0f + v125_10;
    let v128_10: f32 = v122_10 * v127_10;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v128_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let v122_11: f32 = 0.5f * acc2_3;
    let v124_11: f32 = acc2_3 * 0.70710677f;
    let v125_11: f32 = loom_erf(v124_11);
    let v127_11: f32 = 1.0f + v125_11;
    let v128_11: f32 = v122_11 * v127_11;
    t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v128_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let v122_12: f32 = 0.5f * acc3_0;
    let v124_12: f32 = acc3_0 * 0.70710677f;
    let v125_12: f32 = loom_erf(v124_12);
    let v127_12: f32 = 1.0f + v125_12;
    let v128_12: f32 = v122_12 * v127_12;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx)] = v128_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let v122_13: f32 = 0.5f * acc3_1;
    let v124_13: f32 = acc3_1 * 0.70710677f;
    let v125_13: f32 = loom_erf(v124_13);
    let v127_13: f32 = 1.0f + v125_13;
    let v128_13: f32 = v122_13 * v127_13;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v128_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let v122_14: f32 = 0.5f * acc3_2;
    let v124_14: f32 = acc3_2 * 0.70710677f;
    let v125_14: f32 = loom_erf(v124_14);
    let v127_14: f32 = 1.0f + v125_14;
    let v128_14: f32 = v122_14 * v127_14;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v128_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let v122_15: f32 = 0.5f * acc3_3;
    let v124_15: f32 = acc3_3 * 0.70710677f;
    let v125_15: f32 = loom_erf(v124_15);
    let v127_15: f32 = 1.0f + v125_15;
    let v128_15: f32 = v122_15 * v127_15;
    t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v128_15;
  }
}
