// kernel k27_einsum
@group(0) @binding(0) var<storage, read> t270: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t185: array<f32>;
@group(0) @binding(3) var<storage, read> t186: array<f32>;
@group(0) @binding(4) var<storage, read> t188: array<f32>;
@group(0) @binding(5) var<storage, read_write> t285: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k27_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t270[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t270[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t270[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t270[(row0 + ty + 48i) * 64i + kA];
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
    let l185: f32 = t185[(row0 + ty) * 256i + (col0 + tx)];
    let v276: f32 = acc0_0 * l185;
    let l186: f32 = t186[(row0 + ty) * 256i + (col0 + tx)];
    let v277: f32 = l186 * l186;
    let v278: f32 = -v277;
    let v279: f32 = exp(v278);
    let v281: f32 = v279 * 1.1283792f;
    let v282: f32 = v276 * v281;
    let v283: f32 = v282 * 0.70710677f;
    let l188: f32 = t188[(row0 + ty) * 256i + (col0 + tx)];
    let v275: f32 = acc0_0 * l188;
    let v284: f32 = v275 * 0.5f;
    let v285: f32 = v283 + v284;
    t285[(row0 + ty) * 256i + (col0 + tx)] = v285;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l185_1: f32 = t185[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v276_1: f32 = acc0_1 * l185_1;
    let l186_1: f32 = t186[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v277_1: f32 = l186_1 * l186_1;
    let v278_1: f32 = -v277_1;
    let v279_1: f32 = exp(v278_1);
    let v281_1: f32 = v279_1 * 1.1283792f;
    let v282_1: f32 = v276_1 * v281_1;
    let v283_1: f32 = v282_1 * 0.70710677f;
    let l188_1: f32 = t188[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v275_1: f32 = acc0_1 * l188_1;
    let v284_1: f32 = v275_1 * 0.5f;
    let v285_1: f32 = v283_1 + v284_1;
    t285[(row0 + ty) * 256i + (col0 + tx) + 16i] = v285_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l185_2: f32 = t185[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v276_2: f32 = acc0_2 * l185_2;
    let l186_2: f32 = t186[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v277_2: f32 = l186_2 * l186_2;
    let v278_2: f32 = -v277_2;
    let v279_2: f32 = exp(v278_2);
    let v281_2: f32 = v279_2 * 1.1283792f;
    let v282_2: f32 = v276_2 * v281_2;
    let v283_2: f32 = v282_2 * 0.70710677f;
    let l188_2: f32 = t188[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v275_2: f32 = acc0_2 * l188_2;
    let v284_2: f32 = v275_2 * 0.5f;
    let v285_2: f32 = v283_2 + v284_2;
    t285[(row0 + ty) * 256i + (col0 + tx) + 32i] = v285_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l185_3: f32 = t185[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v276_3: f32 = acc0_3 * l185_3;
    let l186_3: f32 = t186[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v277_3: f32 = l186_3 * l186_3;
    let v278_3: f32 = -v277_3;
    let v279_3: f32 = exp(v278_3);
    let v281_3: f32 = v279_3 * 1.1283792f;
    let v282_3: f32 = v276_3 * v281_3;
    let v283_3: f32 = v282_3 * 0.70710677f;
    let l188_3: f32 = t188[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v275_3: f32 = acc0_3 * l188_3;
    let v284_3: f32 = v275_3 * 0.5f;
    let v285_3: f32 = v283_3 + v284_3;
    t285[(row0 + ty) * 256i + (col0 + tx) + 48i] = v285_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l185_4: f32 = t185[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v276_4: f32 = acc1_0 * l185_4;
    let l186_4: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v277_4: f32 = l186_4 * l186_4;
    let v278_4: f32 = -v277_4;
    let v279_4: f32 = exp(v278_4);
    let v281_4: f32 = v279_4 * 1.1283792f;
    let v282_4: f32 = v276_4 * v281_4;
    let v283_4: f32 = v282_4 * 0.70710677f;
    let l188_4: f32 = t188[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v275_4: f32 = acc1_0 * l188_4;
    let v284_4: f32 = v275_4 * 0.5f;
    let v285_4: f32 = v283_4 + v284_4;
    t285[(row0 + ty + 16i) * 256i + (col0 + tx)] = v285_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l185_5: f32 = t185[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v276_5: f32 = acc1_1 * l185_5;
    let l186_5: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v277_5: f32 = l186_5 * l186_5;
    let v278_5: f32 = -v277_5;
    let v279_5: f32 = exp(v278_5);
    let v281_5: f32 = v279_5 * 1.1283792f;
    let v282_5: f32 = v276_5 * v281_5;
    let v283_5: f32 = v282_5 * 0.70710677f;
    let l188_5: f32 = t188[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v275_5: f32 = acc1_1 * l188_5;
    let v284_5: f32 = v275_5 * 0.5f;
    let v285_5: f32 = v283_5 + v284_5;
    t285[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v285_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l185_6: f32 = t185[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v276_6: f32 = acc1_2 * l185_6;
    let l186_6: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v277_6: f32 = l186_6 * l186_6;
    let v278_6: f32 = -v277_6;
    let v279_6: f32 = exp(v278_6);
    let v281_6: f32 = v279_6 * 1.1283792f;
    let v282_6: f32 = v276_6 * v281_6;
    let v283_6: f32 = v282_6 * 0.70710677f;
    let l188_6: f32 = t188[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v275_6: f32 = acc1_2 * l188_6;
    let v284_6: f32 = v275_6 * 0.5f;
    let v285_6: f32 = v283_6 + v284_6;
    t285[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v285_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l185_7: f32 = t185[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v276_7: f32 = acc1_3 * l185_7;
    let l186_7: f32 = t186[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v277_7: f32 = l186_7 * l186_7;
    let v278_7: f32 = -v277_7;
    let v279_7: f32 = exp(v278_7);
    let v281_7: f32 = v279_7 * 1.1283792f;
    let v282_7: f32 = v276_7 * v281_7;
    let v283_7: f32 = v282_7 * 0.70710677f;
    let l188_7: f32 = t188[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v275_7: f32 = acc1_3 * l188_7;
    let v284_7: f32 = v275_7 * 0.5f;
    let v285_7: f32 = v283_7 + v284_7;
    t285[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v285_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l185_8: f32 = t185[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v276_8: f32 = acc2_0 * l185_8;
    let l186_8: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v277_8: f32 = l186_8 * l186_8;
    let v278_8: f32 = -v277_8;
    let v279_8: f32 = exp(v278_8);
    let v281_8: f32 = v279_8 * 1.1283792f;
    let v282_8: f32 = v276_8 * v281_8;
    let v283_8: f32 = v282_8 * 0.70710677f;
    let l188_8: f32 = t188[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v275_8: f32 = acc2_0 * l188_8;
    let v284_8: f32 = v275_8 * 0.5f;
    let v285_8: f32 = v283_8 + v284_8;
    t285[(row0 + ty + 32i) * 256i + (col0 + tx)] = v285_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l185_9: f32 = t185[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v276_9: f32 = acc2_1 * l185_9;
    let l186_9: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v277_9: f32 = l186_9 * l186_9;
    let v278_9: f32 = -v277_9;
    let v279_9: f32 = exp(v278_9);
    let v281_9: f32 = v279_9 * 1.1283792f;
    let v282_9: f32 = v276_9 * v281_9;
    let v283_9: f32 = v282_9 * 0.70710677f;
    let l188_9: f32 = t188[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v275_9: f32 = acc2_1 * l188_9;
    let v284_9: f32 = v275_9 * 0.5f;
    let v285_9: f32 = v283_9 + v284_9;
    t285[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v285_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l185_10: f32 = t185[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v276_10: f32 = acc2_2 * l185_10;
    let l186_10: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v277_10: f32 = l186_10 * l186_10;
    let v278_10: f32 = -v277_10;
    let v279_10: f32 = exp(v278_10);
    let v281_10: f32 = v279_10 * 1.1283792f;
    let v282_10: f32 = v276_10 * v281_10;
    let v283_10: f32 = v282_10 * 0.70710677f;
    let l188_10: f32 = t188[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v275_10: f32 = acc2_2 * l188_10;
    let v284_10: f32 = v275_10 * 0.5f;
    let v285_10: f32 = v283_10 + v284_10;
    t285[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v285_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l185_11: f32 = t185[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v276_11: f32 = acc2_3 * l185_11;
    let l186_11: f32 = t186[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v277_11: f32 = l186_11 * l186_11;
    let v278_11: f32 = -v277_11;
    let v279_11: f32 = exp(v278_11);
    let v281_11: f32 = v279_11 * 1.1283792f;
    let v282_11: f32 = v276_11 * v281_11;
    let v283_11: f32 = v282_11 * 0.70710677f;
    let l188_11: f32 = t188[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v275_11: f32 = acc2_3 * l188_11;
    let v284_11: f32 = v275_11 * 0.5f;
    let v285_11: f32 = v283_11 + v284_11;
    t285[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v285_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l185_12: f32 = t185[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v276_12: f32 = acc3_0 * l185_12;
    let l186_12: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v277_12: f32 = l186_12 * l186_12;
    let v278_12: f32 = -v277_12;
    let v279_12: f32 = exp(v278_12);
    let v281_12: f32 = v279_12 * 1.1283792f;
    let v282_12: f32 = v276_12 * v281_12;
    let v283_12: f32 = v282_12 * 0.70710677f;
    let l188_12: f32 = t188[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v275_12: f32 = acc3_0 * l188_12;
    let v284_12: f32 = v275_12 * 0.5f;
    let v285_12: f32 = v283_12 + v284_12;
    t285[(row0 + ty + 48i) * 256i + (col0 + tx)] = v285_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l185_13: f32 = t185[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v276_13: f32 = acc3_1 * l185_13;
    let l186_13: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v277_13: f32 = l186_13 * l186_13;
    let v278_13: f32 = -v277_13;
    let v279_13: f32 = exp(v278_13);
    let v281_13: f32 = v279_13 * 1.1283792f;
    let v282_13: f32 = v276_13 * v281_13;
    let v283_13: f32 = v282_13 * 0.70710677f;
    let l188_13: f32 = t188[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v275_13: f32 = acc3_1 * l188_13;
    let v284_13: f32 = v275_13 * 0.5f;
    let v285_13: f32 = v283_13 + v284_13;
    t285[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v285_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l185_14: f32 = t185[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v276_14: f32 = acc3_2 * l185_14;
    let l186_14: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v277_14: f32 = l186_14 * l186_14;
    let v278_14: f32 = -v277_14;
    let v279_14: f32 = exp(v278_14);
    let v281_14: f32 = v279_14 * 1.1283792f;
    let v282_14: f32 = v276_14 * v281_14;
    let v283_14: f32 = v282_14 * 0.70710677f;
    let l188_14: f32 = t188[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v275_14: f32 = acc3_2 * l188_14;
    let v284_14: f32 = v275_14 * 0.5f;
    let v285_14: f32 = v283_14 + v284_14;
    t285[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v285_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l185_15: f32 = t185[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v276_15: f32 = acc3_3 * l185_15;
    let l186_15: f32 = t186[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v277_15: f32 = l186_15 * l186_15;
    let v278_15: f32 = -v277_15;
    let v279_15: f32 = exp(v278_15);
    let v281_15: f32 = v279_15 * 1.1283792f;
    let v282_15: f32 = v276_15 * v281_15;
    let v283_15: f32 = v282_15 * 0.70710677f;
    let l188_15: f32 = t188[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v275_15: f32 = acc3_3 * l188_15;
    let v284_15: f32 = v275_15 * 0.5f;
    let v285_15: f32 = v283_15 + v284_15;
    t285[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v285_15;
  }
}
