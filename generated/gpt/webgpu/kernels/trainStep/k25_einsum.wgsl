// kernel k25_einsum
@group(0) @binding(0) var<storage, read> t268: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@group(0) @binding(3) var<storage, read> t184: array<f32>;
@group(0) @binding(4) var<storage, read> t186: array<f32>;
@group(0) @binding(5) var<storage, read_write> t283: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k25_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t268[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t268[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t268[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t268[(row0 + ty + 48i) * 64i + kA];
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
    let l183: f32 = t183[(row0 + ty) * 256i + (col0 + tx)];
    let v274: f32 = acc0_0 * l183;
    let l184: f32 = t184[(row0 + ty) * 256i + (col0 + tx)];
    let v275: f32 = l184 * l184;
    let v276: f32 = -v275;
    let v277: f32 = exp(v276);
    let v279: f32 = v277 * 1.1283792f;
    let v280: f32 = v274 * v279;
    let v281: f32 = v280 * 0.70710677f;
    let l186: f32 = t186[(row0 + ty) * 256i + (col0 + tx)];
    let v273: f32 = acc0_0 * l186;
    let v282: f32 = v273 * 0.5f;
    let v283: f32 = v281 + v282;
    t283[(row0 + ty) * 256i + (col0 + tx)] = v283;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l183_1: f32 = t183[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v274_1: f32 = acc0_1 * l183_1;
    let l184_1: f32 = t184[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v275_1: f32 = l184_1 * l184_1;
    let v276_1: f32 = -v275_1;
    let v277_1: f32 = exp(v276_1);
    let v279_1: f32 = v277_1 * 1.1283792f;
    let v280_1: f32 = v274_1 * v279_1;
    let v281_1: f32 = v280_1 * 0.70710677f;
    let l186_1: f32 = t186[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v273_1: f32 = acc0_1 * l186_1;
    let v282_1: f32 = v273_1 * 0.5f;
    let v283_1: f32 = v281_1 + v282_1;
    t283[(row0 + ty) * 256i + (col0 + tx) + 16i] = v283_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l183_2: f32 = t183[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v274_2: f32 = acc0_2 * l183_2;
    let l184_2: f32 = t184[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v275_2: f32 = l184_2 * l184_2;
    let v276_2: f32 = -v275_2;
    let v277_2: f32 = exp(v276_2);
    let v279_2: f32 = v277_2 * 1.1283792f;
    let v280_2: f32 = v274_2 * v279_2;
    let v281_2: f32 = v280_2 * 0.70710677f;
    let l186_2: f32 = t186[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v273_2: f32 = acc0_2 * l186_2;
    let v282_2: f32 = v273_2 * 0.5f;
    let v283_2: f32 = v281_2 + v282_2;
    t283[(row0 + ty) * 256i + (col0 + tx) + 32i] = v283_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l183_3: f32 = t183[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v274_3: f32 = acc0_3 * l183_3;
    let l184_3: f32 = t184[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v275_3: f32 = l184_3 * l184_3;
    let v276_3: f32 = -v275_3;
    let v277_3: f32 = exp(v276_3);
    let v279_3: f32 = v277_3 * 1.1283792f;
    let v280_3: f32 = v274_3 * v279_3;
    let v281_3: f32 = v280_3 * 0.70710677f;
    let l186_3: f32 = t186[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v273_3: f32 = acc0_3 * l186_3;
    let v282_3: f32 = v273_3 * 0.5f;
    let v283_3: f32 = v281_3 + v282_3;
    t283[(row0 + ty) * 256i + (col0 + tx) + 48i] = v283_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l183_4: f32 = t183[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v274_4: f32 = acc1_0 * l183_4;
    let l184_4: f32 = t184[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v275_4: f32 = l184_4 * l184_4;
    let v276_4: f32 = -v275_4;
    let v277_4: f32 = exp(v276_4);
    let v279_4: f32 = v277_4 * 1.1283792f;
    let v280_4: f32 = v274_4 * v279_4;
    let v281_4: f32 = v280_4 * 0.70710677f;
    let l186_4: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v273_4: f32 = acc1_0 * l186_4;
    let v282_4: f32 = v273_4 * 0.5f;
    let v283_4: f32 = v281_4 + v282_4;
    t283[(row0 + ty + 16i) * 256i + (col0 + tx)] = v283_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l183_5: f32 = t183[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v274_5: f32 = acc1_1 * l183_5;
    let l184_5: f32 = t184[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v275_5: f32 = l184_5 * l184_5;
    let v276_5: f32 = -v275_5;
    let v277_5: f32 = exp(v276_5);
    let v279_5: f32 = v277_5 * 1.1283792f;
    let v280_5: f32 = v274_5 * v279_5;
    let v281_5: f32 = v280_5 * 0.70710677f;
    let l186_5: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v273_5: f32 = acc1_1 * l186_5;
    let v282_5: f32 = v273_5 * 0.5f;
    let v283_5: f32 = v281_5 + v282_5;
    t283[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v283_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l183_6: f32 = t183[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v274_6: f32 = acc1_2 * l183_6;
    let l184_6: f32 = t184[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v275_6: f32 = l184_6 * l184_6;
    let v276_6: f32 = -v275_6;
    let v277_6: f32 = exp(v276_6);
    let v279_6: f32 = v277_6 * 1.1283792f;
    let v280_6: f32 = v274_6 * v279_6;
    let v281_6: f32 = v280_6 * 0.70710677f;
    let l186_6: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v273_6: f32 = acc1_2 * l186_6;
    let v282_6: f32 = v273_6 * 0.5f;
    let v283_6: f32 = v281_6 + v282_6;
    t283[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v283_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l183_7: f32 = t183[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v274_7: f32 = acc1_3 * l183_7;
    let l184_7: f32 = t184[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v275_7: f32 = l184_7 * l184_7;
    let v276_7: f32 = -v275_7;
    let v277_7: f32 = exp(v276_7);
    let v279_7: f32 = v277_7 * 1.1283792f;
    let v280_7: f32 = v274_7 * v279_7;
    let v281_7: f32 = v280_7 * 0.70710677f;
    let l186_7: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v273_7: f32 = acc1_3 * l186_7;
    let v282_7: f32 = v273_7 * 0.5f;
    let v283_7: f32 = v281_7 + v282_7;
    t283[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v283_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l183_8: f32 = t183[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v274_8: f32 = acc2_0 * l183_8;
    let l184_8: f32 = t184[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v275_8: f32 = l184_8 * l184_8;
    let v276_8: f32 = -v275_8;
    let v277_8: f32 = exp(v276_8);
    let v279_8: f32 = v277_8 * 1.1283792f;
    let v280_8: f32 = v274_8 * v279_8;
    let v281_8: f32 = v280_8 * 0.70710677f;
    let l186_8: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v273_8: f32 = acc2_0 * l186_8;
    let v282_8: f32 = v273_8 * 0.5f;
    let v283_8: f32 = v281_8 + v282_8;
    t283[(row0 + ty + 32i) * 256i + (col0 + tx)] = v283_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l183_9: f32 = t183[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v274_9: f32 = acc2_1 * l183_9;
    let l184_9: f32 = t184[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v275_9: f32 = l184_9 * l184_9;
    let v276_9: f32 = -v275_9;
    let v277_9: f32 = exp(v276_9);
    let v279_9: f32 = v277_9 * 1.1283792f;
    let v280_9: f32 = v274_9 * v279_9;
    let v281_9: f32 = v280_9 * 0.70710677f;
    let l186_9: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v273_9: f32 = acc2_1 * l186_9;
    let v282_9: f32 = v273_9 * 0.5f;
    let v283_9: f32 = v281_9 + v282_9;
    t283[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v283_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l183_10: f32 = t183[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v274_10: f32 = acc2_2 * l183_10;
    let l184_10: f32 = t184[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v275_10: f32 = l184_10 * l184_10;
    let v276_10: f32 = -v275_10;
    let v277_10: f32 = exp(v276_10);
    let v279_10: f32 = v277_10 * 1.1283792f;
    let v280_10: f32 = v274_10 * v279_10;
    let v281_10: f32 = v280_10 * 0.70710677f;
    let l186_10: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v273_10: f32 = acc2_2 * l186_10;
    let v282_10: f32 = v273_10 * 0.5f;
    let v283_10: f32 = v281_10 + v282_10;
    t283[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v283_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l183_11: f32 = t183[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v274_11: f32 = acc2_3 * l183_11;
    let l184_11: f32 = t184[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v275_11: f32 = l184_11 * l184_11;
    let v276_11: f32 = -v275_11;
    let v277_11: f32 = exp(v276_11);
    let v279_11: f32 = v277_11 * 1.1283792f;
    let v280_11: f32 = v274_11 * v279_11;
    let v281_11: f32 = v280_11 * 0.70710677f;
    let l186_11: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v273_11: f32 = acc2_3 * l186_11;
    let v282_11: f32 = v273_11 * 0.5f;
    let v283_11: f32 = v281_11 + v282_11;
    t283[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v283_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l183_12: f32 = t183[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v274_12: f32 = acc3_0 * l183_12;
    let l184_12: f32 = t184[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v275_12: f32 = l184_12 * l184_12;
    let v276_12: f32 = -v275_12;
    let v277_12: f32 = exp(v276_12);
    let v279_12: f32 = v277_12 * 1.1283792f;
    let v280_12: f32 = v274_12 * v279_12;
    let v281_12: f32 = v280_12 * 0.70710677f;
    let l186_12: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v273_12: f32 = acc3_0 * l186_12;
    let v282_12: f32 = v273_12 * 0.5f;
    let v283_12: f32 = v281_12 + v282_12;
    t283[(row0 + ty + 48i) * 256i + (col0 + tx)] = v283_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l183_13: f32 = t183[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v274_13: f32 = acc3_1 * l183_13;
    let l184_13: f32 = t184[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v275_13: f32 = l184_13 * l184_13;
    let v276_13: f32 = -v275_13;
    let v277_13: f32 = exp(v276_13);
    let v279_13: f32 = v277_13 * 1.1283792f;
    let v280_13: f32 = v274_13 * v279_13;
    let v281_13: f32 = v280_13 * 0.70710677f;
    let l186_13: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v273_13: f32 = acc3_1 * l186_13;
    let v282_13: f32 = v273_13 * 0.5f;
    let v283_13: f32 = v281_13 + v282_13;
    t283[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v283_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l183_14: f32 = t183[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v274_14: f32 = acc3_2 * l183_14;
    let l184_14: f32 = t184[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v275_14: f32 = l184_14 * l184_14;
    let v276_14: f32 = -v275_14;
    let v277_14: f32 = exp(v276_14);
    let v279_14: f32 = v277_14 * 1.1283792f;
    let v280_14: f32 = v274_14 * v279_14;
    let v281_14: f32 = v280_14 * 0.70710677f;
    let l186_14: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v273_14: f32 = acc3_2 * l186_14;
    let v282_14: f32 = v273_14 * 0.5f;
    let v283_14: f32 = v281_14 + v282_14;
    t283[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v283_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l183_15: f32 = t183[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v274_15: f32 = acc3_3 * l183_15;
    let l184_15: f32 = t184[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v275_15: f32 = l184_15 * l184_15;
    let v276_15: f32 = -v275_15;
    let v277_15: f32 = exp(v276_15);
    let v279_15: f32 = v277_15 * 1.1283792f;
    let v280_15: f32 = v274_15 * v279_15;
    let v281_15: f32 = v280_15 * 0.70710677f;
    let l186_15: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v273_15: f32 = acc3_3 * l186_15;
    let v282_15: f32 = v273_15 * 0.5f;
    let v283_15: f32 = v281_15 + v282_15;
    t283[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v283_15;
  }
}
