// kernel k14_einsum (compiler/std/lowbit.loom:19:41)
@group(0) @binding(0) var<storage, read> t110: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read_write> t126: array<f32>;
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
fn k14_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t110[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t110[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t110[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t110[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = t117[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = t117[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = t117[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = t117[(bK + 12i) * 256i + (col0 + bN)];
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
    let v120: f32 = 0.5f * acc0_0;
    let v122: f32 = acc0_0 * 0.70710677f;
    let v123: f32 = loom_erf(v122);
    let v125: f32 = 1.0f + v123;
    let v126: f32 = v120 * v125;
    t126[(row0 + ty) * 256i + (col0 + tx)] = v126;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let v120_1: f32 = 0.5f * acc0_1;
    let v122_1: f32 = acc0_1 * 0.70710677f;
    let v123_1: f32 = loom_erf(v122_1);
    let v125_1: f32 = 1.0f + v123_1;
    let v126_1: f32 = v120_1 * v125_1;
    t126[(row0 + ty) * 256i + (col0 + tx) + 16i] = v126_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let v120_2: f32 = 0.5f * acc0_2;
    let v122_2: f32 = acc0_2 * 0.70710677f;
    let v123_2: f32 = loom_erf(v122_2);
    let v125_2: f32 = 1.0f + v123_2;
    let v126_2: f32 = v120_2 * v125_2;
    t126[(row0 + ty) * 256i + (col0 + tx) + 32i] = v126_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let v120_3: f32 = 0.5f * acc0_3;
    let v122_3: f32 = acc0_3 * 0.70710677f;
    let v123_3: f32 = loom_erf(v122_3);
    let v125_3: f32 = 1.0f + v123_3;
    let v126_3: f32 = v120_3 * v125_3;
    t126[(row0 + ty) * 256i + (col0 + tx) + 48i] = v126_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let v120_4: f32 = 0.5f * acc1_0;
    let v122_4: f32 = acc1_0 * 0.70710677f;
    let v123_4: f32 = loom_erf(v122_4);
    let v125_4: f32 = 1.0f + v123_4;
    let v126_4: f32 = v120_4 * v125_4;
    t126[(row0 + ty + 16i) * 256i + (col0 + tx)] = v126_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let v120_5: f32 = 0.5f * acc1_1;
    let v122_5: f32 = acc1_1 * 0.70710677f;
    let v123_5: f32 = loom_erf(v122_5);
    let v125_5: f32 = 1.0f + v123_5;
    let v126_5: f32 = v120_5 * v125_5;
    t126[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v126_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let v120_6: f32 = 0.5f * acc1_2;
    let v122_6: f32 = acc1_2 * 0.70710677f;
    let v123_6: f32 = loom_erf(v122_6);
    let v125_6: f32 = 1.0f + v123_6;
    let v126_6: f32 = v120_6 * v125_6;
    t126[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v126_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let v120_7: f32 = 0.5f * acc1_3;
    let v122_7: f32 = acc1_3 * 0.70710677f;
    let v123_7: f32 = loom_erf(v122_7);
    let v125_7: f32 = 1.0f + v123_7;
    let v126_7: f32 = v120_7 * v125_7;
    t126[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v126_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let v120_8: f32 = 0.5f * acc2_0;
    let v122_8: f32 = acc2_0 * 0.70710677f;
    let v123_8: f32 = loom_erf(v122_8);
    let v125_8: f32 = 1.0f + v123_8;
    let v126_8: f32 = v120_8 * v125_8;
    t126[(row0 + ty + 32i) * 256i + (col0 + tx)] = v126_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let v120_9: f32 = 0.5f * acc2_1;
    let v122_9: f32 = acc2_1 * 0.70710677f;
    let v123_9: f32 = loom_erf(v122_9);
    let v125_9: f32 = 1.0f + v123_9;
    let v126_9: f32 = v120_9 * v125_9;
    t126[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v126_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let v120_10: f32 = 0.5f * acc2_2;
    let v122_10: f32 = acc2_2 * 0.70710677f;
    let v123_10: f32 = loom_erf(v122_10);
    let v125_10: f32 = 1.0f + v123_10;
    let v126_10: f32 = v120_10 * v125_10;
    t126[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v126_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let v120_11: f32 = 0.5f * acc2_3;
    let v122_11: f32 = acc2_3 * 0.70710677f;
    let v123_11: f32 = loom_erf(v122_11);
    let v125_11: f32 = 1.0f + v123_11;
    let v126_11: f32 = v120_11 * v125_11;
    t126[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v126_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let v120_12: f32 = 0.5f * acc3_0;
    let v122_12: f32 = acc3_0 * 0.70710677f;
    let v123_12: f32 = loom_erf(v122_12);
    let v125_12: f32 = 1.0f + v123_12;
    let v126_12: f32 = v120_12 * v125_12;
    t126[(row0 + ty + 48i) * 256i + (col0 + tx)] = v126_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let v120_13: f32 = 0.5f * acc3_1;
    let v122_13: f32 = acc3_1 * 0.70710677f;
    let v123_13: f32 = loom_erf(v122_13);
    let v125_13: f32 = 1.0f + v123_13;
    let v126_13: f32 = v120_13 * v125_13;
    t126[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v126_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let v120_14: f32 = 0.5f * acc3_2;
    let v122_14: f32 = acc3_2 * 0.70710677f;
    let v123_14: f32 = loom_erf(v122_14);
    let v125_14: f32 = 1.0f + v123_14;
    let v126_14: f32 = v120_14 * v125_14;
    t126[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v126_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let v120_15: f32 = 0.5f * acc3_3;
    let v122_15: f32 = acc3_3 * 0.70710677f;
    let v123_15: f32 = loom_erf(v122_15);
    let v125_15: f32 = 1.0f + v123_15;
    let v126_15: f32 = v120_15 * v125_15;
    t126[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v126_15;
  }
}
