// kernel k51_einsum
@group(0) @binding(0) var<storage, read> t403: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t128: array<f32>;
@group(0) @binding(3) var<storage, read> t130: array<f32>;
@group(0) @binding(4) var<storage, read> t133: array<f32>;
@group(0) @binding(5) var<storage, read_write> t417: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k51_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t403[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t403[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t403[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t403[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_0_mlp_proj_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_mlp_proj_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_mlp_proj_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_mlp_proj_w[bK + 12i + (col0 + bN) * 64i];
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
    let l128: f32 = t128[(row0 + ty) * 256i + (col0 + tx)];
    let v409: f32 = acc0_0 * l128;
    let l130: f32 = t130[(row0 + ty) * 256i + (col0 + tx)];
    let v410: f32 = l130 * l130;
    let v411: f32 = -v410;
    let v412: f32 = exp(v411);
    let v413: f32 = v412 * 1.1283792f;
    let v414: f32 = v409 * v413;
    let v415: f32 = v414 * 0.70710677f;
    let l133: f32 = t133[(row0 + ty) * 256i + (col0 + tx)];
    let v408: f32 = acc0_0 * l133;
    let v416: f32 = v408 * 0.5f;
    let v417: f32 = v415 + v416;
    t417[(row0 + ty) * 256i + (col0 + tx)] = v417;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l128_1: f32 = t128[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v409_1: f32 = acc0_1 * l128_1;
    let l130_1: f32 = t130[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v410_1: f32 = l130_1 * l130_1;
    let v411_1: f32 = -v410_1;
    let v412_1: f32 = exp(v411_1);
    let v413_1: f32 = v412_1 * 1.1283792f;
    let v414_1: f32 = v409_1 * v413_1;
    let v415_1: f32 = v414_1 * 0.70710677f;
    let l133_1: f32 = t133[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v408_1: f32 = acc0_1 * l133_1;
    let v416_1: f32 = v408_1 * 0.5f;
    let v417_1: f32 = v415_1 + v416_1;
    t417[(row0 + ty) * 256i + (col0 + tx) + 16i] = v417_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l128_2: f32 = t128[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v409_2: f32 = acc0_2 * l128_2;
    let l130_2: f32 = t130[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v410_2: f32 = l130_2 * l130_2;
    let v411_2: f32 = -v410_2;
    let v412_2: f32 = exp(v411_2);
    let v413_2: f32 = v412_2 * 1.1283792f;
    let v414_2: f32 = v409_2 * v413_2;
    let v415_2: f32 = v414_2 * 0.70710677f;
    let l133_2: f32 = t133[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v408_2: f32 = acc0_2 * l133_2;
    let v416_2: f32 = v408_2 * 0.5f;
    let v417_2: f32 = v415_2 + v416_2;
    t417[(row0 + ty) * 256i + (col0 + tx) + 32i] = v417_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l128_3: f32 = t128[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v409_3: f32 = acc0_3 * l128_3;
    let l130_3: f32 = t130[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v410_3: f32 = l130_3 * l130_3;
    let v411_3: f32 = -v410_3;
    let v412_3: f32 = exp(v411_3);
    let v413_3: f32 = v412_3 * 1.1283792f;
    let v414_3: f32 = v409_3 * v413_3;
    let v415_3: f32 = v414_3 * 0.70710677f;
    let l133_3: f32 = t133[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v408_3: f32 = acc0_3 * l133_3;
    let v416_3: f32 = v408_3 * 0.5f;
    let v417_3: f32 = v415_3 + v416_3;
    t417[(row0 + ty) * 256i + (col0 + tx) + 48i] = v417_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l128_4: f32 = t128[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v409_4: f32 = acc1_0 * l128_4;
    let l130_4: f32 = t130[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v410_4: f32 = l130_4 * l130_4;
    let v411_4: f32 = -v410_4;
    let v412_4: f32 = exp(v411_4);
    let v413_4: f32 = v412_4 * 1.1283792f;
    let v414_4: f32 = v409_4 * v413_4;
    let v415_4: f32 = v414_4 * 0.70710677f;
    let l133_4: f32 = t133[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v408_4: f32 = acc1_0 * l133_4;
    let v416_4: f32 = v408_4 * 0.5f;
    let v417_4: f32 = v415_4 + v416_4;
    t417[(row0 + ty + 16i) * 256i + (col0 + tx)] = v417_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l128_5: f32 = t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v409_5: f32 = acc1_1 * l128_5;
    let l130_5: f32 = t130[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v410_5: f32 = l130_5 * l130_5;
    let v411_5: f32 = -v410_5;
    let v412_5: f32 = exp(v411_5);
    let v413_5: f32 = v412_5 * 1.1283792f;
    let v414_5: f32 = v409_5 * v413_5;
    let v415_5: f32 = v414_5 * 0.70710677f;
    let l133_5: f32 = t133[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v408_5: f32 = acc1_1 * l133_5;
    let v416_5: f32 = v408_5 * 0.5f;
    let v417_5: f32 = v415_5 + v416_5;
    t417[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v417_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l128_6: f32 = t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v409_6: f32 = acc1_2 * l128_6;
    let l130_6: f32 = t130[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v410_6: f32 = l130_6 * l130_6;
    let v411_6: f32 = -v410_6;
    let v412_6: f32 = exp(v411_6);
    let v413_6: f32 = v412_6 * 1.1283792f;
    let v414_6: f32 = v409_6 * v413_6;
    let v415_6: f32 = v414_6 * 0.70710677f;
    let l133_6: f32 = t133[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v408_6: f32 = acc1_2 * l133_6;
    let v416_6: f32 = v408_6 * 0.5f;
    let v417_6: f32 = v415_6 + v416_6;
    t417[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v417_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l128_7: f32 = t128[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v409_7: f32 = acc1_3 * l128_7;
    let l130_7: f32 = t130[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v410_7: f32 = l130_7 * l130_7;
    let v411_7: f32 = -v410_7;
    let v412_7: f32 = exp(v411_7);
    let v413_7: f32 = v412_7 * 1.1283792f;
    let v414_7: f32 = v409_7 * v413_7;
    let v415_7: f32 = v414_7 * 0.70710677f;
    let l133_7: f32 = t133[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v408_7: f32 = acc1_3 * l133_7;
    let v416_7: f32 = v408_7 * 0.5f;
    let v417_7: f32 = v415_7 + v416_7;
    t417[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v417_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l128_8: f32 = t128[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v409_8: f32 = acc2_0 * l128_8;
    let l130_8: f32 = t130[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v410_8: f32 = l130_8 * l130_8;
    let v411_8: f32 = -v410_8;
    let v412_8: f32 = exp(v411_8);
    let v413_8: f32 = v412_8 * 1.1283792f;
    let v414_8: f32 = v409_8 * v413_8;
    let v415_8: f32 = v414_8 * 0.70710677f;
    let l133_8: f32 = t133[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v408_8: f32 = acc2_0 * l133_8;
    let v416_8: f32 = v408_8 * 0.5f;
    let v417_8: f32 = v415_8 + v416_8;
    t417[(row0 + ty + 32i) * 256i + (col0 + tx)] = v417_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l128_9: f32 = t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v409_9: f32 = acc2_1 * l128_9;
    let l130_9: f32 = t130[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v410_9: f32 = l130_9 * l130_9;
    let v411_9: f32 = -v410_9;
    let v412_9: f32 = exp(v411_9);
    let v413_9: f32 = v412_9 * 1.1283792f;
    let v414_9: f32 = v409_9 * v413_9;
    let v415_9: f32 = v414_9 * 0.70710677f;
    let l133_9: f32 = t133[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v408_9: f32 = acc2_1 * l133_9;
    let v416_9: f32 = v408_9 * 0.5f;
    let v417_9: f32 = v415_9 + v416_9;
    t417[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v417_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l128_10: f32 = t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v409_10: f32 = acc2_2 * l128_10;
    let l130_10: f32 = t130[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v410_10: f32 = l130_10 * l130_10;
    let v411_10: f32 = -v410_10;
    let v412_10: f32 = exp(v411_10);
    let v413_10: f32 = v412_10 * 1.1283792f;
    let v414_10: f32 = v409_10 * v413_10;
    let v415_10: f32 = v414_10 * 0.70710677f;
    let l133_10: f32 = t133[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v408_10: f32 = acc2_2 * l133_10;
    let v416_10: f32 = v408_10 * 0.5f;
    let v417_10: f32 = v415_10 + v416_10;
    t417[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v417_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l128_11: f32 = t128[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v409_11: f32 = acc2_3 * l128_11;
    let l130_11: f32 = t130[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v410_11: f32 = l130_11 * l130_11;
    let v411_11: f32 = -v410_11;
    let v412_11: f32 = exp(v411_11);
    let v413_11: f32 = v412_11 * 1.1283792f;
    let v414_11: f32 = v409_11 * v413_11;
    let v415_11: f32 = v414_11 * 0.70710677f;
    let l133_11: f32 = t133[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v408_11: f32 = acc2_3 * l133_11;
    let v416_11: f32 = v408_11 * 0.5f;
    let v417_11: f32 = v415_11 + v416_11;
    t417[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v417_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l128_12: f32 = t128[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v409_12: f32 = acc3_0 * l128_12;
    let l130_12: f32 = t130[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v410_12: f32 = l130_12 * l130_12;
    let v411_12: f32 = -v410_12;
    let v412_12: f32 = exp(v411_12);
    let v413_12: f32 = v412_12 * 1.1283792f;
    let v414_12: f32 = v409_12 * v413_12;
    let v415_12: f32 = v414_12 * 0.70710677f;
    let l133_12: f32 = t133[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v408_12: f32 = acc3_0 * l133_12;
    let v416_12: f32 = v408_12 * 0.5f;
    let v417_12: f32 = v415_12 + v416_12;
    t417[(row0 + ty + 48i) * 256i + (col0 + tx)] = v417_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l128_13: f32 = t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v409_13: f32 = acc3_1 * l128_13;
    let l130_13: f32 = t130[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v410_13: f32 = l130_13 * l130_13;
    let v411_13: f32 = -v410_13;
    let v412_13: f32 = exp(v411_13);
    let v413_13: f32 = v412_13 * 1.1283792f;
    let v414_13: f32 = v409_13 * v413_13;
    let v415_13: f32 = v414_13 * 0.70710677f;
    let l133_13: f32 = t133[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v408_13: f32 = acc3_1 * l133_13;
    let v416_13: f32 = v408_13 * 0.5f;
    let v417_13: f32 = v415_13 + v416_13;
    t417[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v417_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l128_14: f32 = t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v409_14: f32 = acc3_2 * l128_14;
    let l130_14: f32 = t130[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v410_14: f32 = l130_14 * l130_14;
    let v411_14: f32 = -v410_14;
    let v412_14: f32 = exp(v411_14);
    let v413_14: f32 = v412_14 * 1.1283792f;
    let v414_14: f32 = v409_14 * v413_14;
    let v415_14: f32 = v414_14 * 0.70710677f;
    let l133_14: f32 = t133[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v408_14: f32 = acc3_2 * l133_14;
    let v416_14: f32 = v408_14 * 0.5f;
    let v417_14: f32 = v415_14 + v416_14;
    t417[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v417_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l128_15: f32 = t128[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v409_15: f32 = acc3_3 * l128_15;
    let l130_15: f32 = t130[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v410_15: f32 = l130_15 * l130_15;
    let v411_15: f32 = -v410_15;
    let v412_15: f32 = exp(v411_15);
    let v413_15: f32 = v412_15 * 1.1283792f;
    let v414_15: f32 = v409_15 * v413_15;
    let v415_15: f32 = v414_15 * 0.70710677f;
    let l133_15: f32 = t133[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v408_15: f32 = acc3_3 * l133_15;
    let v416_15: f32 = v408_15 * 0.5f;
    let v417_15: f32 = v415_15 + v416_15;
    t417[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v417_15;
  }
}
