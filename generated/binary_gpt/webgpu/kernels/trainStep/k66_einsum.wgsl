// kernel k66_einsum
@group(0) @binding(0) var<storage, read> t392: array<f32>;
@group(0) @binding(1) var<storage, read> t135: array<f32>;
@group(0) @binding(2) var<storage, read> t122: array<f32>;
@group(0) @binding(3) var<storage, read> t124: array<f32>;
@group(0) @binding(4) var<storage, read> t127: array<f32>;
@group(0) @binding(5) var<storage, read_write> t410: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k66_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t392[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t392[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t392[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t392[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = t135[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = t135[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = t135[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = t135[bK + 12i + (col0 + bN) * 64i];
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
    let l122: f32 = t122[(row0 + ty) * 256i + (col0 + tx)];
    let v402: f32 = acc0_0 * l122;
    let l124: f32 = t124[(row0 + ty) * 256i + (col0 + tx)];
    let v403: f32 = l124 * l124;
    let v404: f32 = -v403;
    let v405: f32 = exp(v404);
    let v406: f32 = v405 * 1.1283792f;
    let v407: f32 = v402 * v406;
    let v408: f32 = v407 * 0.70710677f;
    let l127: f32 = t127[(row0 + ty) * 256i + (col0 + tx)];
    let v401: f32 = acc0_0 * l127;
    let v409: f32 = v401 * 0.5f;
    let v410: f32 = v408 + v409;
    t410[(row0 + ty) * 256i + (col0 + tx)] = v410;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l122_1: f32 = t122[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v402_1: f32 = acc0_1 * l122_1;
    let l124_1: f32 = t124[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v403_1: f32 = l124_1 * l124_1;
    let v404_1: f32 = -v403_1;
    let v405_1: f32 = exp(v404_1);
    let v406_1: f32 = v405_1 * 1.1283792f;
    let v407_1: f32 = v402_1 * v406_1;
    let v408_1: f32 = v407_1 * 0.70710677f;
    let l127_1: f32 = t127[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v401_1: f32 = acc0_1 * l127_1;
    let v409_1: f32 = v401_1 * 0.5f;
    let v410_1: f32 = v408_1 + v409_1;
    t410[(row0 + ty) * 256i + (col0 + tx) + 16i] = v410_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l122_2: f32 = t122[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v402_2: f32 = acc0_2 * l122_2;
    let l124_2: f32 = t124[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v403_2: f32 = l124_2 * l124_2;
    let v404_2: f32 = -v403_2;
    let v405_2: f32 = exp(v404_2);
    let v406_2: f32 = v405_2 * 1.1283792f;
    let v407_2: f32 = v402_2 * v406_2;
    let v408_2: f32 = v407_2 * 0.70710677f;
    let l127_2: f32 = t127[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v401_2: f32 = acc0_2 * l127_2;
    let v409_2: f32 = v401_2 * 0.5f;
    let v410_2: f32 = v408_2 + v409_2;
    t410[(row0 + ty) * 256i + (col0 + tx) + 32i] = v410_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l122_3: f32 = t122[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v402_3: f32 = acc0_3 * l122_3;
    let l124_3: f32 = t124[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v403_3: f32 = l124_3 * l124_3;
    let v404_3: f32 = -v403_3;
    let v405_3: f32 = exp(v404_3);
    let v406_3: f32 = v405_3 * 1.1283792f;
    let v407_3: f32 = v402_3 * v406_3;
    let v408_3: f32 = v407_3 * 0.70710677f;
    let l127_3: f32 = t127[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v401_3: f32 = acc0_3 * l127_3;
    let v409_3: f32 = v401_3 * 0.5f;
    let v410_3: f32 = v408_3 + v409_3;
    t410[(row0 + ty) * 256i + (col0 + tx) + 48i] = v410_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l122_4: f32 = t122[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v402_4: f32 = acc1_0 * l122_4;
    let l124_4: f32 = t124[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v403_4: f32 = l124_4 * l124_4;
    let v404_4: f32 = -v403_4;
    let v405_4: f32 = exp(v404_4);
    let v406_4: f32 = v405_4 * 1.1283792f;
    let v407_4: f32 = v402_4 * v406_4;
    let v408_4: f32 = v407_4 * 0.70710677f;
    let l127_4: f32 = t127[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v401_4: f32 = acc1_0 * l127_4;
    let v409_4: f32 = v401_4 * 0.5f;
    let v410_4: f32 = v408_4 + v409_4;
    t410[(row0 + ty + 16i) * 256i + (col0 + tx)] = v410_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l122_5: f32 = t122[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v402_5: f32 = acc1_1 * l122_5;
    let l124_5: f32 = t124[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v403_5: f32 = l124_5 * l124_5;
    let v404_5: f32 = -v403_5;
    let v405_5: f32 = exp(v404_5);
    let v406_5: f32 = v405_5 * 1.1283792f;
    let v407_5: f32 = v402_5 * v406_5;
    let v408_5: f32 = v407_5 * 0.70710677f;
    let l127_5: f32 = t127[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v401_5: f32 = acc1_1 * l127_5;
    let v409_5: f32 = v401_5 * 0.5f;
    let v410_5: f32 = v408_5 + v409_5;
    t410[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v410_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l122_6: f32 = t122[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v402_6: f32 = acc1_2 * l122_6;
    let l124_6: f32 = t124[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v403_6: f32 = l124_6 * l124_6;
    let v404_6: f32 = -v403_6;
    let v405_6: f32 = exp(v404_6);
    let v406_6: f32 = v405_6 * 1.1283792f;
    let v407_6: f32 = v402_6 * v406_6;
    let v408_6: f32 = v407_6 * 0.70710677f;
    let l127_6: f32 = t127[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v401_6: f32 = acc1_2 * l127_6;
    let v409_6: f32 = v401_6 * 0.5f;
    let v410_6: f32 = v408_6 + v409_6;
    t410[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v410_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l122_7: f32 = t122[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v402_7: f32 = acc1_3 * l122_7;
    let l124_7: f32 = t124[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v403_7: f32 = l124_7 * l124_7;
    let v404_7: f32 = -v403_7;
    let v405_7: f32 = exp(v404_7);
    let v406_7: f32 = v405_7 * 1.1283792f;
    let v407_7: f32 = v402_7 * v406_7;
    let v408_7: f32 = v407_7 * 0.70710677f;
    let l127_7: f32 = t127[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v401_7: f32 = acc1_3 * l127_7;
    let v409_7: f32 = v401_7 * 0.5f;
    let v410_7: f32 = v408_7 + v409_7;
    t410[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v410_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l122_8: f32 = t122[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v402_8: f32 = acc2_0 * l122_8;
    let l124_8: f32 = t124[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v403_8: f32 = l124_8 * l124_8;
    let v404_8: f32 = -v403_8;
    let v405_8: f32 = exp(v404_8);
    let v406_8: f32 = v405_8 * 1.1283792f;
    let v407_8: f32 = v402_8 * v406_8;
    let v408_8: f32 = v407_8 * 0.70710677f;
    let l127_8: f32 = t127[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v401_8: f32 = acc2_0 * l127_8;
    let v409_8: f32 = v401_8 * 0.5f;
    let v410_8: f32 = v408_8 + v409_8;
    t410[(row0 + ty + 32i) * 256i + (col0 + tx)] = v410_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l122_9: f32 = t122[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v402_9: f32 = acc2_1 * l122_9;
    let l124_9: f32 = t124[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v403_9: f32 = l124_9 * l124_9;
    let v404_9: f32 = -v403_9;
    let v405_9: f32 = exp(v404_9);
    let v406_9: f32 = v405_9 * 1.1283792f;
    let v407_9: f32 = v402_9 * v406_9;
    let v408_9: f32 = v407_9 * 0.70710677f;
    let l127_9: f32 = t127[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v401_9: f32 = acc2_1 * l127_9;
    let v409_9: f32 = v401_9 * 0.5f;
    let v410_9: f32 = v408_9 + v409_9;
    t410[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v410_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l122_10: f32 = t122[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v402_10: f32 = acc2_2 * l122_10;
    let l124_10: f32 = t124[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v403_10: f32 = l124_10 * l124_10;
    let v404_10: f32 = -v403_10;
    let v405_10: f32 = exp(v404_10);
    let v406_10: f32 = v405_10 * 1.1283792f;
    let v407_10: f32 = v402_10 * v406_10;
    let v408_10: f32 = v407_10 * 0.70710677f;
    let l127_10: f32 = t127[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v401_10: f32 = acc2_2 * l127_10;
    let v409_10: f32 = v401_10 * 0.5f;
    let v410_10: f32 = v408_10 + v409_10;
    t410[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v410_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l122_11: f32 = t122[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v402_11: f32 = acc2_3 * l122_11;
    let l124_11: f32 = t124[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v403_11: f32 = l124_11 * l124_11;
    let v404_11: f32 = -v403_11;
    let v405_11: f32 = exp(v404_11);
    let v406_11: f32 = v405_11 * 1.1283792f;
    let v407_11: f32 = v402_11 * v406_11;
    let v408_11: f32 = v407_11 * 0.70710677f;
    let l127_11: f32 = t127[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v401_11: f32 = acc2_3 * l127_11;
    let v409_11: f32 = v401_11 * 0.5f;
    let v410_11: f32 = v408_11 + v409_11;
    t410[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v410_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l122_12: f32 = t122[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v402_12: f32 = acc3_0 * l122_12;
    let l124_12: f32 = t124[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v403_12: f32 = l124_12 * l124_12;
    let v404_12: f32 = -v403_12;
    let v405_12: f32 = exp(v404_12);
    let v406_12: f32 = v405_12 * 1.1283792f;
    let v407_12: f32 = v402_12 * v406_12;
    let v408_12: f32 = v407_12 * 0.70710677f;
    let l127_12: f32 = t127[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v401_12: f32 = acc3_0 * l127_12;
    let v409_12: f32 = v401_12 * 0.5f;
    let v410_12: f32 = v408_12 + v409_12;
    t410[(row0 + ty + 48i) * 256i + (col0 + tx)] = v410_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l122_13: f32 = t122[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v402_13: f32 = acc3_1 * l122_13;
    let l124_13: f32 = t124[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v403_13: f32 = l124_13 * l124_13;
    let v404_13: f32 = -v403_13;
    let v405_13: f32 = exp(v404_13);
    let v406_13: f32 = v405_13 * 1.1283792f;
    let v407_13: f32 = v402_13 * v406_13;
    let v408_13: f32 = v407_13 * 0.70710677f;
    let l127_13: f32 = t127[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v401_13: f32 = acc3_1 * l127_13;
    let v409_13: f32 = v401_13 * 0.5f;
    let v410_13: f32 = v408_13 + v409_13;
    t410[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v410_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l122_14: f32 = t122[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v402_14: f32 = acc3_2 * l122_14;
    let l124_14: f32 = t124[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v403_14: f32 = l124_14 * l124_14;
    let v404_14: f32 = -v403_14;
    let v405_14: f32 = exp(v404_14);
    let v406_14: f32 = v405_14 * 1.1283792f;
    let v407_14: f32 = v402_14 * v406_14;
    let v408_14: f32 = v407_14 * 0.70710677f;
    let l127_14: f32 = t127[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v401_14: f32 = acc3_2 * l127_14;
    let v409_14: f32 = v401_14 * 0.5f;
    let v410_14: f32 = v408_14 + v409_14;
    t410[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v410_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l122_15: f32 = t122[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v402_15: f32 = acc3_3 * l122_15;
    let l124_15: f32 = t124[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v403_15: f32 = l124_15 * l124_15;
    let v404_15: f32 = -v403_15;
    let v405_15: f32 = exp(v404_15);
    let v406_15: f32 = v405_15 * 1.1283792f;
    let v407_15: f32 = v402_15 * v406_15;
    let v408_15: f32 = v407_15 * 0.70710677f;
    let l127_15: f32 = t127[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v401_15: f32 = acc3_3 * l127_15;
    let v409_15: f32 = v401_15 * 0.5f;
    let v410_15: f32 = v408_15 + v409_15;
    t410[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v410_15;
  }
}
