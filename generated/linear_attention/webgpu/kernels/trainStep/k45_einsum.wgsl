// kernel k45_einsum
@group(0) @binding(0) var<storage, read> t317: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t232: array<f32>;
@group(0) @binding(3) var<storage, read> t233: array<f32>;
@group(0) @binding(4) var<storage, read> t235: array<f32>;
@group(0) @binding(5) var<storage, read_write> t332: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k45_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t317[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t317[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t317[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t317[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_proj_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_proj_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_proj_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_proj_w[bK + 12i + (col0 + bN) * 64i];
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
    let l232: f32 = t232[(row0 + ty) * 256i + (col0 + tx)];
    let v323: f32 = acc0_0 * l232;
    let l233: f32 = t233[(row0 + ty) * 256i + (col0 + tx)];
    let v324: f32 = l233 * l233;
    let v325: f32 = -v324;
    let v326: f32 = exp(v325);
    let v328: f32 = v326 * 1.1283792f;
    let v329: f32 = v323 * v328;
    let v330: f32 = v329 * 0.70710677f;
    let l235: f32 = t235[(row0 + ty) * 256i + (col0 + tx)];
    let v322: f32 = acc0_0 * l235;
    let v331: f32 = v322 * 0.5f;
    let v332: f32 = v330 + v331;
    t332[(row0 + ty) * 256i + (col0 + tx)] = v332;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l232_1: f32 = t232[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v323_1: f32 = acc0_1 * l232_1;
    let l233_1: f32 = t233[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v324_1: f32 = l233_1 * l233_1;
    let v325_1: f32 = -v324_1;
    let v326_1: f32 = exp(v325_1);
    let v328_1: f32 = v326_1 * 1.1283792f;
    let v329_1: f32 = v323_1 * v328_1;
    let v330_1: f32 = v329_1 * 0.70710677f;
    let l235_1: f32 = t235[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v322_1: f32 = acc0_1 * l235_1;
    let v331_1: f32 = v322_1 * 0.5f;
    let v332_1: f32 = v330_1 + v331_1;
    t332[(row0 + ty) * 256i + (col0 + tx) + 16i] = v332_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l232_2: f32 = t232[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v323_2: f32 = acc0_2 * l232_2;
    let l233_2: f32 = t233[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v324_2: f32 = l233_2 * l233_2;
    let v325_2: f32 = -v324_2;
    let v326_2: f32 = exp(v325_2);
    let v328_2: f32 = v326_2 * 1.1283792f;
    let v329_2: f32 = v323_2 * v328_2;
    let v330_2: f32 = v329_2 * 0.70710677f;
    let l235_2: f32 = t235[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v322_2: f32 = acc0_2 * l235_2;
    let v331_2: f32 = v322_2 * 0.5f;
    let v332_2: f32 = v330_2 + v331_2;
    t332[(row0 + ty) * 256i + (col0 + tx) + 32i] = v332_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l232_3: f32 = t232[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v323_3: f32 = acc0_3 * l232_3;
    let l233_3: f32 = t233[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v324_3: f32 = l233_3 * l233_3;
    let v325_3: f32 = -v324_3;
    let v326_3: f32 = exp(v325_3);
    let v328_3: f32 = v326_3 * 1.1283792f;
    let v329_3: f32 = v323_3 * v328_3;
    let v330_3: f32 = v329_3 * 0.70710677f;
    let l235_3: f32 = t235[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v322_3: f32 = acc0_3 * l235_3;
    let v331_3: f32 = v322_3 * 0.5f;
    let v332_3: f32 = v330_3 + v331_3;
    t332[(row0 + ty) * 256i + (col0 + tx) + 48i] = v332_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l232_4: f32 = t232[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v323_4: f32 = acc1_0 * l232_4;
    let l233_4: f32 = t233[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v324_4: f32 = l233_4 * l233_4;
    let v325_4: f32 = -v324_4;
    let v326_4: f32 = exp(v325_4);
    let v328_4: f32 = v326_4 * 1.1283792f;
    let v329_4: f32 = v323_4 * v328_4;
    let v330_4: f32 = v329_4 * 0.70710677f;
    let l235_4: f32 = t235[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v322_4: f32 = acc1_0 * l235_4;
    let v331_4: f32 = v322_4 * 0.5f;
    let v332_4: f32 = v330_4 + v331_4;
    t332[(row0 + ty + 16i) * 256i + (col0 + tx)] = v332_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l232_5: f32 = t232[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v323_5: f32 = acc1_1 * l232_5;
    let l233_5: f32 = t233[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v324_5: f32 = l233_5 * l233_5;
    let v325_5: f32 = -v324_5;
    let v326_5: f32 = exp(v325_5);
    let v328_5: f32 = v326_5 * 1.1283792f;
    let v329_5: f32 = v323_5 * v328_5;
    let v330_5: f32 = v329_5 * 0.70710677f;
    let l235_5: f32 = t235[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v322_5: f32 = acc1_1 * l235_5;
    let v331_5: f32 = v322_5 * 0.5f;
    let v332_5: f32 = v330_5 + v331_5;
    t332[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v332_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l232_6: f32 = t232[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v323_6: f32 = acc1_2 * l232_6;
    let l233_6: f32 = t233[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v324_6: f32 = l233_6 * l233_6;
    let v325_6: f32 = -v324_6;
    let v326_6: f32 = exp(v325_6);
    let v328_6: f32 = v326_6 * 1.1283792f;
    let v329_6: f32 = v323_6 * v328_6;
    let v330_6: f32 = v329_6 * 0.70710677f;
    let l235_6: f32 = t235[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v322_6: f32 = acc1_2 * l235_6;
    let v331_6: f32 = v322_6 * 0.5f;
    let v332_6: f32 = v330_6 + v331_6;
    t332[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v332_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l232_7: f32 = t232[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v323_7: f32 = acc1_3 * l232_7;
    let l233_7: f32 = t233[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v324_7: f32 = l233_7 * l233_7;
    let v325_7: f32 = -v324_7;
    let v326_7: f32 = exp(v325_7);
    let v328_7: f32 = v326_7 * 1.1283792f;
    let v329_7: f32 = v323_7 * v328_7;
    let v330_7: f32 = v329_7 * 0.70710677f;
    let l235_7: f32 = t235[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v322_7: f32 = acc1_3 * l235_7;
    let v331_7: f32 = v322_7 * 0.5f;
    let v332_7: f32 = v330_7 + v331_7;
    t332[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v332_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l232_8: f32 = t232[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v323_8: f32 = acc2_0 * l232_8;
    let l233_8: f32 = t233[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v324_8: f32 = l233_8 * l233_8;
    let v325_8: f32 = -v324_8;
    let v326_8: f32 = exp(v325_8);
    let v328_8: f32 = v326_8 * 1.1283792f;
    let v329_8: f32 = v323_8 * v328_8;
    let v330_8: f32 = v329_8 * 0.70710677f;
    let l235_8: f32 = t235[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v322_8: f32 = acc2_0 * l235_8;
    let v331_8: f32 = v322_8 * 0.5f;
    let v332_8: f32 = v330_8 + v331_8;
    t332[(row0 + ty + 32i) * 256i + (col0 + tx)] = v332_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l232_9: f32 = t232[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v323_9: f32 = acc2_1 * l232_9;
    let l233_9: f32 = t233[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v324_9: f32 = l233_9 * l233_9;
    let v325_9: f32 = -v324_9;
    let v326_9: f32 = exp(v325_9);
    let v328_9: f32 = v326_9 * 1.1283792f;
    let v329_9: f32 = v323_9 * v328_9;
    let v330_9: f32 = v329_9 * 0.70710677f;
    let l235_9: f32 = t235[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v322_9: f32 = acc2_1 * l235_9;
    let v331_9: f32 = v322_9 * 0.5f;
    let v332_9: f32 = v330_9 + v331_9;
    t332[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v332_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l232_10: f32 = t232[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v323_10: f32 = acc2_2 * l232_10;
    let l233_10: f32 = t233[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v324_10: f32 = l233_10 * l233_10;
    let v325_10: f32 = -v324_10;
    let v326_10: f32 = exp(v325_10);
    let v328_10: f32 = v326_10 * 1.1283792f;
    let v329_10: f32 = v323_10 * v328_10;
    let v330_10: f32 = v329_10 * 0.70710677f;
    let l235_10: f32 = t235[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v322_10: f32 = acc2_2 * l235_10;
    let v331_10: f32 = v322_10 * 0.5f;
    let v332_10: f32 = v330_10 + v331_10;
    t332[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v332_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l232_11: f32 = t232[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v323_11: f32 = acc2_3 * l232_11;
    let l233_11: f32 = t233[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v324_11: f32 = l233_11 * l233_11;
    let v325_11: f32 = -v324_11;
    let v326_11: f32 = exp(v325_11);
    let v328_11: f32 = v326_11 * 1.1283792f;
    let v329_11: f32 = v323_11 * v328_11;
    let v330_11: f32 = v329_11 * 0.70710677f;
    let l235_11: f32 = t235[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v322_11: f32 = acc2_3 * l235_11;
    let v331_11: f32 = v322_11 * 0.5f;
    let v332_11: f32 = v330_11 + v331_11;
    t332[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v332_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l232_12: f32 = t232[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v323_12: f32 = acc3_0 * l232_12;
    let l233_12: f32 = t233[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v324_12: f32 = l233_12 * l233_12;
    let v325_12: f32 = -v324_12;
    let v326_12: f32 = exp(v325_12);
    let v328_12: f32 = v326_12 * 1.1283792f;
    let v329_12: f32 = v323_12 * v328_12;
    let v330_12: f32 = v329_12 * 0.70710677f;
    let l235_12: f32 = t235[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v322_12: f32 = acc3_0 * l235_12;
    let v331_12: f32 = v322_12 * 0.5f;
    let v332_12: f32 = v330_12 + v331_12;
    t332[(row0 + ty + 48i) * 256i + (col0 + tx)] = v332_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l232_13: f32 = t232[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v323_13: f32 = acc3_1 * l232_13;
    let l233_13: f32 = t233[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v324_13: f32 = l233_13 * l233_13;
    let v325_13: f32 = -v324_13;
    let v326_13: f32 = exp(v325_13);
    let v328_13: f32 = v326_13 * 1.1283792f;
    let v329_13: f32 = v323_13 * v328_13;
    let v330_13: f32 = v329_13 * 0.70710677f;
    let l235_13: f32 = t235[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v322_13: f32 = acc3_1 * l235_13;
    let v331_13: f32 = v322_13 * 0.5f;
    let v332_13: f32 = v330_13 + v331_13;
    t332[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v332_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l232_14: f32 = t232[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v323_14: f32 = acc3_2 * l232_14;
    let l233_14: f32 = t233[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v324_14: f32 = l233_14 * l233_14;
    let v325_14: f32 = -v324_14;
    let v326_14: f32 = exp(v325_14);
    let v328_14: f32 = v326_14 * 1.1283792f;
    let v329_14: f32 = v323_14 * v328_14;
    let v330_14: f32 = v329_14 * 0.70710677f;
    let l235_14: f32 = t235[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v322_14: f32 = acc3_2 * l235_14;
    let v331_14: f32 = v322_14 * 0.5f;
    let v332_14: f32 = v330_14 + v331_14;
    t332[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v332_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l232_15: f32 = t232[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v323_15: f32 = acc3_3 * l232_15;
    let l233_15: f32 = t233[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v324_15: f32 = l233_15 * l233_15;
    let v325_15: f32 = -v324_15;
    let v326_15: f32 = exp(v325_15);
    let v328_15: f32 = v326_15 * 1.1283792f;
    let v329_15: f32 = v323_15 * v328_15;
    let v330_15: f32 = v329_15 * 0.70710677f;
    let l235_15: f32 = t235[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v322_15: f32 = acc3_3 * l235_15;
    let v331_15: f32 = v322_15 * 0.5f;
    let v332_15: f32 = v330_15 + v331_15;
    t332[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v332_15;
  }
}
