// kernel k38_einsum
@group(0) @binding(0) var<storage, read> t283: array<f32>;
@group(0) @binding(1) var<storage, read> t219: array<f32>;
@group(0) @binding(2) var<storage, read> t208: array<f32>;
@group(0) @binding(3) var<storage, read> t209: array<f32>;
@group(0) @binding(4) var<storage, read> t211: array<f32>;
@group(0) @binding(5) var<storage, read_write> t302: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k38_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t283[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t283[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t283[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t283[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = t219[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = t219[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = t219[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = t219[bK + 12i + (col0 + bN) * 64i];
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
    let l208: f32 = t208[(row0 + ty) * 256i + (col0 + tx)];
    let v293: f32 = acc0_0 * l208;
    let l209: f32 = t209[(row0 + ty) * 256i + (col0 + tx)];
    let v294: f32 = l209 * l209;
    let v295: f32 = -v294;
    let v296: f32 = exp(v295);
    let v298: f32 = v296 * 1.1283792f;
    let v299: f32 = v293 * v298;
    let v300: f32 = v299 * 0.70710677f;
    let l211: f32 = t211[(row0 + ty) * 256i + (col0 + tx)];
    let v292: f32 = acc0_0 * l211;
    let v301: f32 = v292 * 0.5f;
    let v302: f32 = v300 + v301;
    t302[(row0 + ty) * 256i + (col0 + tx)] = v302;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l208_1: f32 = t208[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v293_1: f32 = acc0_1 * l208_1;
    let l209_1: f32 = t209[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v294_1: f32 = l209_1 * l209_1;
    let v295_1: f32 = -v294_1;
    let v296_1: f32 = exp(v295_1);
    let v298_1: f32 = v296_1 * 1.1283792f;
    let v299_1: f32 = v293_1 * v298_1;
    let v300_1: f32 = v299_1 * 0.70710677f;
    let l211_1: f32 = t211[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v292_1: f32 = acc0_1 * l211_1;
    let v301_1: f32 = v292_1 * 0.5f;
    let v302_1: f32 = v300_1 + v301_1;
    t302[(row0 + ty) * 256i + (col0 + tx) + 16i] = v302_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l208_2: f32 = t208[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v293_2: f32 = acc0_2 * l208_2;
    let l209_2: f32 = t209[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v294_2: f32 = l209_2 * l209_2;
    let v295_2: f32 = -v294_2;
    let v296_2: f32 = exp(v295_2);
    let v298_2: f32 = v296_2 * 1.1283792f;
    let v299_2: f32 = v293_2 * v298_2;
    let v300_2: f32 = v299_2 * 0.70710677f;
    let l211_2: f32 = t211[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v292_2: f32 = acc0_2 * l211_2;
    let v301_2: f32 = v292_2 * 0.5f;
    let v302_2: f32 = v300_2 + v301_2;
    t302[(row0 + ty) * 256i + (col0 + tx) + 32i] = v302_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l208_3: f32 = t208[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v293_3: f32 = acc0_3 * l208_3;
    let l209_3: f32 = t209[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v294_3: f32 = l209_3 * l209_3;
    let v295_3: f32 = -v294_3;
    let v296_3: f32 = exp(v295_3);
    let v298_3: f32 = v296_3 * 1.1283792f;
    let v299_3: f32 = v293_3 * v298_3;
    let v300_3: f32 = v299_3 * 0.70710677f;
    let l211_3: f32 = t211[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v292_3: f32 = acc0_3 * l211_3;
    let v301_3: f32 = v292_3 * 0.5f;
    let v302_3: f32 = v300_3 + v301_3;
    t302[(row0 + ty) * 256i + (col0 + tx) + 48i] = v302_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l208_4: f32 = t208[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v293_4: f32 = acc1_0 * l208_4;
    let l209_4: f32 = t209[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v294_4: f32 = l209_4 * l209_4;
    let v295_4: f32 = -v294_4;
    let v296_4: f32 = exp(v295_4);
    let v298_4: f32 = v296_4 * 1.1283792f;
    let v299_4: f32 = v293_4 * v298_4;
    let v300_4: f32 = v299_4 * 0.70710677f;
    let l211_4: f32 = t211[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v292_4: f32 = acc1_0 * l211_4;
    let v301_4: f32 = v292_4 * 0.5f;
    let v302_4: f32 = v300_4 + v301_4;
    t302[(row0 + ty + 16i) * 256i + (col0 + tx)] = v302_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l208_5: f32 = t208[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v293_5: f32 = acc1_1 * l208_5;
    let l209_5: f32 = t209[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v294_5: f32 = l209_5 * l209_5;
    let v295_5: f32 = -v294_5;
    let v296_5: f32 = exp(v295_5);
    let v298_5: f32 = v296_5 * 1.1283792f;
    let v299_5: f32 = v293_5 * v298_5;
    let v300_5: f32 = v299_5 * 0.70710677f;
    let l211_5: f32 = t211[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v292_5: f32 = acc1_1 * l211_5;
    let v301_5: f32 = v292_5 * 0.5f;
    let v302_5: f32 = v300_5 + v301_5;
    t302[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v302_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l208_6: f32 = t208[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v293_6: f32 = acc1_2 * l208_6;
    let l209_6: f32 = t209[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v294_6: f32 = l209_6 * l209_6;
    let v295_6: f32 = -v294_6;
    let v296_6: f32 = exp(v295_6);
    let v298_6: f32 = v296_6 * 1.1283792f;
    let v299_6: f32 = v293_6 * v298_6;
    let v300_6: f32 = v299_6 * 0.70710677f;
    let l211_6: f32 = t211[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v292_6: f32 = acc1_2 * l211_6;
    let v301_6: f32 = v292_6 * 0.5f;
    let v302_6: f32 = v300_6 + v301_6;
    t302[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v302_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l208_7: f32 = t208[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v293_7: f32 = acc1_3 * l208_7;
    let l209_7: f32 = t209[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v294_7: f32 = l209_7 * l209_7;
    let v295_7: f32 = -v294_7;
    let v296_7: f32 = exp(v295_7);
    let v298_7: f32 = v296_7 * 1.1283792f;
    let v299_7: f32 = v293_7 * v298_7;
    let v300_7: f32 = v299_7 * 0.70710677f;
    let l211_7: f32 = t211[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v292_7: f32 = acc1_3 * l211_7;
    let v301_7: f32 = v292_7 * 0.5f;
    let v302_7: f32 = v300_7 + v301_7;
    t302[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v302_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l208_8: f32 = t208[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v293_8: f32 = acc2_0 * l208_8;
    let l209_8: f32 = t209[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v294_8: f32 = l209_8 * l209_8;
    let v295_8: f32 = -v294_8;
    let v296_8: f32 = exp(v295_8);
    let v298_8: f32 = v296_8 * 1.1283792f;
    let v299_8: f32 = v293_8 * v298_8;
    let v300_8: f32 = v299_8 * 0.70710677f;
    let l211_8: f32 = t211[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v292_8: f32 = acc2_0 * l211_8;
    let v301_8: f32 = v292_8 * 0.5f;
    let v302_8: f32 = v300_8 + v301_8;
    t302[(row0 + ty + 32i) * 256i + (col0 + tx)] = v302_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l208_9: f32 = t208[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v293_9: f32 = acc2_1 * l208_9;
    let l209_9: f32 = t209[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v294_9: f32 = l209_9 * l209_9;
    let v295_9: f32 = -v294_9;
    let v296_9: f32 = exp(v295_9);
    let v298_9: f32 = v296_9 * 1.1283792f;
    let v299_9: f32 = v293_9 * v298_9;
    let v300_9: f32 = v299_9 * 0.70710677f;
    let l211_9: f32 = t211[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v292_9: f32 = acc2_1 * l211_9;
    let v301_9: f32 = v292_9 * 0.5f;
    let v302_9: f32 = v300_9 + v301_9;
    t302[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v302_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l208_10: f32 = t208[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v293_10: f32 = acc2_2 * l208_10;
    let l209_10: f32 = t209[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v294_10: f32 = l209_10 * l209_10;
    let v295_10: f32 = -v294_10;
    let v296_10: f32 = exp(v295_10);
    let v298_10: f32 = v296_10 * 1.1283792f;
    let v299_10: f32 = v293_10 * v298_10;
    let v300_10: f32 = v299_10 * 0.70710677f;
    let l211_10: f32 = t211[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v292_10: f32 = acc2_2 * l211_10;
    let v301_10: f32 = v292_10 * 0.5f;
    let v302_10: f32 = v300_10 + v301_10;
    t302[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v302_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l208_11: f32 = t208[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v293_11: f32 = acc2_3 * l208_11;
    let l209_11: f32 = t209[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v294_11: f32 = l209_11 * l209_11;
    let v295_11: f32 = -v294_11;
    let v296_11: f32 = exp(v295_11);
    let v298_11: f32 = v296_11 * 1.1283792f;
    let v299_11: f32 = v293_11 * v298_11;
    let v300_11: f32 = v299_11 * 0.70710677f;
    let l211_11: f32 = t211[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v292_11: f32 = acc2_3 * l211_11;
    let v301_11: f32 = v292_11 * 0.5f;
    let v302_11: f32 = v300_11 + v301_11;
    t302[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v302_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l208_12: f32 = t208[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v293_12: f32 = acc3_0 * l208_12;
    let l209_12: f32 = t209[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v294_12: f32 = l209_12 * l209_12;
    let v295_12: f32 = -v294_12;
    let v296_12: f32 = exp(v295_12);
    let v298_12: f32 = v296_12 * 1.1283792f;
    let v299_12: f32 = v293_12 * v298_12;
    let v300_12: f32 = v299_12 * 0.70710677f;
    let l211_12: f32 = t211[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v292_12: f32 = acc3_0 * l211_12;
    let v301_12: f32 = v292_12 * 0.5f;
    let v302_12: f32 = v300_12 + v301_12;
    t302[(row0 + ty + 48i) * 256i + (col0 + tx)] = v302_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l208_13: f32 = t208[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v293_13: f32 = acc3_1 * l208_13;
    let l209_13: f32 = t209[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v294_13: f32 = l209_13 * l209_13;
    let v295_13: f32 = -v294_13;
    let v296_13: f32 = exp(v295_13);
    let v298_13: f32 = v296_13 * 1.1283792f;
    let v299_13: f32 = v293_13 * v298_13;
    let v300_13: f32 = v299_13 * 0.70710677f;
    let l211_13: f32 = t211[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v292_13: f32 = acc3_1 * l211_13;
    let v301_13: f32 = v292_13 * 0.5f;
    let v302_13: f32 = v300_13 + v301_13;
    t302[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v302_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l208_14: f32 = t208[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v293_14: f32 = acc3_2 * l208_14;
    let l209_14: f32 = t209[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v294_14: f32 = l209_14 * l209_14;
    let v295_14: f32 = -v294_14;
    let v296_14: f32 = exp(v295_14);
    let v298_14: f32 = v296_14 * 1.1283792f;
    let v299_14: f32 = v293_14 * v298_14;
    let v300_14: f32 = v299_14 * 0.70710677f;
    let l211_14: f32 = t211[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v292_14: f32 = acc3_2 * l211_14;
    let v301_14: f32 = v292_14 * 0.5f;
    let v302_14: f32 = v300_14 + v301_14;
    t302[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v302_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l208_15: f32 = t208[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v293_15: f32 = acc3_3 * l208_15;
    let l209_15: f32 = t209[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v294_15: f32 = l209_15 * l209_15;
    let v295_15: f32 = -v294_15;
    let v296_15: f32 = exp(v295_15);
    let v298_15: f32 = v296_15 * 1.1283792f;
    let v299_15: f32 = v293_15 * v298_15;
    let v300_15: f32 = v299_15 * 0.70710677f;
    let l211_15: f32 = t211[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v292_15: f32 = acc3_3 * l211_15;
    let v301_15: f32 = v292_15 * 0.5f;
    let v302_15: f32 = v300_15 + v301_15;
    t302[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v302_15;
  }
}
