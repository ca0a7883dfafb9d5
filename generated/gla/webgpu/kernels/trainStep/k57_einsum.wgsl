// kernel k57_einsum
@group(0) @binding(0) var<storage, read> t335: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t269: array<f32>;
@group(0) @binding(3) var<storage, read_write> t339: array<f32>;
@group(0) @binding(4) var<storage, read> t270: array<f32>;
@group(0) @binding(5) var<storage, read> t268: array<f32>;
@group(0) @binding(6) var<storage, read> t267: array<f32>;
@group(0) @binding(7) var<storage, read_write> t348: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k57_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t335[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t335[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t335[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t335[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    let l269: f32 = t269[(row0 + ty) * 176i + (col0 + tx)];
    let v339: f32 = acc0_0 * l269;
    t339[(row0 + ty) * 176i + (col0 + tx)] = v339;
    let l270: f32 = t270[(row0 + ty) * 176i + (col0 + tx)];
    let v338: f32 = acc0_0 * l270;
    let l268: f32 = t268[(row0 + ty) * 176i + (col0 + tx)];
    let v342: f32 = v338 * l268;
    let l267: f32 = t267[(row0 + ty) * 176i + (col0 + tx)];
    let v343: f32 = v338 * l267;
    let v345: f32 = 1.0f - l268;
    let v346: f32 = l268 * v345;
    let v347: f32 = v343 * v346;
    let v348: f32 = v342 + v347;
    t348[(row0 + ty) * 176i + (col0 + tx)] = v348;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l269_1: f32 = t269[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v339_1: f32 = acc0_1 * l269_1;
    t339[(row0 + ty) * 176i + (col0 + tx) + 16i] = v339_1;
    let l270_1: f32 = t270[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v338_1: f32 = acc0_1 * l270_1;
    let l268_1: f32 = t268[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v342_1: f32 = v338_1 * l268_1;
    let l267_1: f32 = t267[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v343_1: f32 = v338_1 * l267_1;
    let v345_1: f32 = 1.0f - l268_1;
    let v346_1: f32 = l268_1 * v345_1;
    let v347_1: f32 = v343_1 * v346_1;
    let v348_1: f32 = v342_1 + v347_1;
    t348[(row0 + ty) * 176i + (col0 + tx) + 16i] = v348_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l269_2: f32 = t269[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v339_2: f32 = acc0_2 * l269_2;
    t339[(row0 + ty) * 176i + (col0 + tx) + 32i] = v339_2;
    let l270_2: f32 = t270[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v338_2: f32 = acc0_2 * l270_2;
    let l268_2: f32 = t268[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v342_2: f32 = v338_2 * l268_2;
    let l267_2: f32 = t267[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v343_2: f32 = v338_2 * l267_2;
    let v345_2: f32 = 1.0f - l268_2;
    let v346_2: f32 = l268_2 * v345_2;
    let v347_2: f32 = v343_2 * v346_2;
    let v348_2: f32 = v342_2 + v347_2;
    t348[(row0 + ty) * 176i + (col0 + tx) + 32i] = v348_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l269_3: f32 = t269[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v339_3: f32 = acc0_3 * l269_3;
    t339[(row0 + ty) * 176i + (col0 + tx) + 48i] = v339_3;
    let l270_3: f32 = t270[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v338_3: f32 = acc0_3 * l270_3;
    let l268_3: f32 = t268[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v342_3: f32 = v338_3 * l268_3;
    let l267_3: f32 = t267[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v343_3: f32 = v338_3 * l267_3;
    let v345_3: f32 = 1.0f - l268_3;
    let v346_3: f32 = l268_3 * v345_3;
    let v347_3: f32 = v343_3 * v346_3;
    let v348_3: f32 = v342_3 + v347_3;
    t348[(row0 + ty) * 176i + (col0 + tx) + 48i] = v348_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l269_4: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v339_4: f32 = acc1_0 * l269_4;
    t339[(row0 + ty + 16i) * 176i + (col0 + tx)] = v339_4;
    let l270_4: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v338_4: f32 = acc1_0 * l270_4;
    let l268_4: f32 = t268[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v342_4: f32 = v338_4 * l268_4;
    let l267_4: f32 = t267[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v343_4: f32 = v338_4 * l267_4;
    let v345_4: f32 = 1.0f - l268_4;
    let v346_4: f32 = l268_4 * v345_4;
    let v347_4: f32 = v343_4 * v346_4;
    let v348_4: f32 = v342_4 + v347_4;
    t348[(row0 + ty + 16i) * 176i + (col0 + tx)] = v348_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l269_5: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v339_5: f32 = acc1_1 * l269_5;
    t339[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v339_5;
    let l270_5: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v338_5: f32 = acc1_1 * l270_5;
    let l268_5: f32 = t268[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v342_5: f32 = v338_5 * l268_5;
    let l267_5: f32 = t267[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v343_5: f32 = v338_5 * l267_5;
    let v345_5: f32 = 1.0f - l268_5;
    let v346_5: f32 = l268_5 * v345_5;
    let v347_5: f32 = v343_5 * v346_5;
    let v348_5: f32 = v342_5 + v347_5;
    t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v348_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l269_6: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v339_6: f32 = acc1_2 * l269_6;
    t339[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v339_6;
    let l270_6: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v338_6: f32 = acc1_2 * l270_6;
    let l268_6: f32 = t268[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v342_6: f32 = v338_6 * l268_6;
    let l267_6: f32 = t267[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v343_6: f32 = v338_6 * l267_6;
    let v345_6: f32 = 1.0f - l268_6;
    let v346_6: f32 = l268_6 * v345_6;
    let v347_6: f32 = v343_6 * v346_6;
    let v348_6: f32 = v342_6 + v347_6;
    t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v348_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l269_7: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v339_7: f32 = acc1_3 * l269_7;
    t339[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v339_7;
    let l270_7: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v338_7: f32 = acc1_3 * l270_7;
    let l268_7: f32 = t268[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v342_7: f32 = v338_7 * l268_7;
    let l267_7: f32 = t267[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v343_7: f32 = v338_7 * l267_7;
    let v345_7: f32 = 1.0f - l268_7;
    let v346_7: f32 = l268_7 * v345_7;
    let v347_7: f32 = v343_7 * v346_7;
    let v348_7: f32 = v342_7 + v347_7;
    t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v348_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l269_8: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v339_8: f32 = acc2_0 * l269_8;
    t339[(row0 + ty + 32i) * 176i + (col0 + tx)] = v339_8;
    let l270_8: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v338_8: f32 = acc2_0 * l270_8;
    let l268_8: f32 = t268[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v342_8: f32 = v338_8 * l268_8;
    let l267_8: f32 = t267[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v343_8: f32 = v338_8 * l267_8;
    let v345_8: f32 = 1.0f - l268_8;
    let v346_8: f32 = l268_8 * v345_8;
    let v347_8: f32 = v343_8 * v346_8;
    let v348_8: f32 = v342_8 + v347_8;
    t348[(row0 + ty + 32i) * 176i + (col0 + tx)] = v348_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l269_9: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v339_9: f32 = acc2_1 * l269_9;
    t339[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v339_9;
    let l270_9: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v338_9: f32 = acc2_1 * l270_9;
    let l268_9: f32 = t268[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v342_9: f32 = v338_9 * l268_9;
    let l267_9: f32 = t267[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v343_9: f32 = v338_9 * l267_9;
    let v345_9: f32 = 1.0f - l268_9;
    let v346_9: f32 = l268_9 * v345_9;
    let v347_9: f32 = v343_9 * v346_9;
    let v348_9: f32 = v342_9 + v347_9;
    t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v348_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l269_10: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v339_10: f32 = acc2_2 * l269_10;
    t339[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v339_10;
    let l270_10: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v338_10: f32 = acc2_2 * l270_10;
    let l268_10: f32 = t268[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v342_10: f32 = v338_10 * l268_10;
    let l267_10: f32 = t267[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v343_10: f32 = v338_10 * l267_10;
    let v345_10: f32 = 1.0f - l268_10;
    let v346_10: f32 = l268_10 * v345_10;
    let v347_10: f32 = v343_10 * v346_10;
    let v348_10: f32 = v342_10 + v347_10;
    t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v348_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l269_11: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v339_11: f32 = acc2_3 * l269_11;
    t339[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v339_11;
    let l270_11: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v338_11: f32 = acc2_3 * l270_11;
    let l268_11: f32 = t268[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v342_11: f32 = v338_11 * l268_11;
    let l267_11: f32 = t267[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v343_11: f32 = v338_11 * l267_11;
    let v345_11: f32 = 1.0f - l268_11;
    let v346_11: f32 = l268_11 * v345_11;
    let v347_11: f32 = v343_11 * v346_11;
    let v348_11: f32 = v342_11 + v347_11;
    t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v348_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l269_12: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v339_12: f32 = acc3_0 * l269_12;
    t339[(row0 + ty + 48i) * 176i + (col0 + tx)] = v339_12;
    let l270_12: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v338_12: f32 = acc3_0 * l270_12;
    let l268_12: f32 = t268[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v342_12: f32 = v338_12 * l268_12;
    let l267_12: f32 = t267[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v343_12: f32 = v338_12 * l267_12;
    let v345_12: f32 = 1.0f - l268_12;
    let v346_12: f32 = l268_12 * v345_12;
    let v347_12: f32 = v343_12 * v346_12;
    let v348_12: f32 = v342_12 + v347_12;
    t348[(row0 + ty + 48i) * 176i + (col0 + tx)] = v348_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l269_13: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v339_13: f32 = acc3_1 * l269_13;
    t339[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v339_13;
    let l270_13: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v338_13: f32 = acc3_1 * l270_13;
    let l268_13: f32 = t268[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v342_13: f32 = v338_13 * l268_13;
    let l267_13: f32 = t267[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v343_13: f32 = v338_13 * l267_13;
    let v345_13: f32 = 1.0f - l268_13;
    let v346_13: f32 = l268_13 * v345_13;
    let v347_13: f32 = v343_13 * v346_13;
    let v348_13: f32 = v342_13 + v347_13;
    t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v348_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l269_14: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v339_14: f32 = acc3_2 * l269_14;
    t339[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v339_14;
    let l270_14: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v338_14: f32 = acc3_2 * l270_14;
    let l268_14: f32 = t268[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v342_14: f32 = v338_14 * l268_14;
    let l267_14: f32 = t267[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v343_14: f32 = v338_14 * l267_14;
    let v345_14: f32 = 1.0f - l268_14;
    let v346_14: f32 = l268_14 * v345_14;
    let v347_14: f32 = v343_14 * v346_14;
    let v348_14: f32 = v342_14 + v347_14;
    t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v348_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l269_15: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v339_15: f32 = acc3_3 * l269_15;
    t339[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v339_15;
    let l270_15: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v338_15: f32 = acc3_3 * l270_15;
    let l268_15: f32 = t268[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v342_15: f32 = v338_15 * l268_15;
    let l267_15: f32 = t267[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v343_15: f32 = v338_15 * l267_15;
    let v345_15: f32 = 1.0f - l268_15;
    let v346_15: f32 = l268_15 * v345_15;
    let v347_15: f32 = v343_15 * v346_15;
    let v348_15: f32 = v342_15 + v347_15;
    t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v348_15;
  }
}
