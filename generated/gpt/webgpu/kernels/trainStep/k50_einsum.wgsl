// kernel k50_einsum
@group(0) @binding(0) var<storage, read> t366: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t108: array<f32>;
@group(0) @binding(3) var<storage, read> t110: array<f32>;
@group(0) @binding(4) var<storage, read> t113: array<f32>;
@group(0) @binding(5) var<storage, read_write> t380: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k50_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t366[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t366[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t366[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t366[(row0 + ty + 48i) * 64i + kA];
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
    let l108: f32 = t108[(row0 + ty) * 256i + (col0 + tx)];
    let v372: f32 = acc0_0 * l108;
    let l110: f32 = t110[(row0 + ty) * 256i + (col0 + tx)];
    let v373: f32 = l110 * l110;
    let v374: f32 = -v373;
    let v375: f32 = exp(v374);
    let v376: f32 = v375 * 1.1283792f;
    let v377: f32 = v372 * v376;
    let v378: f32 = v377 * 0.70710677f;
    let l113: f32 = t113[(row0 + ty) * 256i + (col0 + tx)];
    let v371: f32 = acc0_0 * l113;
    let v379: f32 = v371 * 0.5f;
    let v380: f32 = v378 + v379;
    t380[(row0 + ty) * 256i + (col0 + tx)] = v380;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l108_1: f32 = t108[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v372_1: f32 = acc0_1 * l108_1;
    let l110_1: f32 = t110[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v373_1: f32 = l110_1 * l110_1;
    let v374_1: f32 = -v373_1;
    let v375_1: f32 = exp(v374_1);
    let v376_1: f32 = v375_1 * 1.1283792f;
    let v377_1: f32 = v372_1 * v376_1;
    let v378_1: f32 = v377_1 * 0.70710677f;
    let l113_1: f32 = t113[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v371_1: f32 = acc0_1 * l113_1;
    let v379_1: f32 = v371_1 * 0.5f;
    let v380_1: f32 = v378_1 + v379_1;
    t380[(row0 + ty) * 256i + (col0 + tx) + 16i] = v380_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l108_2: f32 = t108[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v372_2: f32 = acc0_2 * l108_2;
    let l110_2: f32 = t110[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v373_2: f32 = l110_2 * l110_2;
    let v374_2: f32 = -v373_2;
    let v375_2: f32 = exp(v374_2);
    let v376_2: f32 = v375_2 * 1.1283792f;
    let v377_2: f32 = v372_2 * v376_2;
    let v378_2: f32 = v377_2 * 0.70710677f;
    let l113_2: f32 = t113[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v371_2: f32 = acc0_2 * l113_2;
    let v379_2: f32 = v371_2 * 0.5f;
    let v380_2: f32 = v378_2 + v379_2;
    t380[(row0 + ty) * 256i + (col0 + tx) + 32i] = v380_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l108_3: f32 = t108[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v372_3: f32 = acc0_3 * l108_3;
    let l110_3: f32 = t110[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v373_3: f32 = l110_3 * l110_3;
    let v374_3: f32 = -v373_3;
    let v375_3: f32 = exp(v374_3);
    let v376_3: f32 = v375_3 * 1.1283792f;
    let v377_3: f32 = v372_3 * v376_3;
    let v378_3: f32 = v377_3 * 0.70710677f;
    let l113_3: f32 = t113[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v371_3: f32 = acc0_3 * l113_3;
    let v379_3: f32 = v371_3 * 0.5f;
    let v380_3: f32 = v378_3 + v379_3;
    t380[(row0 + ty) * 256i + (col0 + tx) + 48i] = v380_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l108_4: f32 = t108[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v372_4: f32 = acc1_0 * l108_4;
    let l110_4: f32 = t110[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v373_4: f32 = l110_4 * l110_4;
    let v374_4: f32 = -v373_4;
    let v375_4: f32 = exp(v374_4);
    let v376_4: f32 = v375_4 * 1.1283792f;
    let v377_4: f32 = v372_4 * v376_4;
    let v378_4: f32 = v377_4 * 0.70710677f;
    let l113_4: f32 = t113[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v371_4: f32 = acc1_0 * l113_4;
    let v379_4: f32 = v371_4 * 0.5f;
    let v380_4: f32 = v378_4 + v379_4;
    t380[(row0 + ty + 16i) * 256i + (col0 + tx)] = v380_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l108_5: f32 = t108[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v372_5: f32 = acc1_1 * l108_5;
    let l110_5: f32 = t110[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v373_5: f32 = l110_5 * l110_5;
    let v374_5: f32 = -v373_5;
    let v375_5: f32 = exp(v374_5);
    let v376_5: f32 = v375_5 * 1.1283792f;
    let v377_5: f32 = v372_5 * v376_5;
    let v378_5: f32 = v377_5 * 0.70710677f;
    let l113_5: f32 = t113[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v371_5: f32 = acc1_1 * l113_5;
    let v379_5: f32 = v371_5 * 0.5f;
    let v380_5: f32 = v378_5 + v379_5;
    t380[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v380_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l108_6: f32 = t108[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v372_6: f32 = acc1_2 * l108_6;
    let l110_6: f32 = t110[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v373_6: f32 = l110_6 * l110_6;
    let v374_6: f32 = -v373_6;
    let v375_6: f32 = exp(v374_6);
    let v376_6: f32 = v375_6 * 1.1283792f;
    let v377_6: f32 = v372_6 * v376_6;
    let v378_6: f32 = v377_6 * 0.70710677f;
    let l113_6: f32 = t113[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v371_6: f32 = acc1_2 * l113_6;
    let v379_6: f32 = v371_6 * 0.5f;
    let v380_6: f32 = v378_6 + v379_6;
    t380[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v380_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l108_7: f32 = t108[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v372_7: f32 = acc1_3 * l108_7;
    let l110_7: f32 = t110[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v373_7: f32 = l110_7 * l110_7;
    let v374_7: f32 = -v373_7;
    let v375_7: f32 = exp(v374_7);
    let v376_7: f32 = v375_7 * 1.1283792f;
    let v377_7: f32 = v372_7 * v376_7;
    let v378_7: f32 = v377_7 * 0.70710677f;
    let l113_7: f32 = t113[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v371_7: f32 = acc1_3 * l113_7;
    let v379_7: f32 = v371_7 * 0.5f;
    let v380_7: f32 = v378_7 + v379_7;
    t380[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v380_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l108_8: f32 = t108[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v372_8: f32 = acc2_0 * l108_8;
    let l110_8: f32 = t110[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v373_8: f32 = l110_8 * l110_8;
    let v374_8: f32 = -v373_8;
    let v375_8: f32 = exp(v374_8);
    let v376_8: f32 = v375_8 * 1.1283792f;
    let v377_8: f32 = v372_8 * v376_8;
    let v378_8: f32 = v377_8 * 0.70710677f;
    let l113_8: f32 = t113[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v371_8: f32 = acc2_0 * l113_8;
    let v379_8: f32 = v371_8 * 0.5f;
    let v380_8: f32 = v378_8 + v379_8;
    t380[(row0 + ty + 32i) * 256i + (col0 + tx)] = v380_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l108_9: f32 = t108[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v372_9: f32 = acc2_1 * l108_9;
    let l110_9: f32 = t110[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v373_9: f32 = l110_9 * l110_9;
    let v374_9: f32 = -v373_9;
    let v375_9: f32 = exp(v374_9);
    let v376_9: f32 = v375_9 * 1.1283792f;
    let v377_9: f32 = v372_9 * v376_9;
    let v378_9: f32 = v377_9 * 0.70710677f;
    let l113_9: f32 = t113[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v371_9: f32 = acc2_1 * l113_9;
    let v379_9: f32 = v371_9 * 0.5f;
    let v380_9: f32 = v378_9 + v379_9;
    t380[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v380_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l108_10: f32 = t108[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v372_10: f32 = acc2_2 * l108_10;
    let l110_10: f32 = t110[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v373_10: f32 = l110_10 * l110_10;
    let v374_10: f32 = -v373_10;
    let v375_10: f32 = exp(v374_10);
    let v376_10: f32 = v375_10 * 1.1283792f;
    let v377_10: f32 = v372_10 * v376_10;
    let v378_10: f32 = v377_10 * 0.70710677f;
    let l113_10: f32 = t113[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v371_10: f32 = acc2_2 * l113_10;
    let v379_10: f32 = v371_10 * 0.5f;
    let v380_10: f32 = v378_10 + v379_10;
    t380[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v380_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l108_11: f32 = t108[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v372_11: f32 = acc2_3 * l108_11;
    let l110_11: f32 = t110[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v373_11: f32 = l110_11 * l110_11;
    let v374_11: f32 = -v373_11;
    let v375_11: f32 = exp(v374_11);
    let v376_11: f32 = v375_11 * 1.1283792f;
    let v377_11: f32 = v372_11 * v376_11;
    let v378_11: f32 = v377_11 * 0.70710677f;
    let l113_11: f32 = t113[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v371_11: f32 = acc2_3 * l113_11;
    let v379_11: f32 = v371_11 * 0.5f;
    let v380_11: f32 = v378_11 + v379_11;
    t380[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v380_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l108_12: f32 = t108[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v372_12: f32 = acc3_0 * l108_12;
    let l110_12: f32 = t110[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v373_12: f32 = l110_12 * l110_12;
    let v374_12: f32 = -v373_12;
    let v375_12: f32 = exp(v374_12);
    let v376_12: f32 = v375_12 * 1.1283792f;
    let v377_12: f32 = v372_12 * v376_12;
    let v378_12: f32 = v377_12 * 0.70710677f;
    let l113_12: f32 = t113[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v371_12: f32 = acc3_0 * l113_12;
    let v379_12: f32 = v371_12 * 0.5f;
    let v380_12: f32 = v378_12 + v379_12;
    t380[(row0 + ty + 48i) * 256i + (col0 + tx)] = v380_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l108_13: f32 = t108[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v372_13: f32 = acc3_1 * l108_13;
    let l110_13: f32 = t110[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v373_13: f32 = l110_13 * l110_13;
    let v374_13: f32 = -v373_13;
    let v375_13: f32 = exp(v374_13);
    let v376_13: f32 = v375_13 * 1.1283792f;
    let v377_13: f32 = v372_13 * v376_13;
    let v378_13: f32 = v377_13 * 0.70710677f;
    let l113_13: f32 = t113[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v371_13: f32 = acc3_1 * l113_13;
    let v379_13: f32 = v371_13 * 0.5f;
    let v380_13: f32 = v378_13 + v379_13;
    t380[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v380_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l108_14: f32 = t108[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v372_14: f32 = acc3_2 * l108_14;
    let l110_14: f32 = t110[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v373_14: f32 = l110_14 * l110_14;
    let v374_14: f32 = -v373_14;
    let v375_14: f32 = exp(v374_14);
    let v376_14: f32 = v375_14 * 1.1283792f;
    let v377_14: f32 = v372_14 * v376_14;
    let v378_14: f32 = v377_14 * 0.70710677f;
    let l113_14: f32 = t113[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v371_14: f32 = acc3_2 * l113_14;
    let v379_14: f32 = v371_14 * 0.5f;
    let v380_14: f32 = v378_14 + v379_14;
    t380[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v380_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l108_15: f32 = t108[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v372_15: f32 = acc3_3 * l108_15;
    let l110_15: f32 = t110[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v373_15: f32 = l110_15 * l110_15;
    let v374_15: f32 = -v373_15;
    let v375_15: f32 = exp(v374_15);
    let v376_15: f32 = v375_15 * 1.1283792f;
    let v377_15: f32 = v372_15 * v376_15;
    let v378_15: f32 = v377_15 * 0.70710677f;
    let l113_15: f32 = t113[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v371_15: f32 = acc3_3 * l113_15;
    let v379_15: f32 = v371_15 * 0.5f;
    let v380_15: f32 = v378_15 + v379_15;
    t380[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v380_15;
  }
}
