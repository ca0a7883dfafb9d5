// kernel k27_einsum
@group(0) @binding(0) var<storage, read> t216: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mixer_out_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t151: array<f32>;
@group(0) @binding(3) var<storage, read_write> t219: array<f32>;
@group(0) @binding(4) var<storage, read> t145: array<f32>;
@group(0) @binding(5) var<storage, read> t150: array<f32>;
@group(0) @binding(6) var<storage, read> t103: array<f32>;
@group(0) @binding(7) var<storage, read_write> t227: array<f32>;
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
      tileA[tx * 64i + ty] = t216[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t216[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t216[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t216[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 128i) {
      tileB[bRow * 64i + bN] = p_layers_1_mixer_out_proj_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 128i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mixer_out_proj_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 128i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mixer_out_proj_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 128i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mixer_out_proj_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 128i) {
    let l151: f32 = t151[(row0 + ty) * 128i + (col0 + tx)];
    let v219: f32 = acc0_0 * l151;
    t219[(row0 + ty) * 128i + (col0 + tx)] = v219;
    let l148: f32 = t145[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx)];
    let v220: f32 = acc0_0 * l148;
    let l150: f32 = t150[(row0 + ty) * 128i + (col0 + tx)];
    let v221: f32 = v220 * l150;
    let l149: f32 = t103[128i + (row0 + ty) * 256i + (col0 + tx)];
    let v222: f32 = v220 * l149;
    let v224: f32 = 1.0f - l150;
    let v225: f32 = l150 * v224;
    let v226: f32 = v222 * v225;
    let v227: f32 = v221 + v226;
    t227[(row0 + ty) * 128i + (col0 + tx)] = v227;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 128i) {
    let l151_1: f32 = t151[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v219_1: f32 = acc0_1 * l151_1;
    t219[(row0 + ty) * 128i + (col0 + tx) + 16i] = v219_1;
    let l148_1: f32 = t145[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 16i];
    let v220_1: f32 = acc0_1 * l148_1;
    let l150_1: f32 = t150[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v221_1: f32 = v220_1 * l150_1;
    let l149_1: f32 = t103[128i + (row0 + ty) * 256i + (col0 + tx) + 16i];
    let v222_1: f32 = v220_1 * l149_1;
    let v224_1: f32 = 1.0f - l150_1;
    let v225_1: f32 = l150_1 * v224_1;
    let v226_1: f32 = v222_1 * v225_1;
    let v227_1: f32 = v221_1 + v226_1;
    t227[(row0 + ty) * 128i + (col0 + tx) + 16i] = v227_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 128i) {
    let l151_2: f32 = t151[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v219_2: f32 = acc0_2 * l151_2;
    t219[(row0 + ty) * 128i + (col0 + tx) + 32i] = v219_2;
    let l148_2: f32 = t145[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 32i];
    let v220_2: f32 = acc0_2 * l148_2;
    let l150_2: f32 = t150[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v221_2: f32 = v220_2 * l150_2;
    let l149_2: f32 = t103[128i + (row0 + ty) * 256i + (col0 + tx) + 32i];
    let v222_2: f32 = v220_2 * l149_2;
    let v224_2: f32 = 1.0f - l150_2;
    let v225_2: f32 = l150_2 * v224_2;
    let v226_2: f32 = v222_2 * v225_2;
    let v227_2: f32 = v221_2 + v226_2;
    t227[(row0 + ty) * 128i + (col0 + tx) + 32i] = v227_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 128i) {
    let l151_3: f32 = t151[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v219_3: f32 = acc0_3 * l151_3;
    t219[(row0 + ty) * 128i + (col0 + tx) + 48i] = v219_3;
    let l148_3: f32 = t145[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 48i];
    let v220_3: f32 = acc0_3 * l148_3;
    let l150_3: f32 = t150[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v221_3: f32 = v220_3 * l150_3;
    let l149_3: f32 = t103[128i + (row0 + ty) * 256i + (col0 + tx) + 48i];
    let v222_3: f32 = v220_3 * l149_3;
    let v224_3: f32 = 1.0f - l150_3;
    let v225_3: f32 = l150_3 * v224_3;
    let v226_3: f32 = v222_3 * v225_3;
    let v227_3: f32 = v221_3 + v226_3;
    t227[(row0 + ty) * 128i + (col0 + tx) + 48i] = v227_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 128i) {
    let l151_4: f32 = t151[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v219_4: f32 = acc1_0 * l151_4;
    t219[(row0 + ty + 16i) * 128i + (col0 + tx)] = v219_4;
    let l148_4: f32 = t145[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx)];
    let v220_4: f32 = acc1_0 * l148_4;
    let l150_4: f32 = t150[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v221_4: f32 = v220_4 * l150_4;
    let l149_4: f32 = t103[128i + (row0 + ty + 16i) * 256i + (col0 + tx)];
    let v222_4: f32 = v220_4 * l149_4;
    let v224_4: f32 = 1.0f - l150_4;
    let v225_4: f32 = l150_4 * v224_4;
    let v226_4: f32 = v222_4 * v225_4;
    let v227_4: f32 = v221_4 + v226_4;
    t227[(row0 + ty + 16i) * 128i + (col0 + tx)] = v227_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 128i) {
    let l151_5: f32 = t151[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v219_5: f32 = acc1_1 * l151_5;
    t219[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v219_5;
    let l148_5: f32 = t145[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 16i];
    let v220_5: f32 = acc1_1 * l148_5;
    let l150_5: f32 = t150[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v221_5: f32 = v220_5 * l150_5;
    let l149_5: f32 = t103[128i + (row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v222_5: f32 = v220_5 * l149_5;
    let v224_5: f32 = 1.0f - l150_5;
    let v225_5: f32 = l150_5 * v224_5;
    let v226_5: f32 = v222_5 * v225_5;
    let v227_5: f32 = v221_5 + v226_5;
    t227[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v227_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 128i) {
    let l151_6: f32 = t151[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v219_6: f32 = acc1_2 * l151_6;
    t219[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v219_6;
    let l148_6: f32 = t145[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 32i];
    let v220_6: f32 = acc1_2 * l148_6;
    let l150_6: f32 = t150[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v221_6: f32 = v220_6 * l150_6;
    let l149_6: f32 = t103[128i + (row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v222_6: f32 = v220_6 * l149_6;
    let v224_6: f32 = 1.0f - l150_6;
    let v225_6: f32 = l150_6 * v224_6;
    let v226_6: f32 = v222_6 * v225_6;
    let v227_6: f32 = v221_6 + v226_6;
    t227[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v227_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 128i) {
    let l151_7: f32 = t151[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v219_7: f32 = acc1_3 * l151_7;
    t219[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v219_7;
    let l148_7: f32 = t145[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 48i];
    let v220_7: f32 = acc1_3 * l148_7;
    let l150_7: f32 = t150[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v221_7: f32 = v220_7 * l150_7;
    let l149_7: f32 = t103[128i + (row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v222_7: f32 = v220_7 * l149_7;
    let v224_7: f32 = 1.0f - l150_7;
    let v225_7: f32 = l150_7 * v224_7;
    let v226_7: f32 = v222_7 * v225_7;
    let v227_7: f32 = v221_7 + v226_7;
    t227[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v227_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 128i) {
    let l151_8: f32 = t151[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v219_8: f32 = acc2_0 * l151_8;
    t219[(row0 + ty + 32i) * 128i + (col0 + tx)] = v219_8;
    let l148_8: f32 = t145[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx)];
    let v220_8: f32 = acc2_0 * l148_8;
    let l150_8: f32 = t150[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v221_8: f32 = v220_8 * l150_8;
    let l149_8: f32 = t103[128i + (row0 + ty + 32i) * 256i + (col0 + tx)];
    let v222_8: f32 = v220_8 * l149_8;
    let v224_8: f32 = 1.0f - l150_8;
    let v225_8: f32 = l150_8 * v224_8;
    let v226_8: f32 = v222_8 * v225_8;
    let v227_8: f32 = v221_8 + v226_8;
    t227[(row0 + ty + 32i) * 128i + (col0 + tx)] = v227_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 128i) {
    let l151_9: f32 = t151[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v219_9: f32 = acc2_1 * l151_9;
    t219[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v219_9;
    let l148_9: f32 = t145[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 16i];
    let v220_9: f32 = acc2_1 * l148_9;
    let l150_9: f32 = t150[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v221_9: f32 = v220_9 * l150_9;
    let l149_9: f32 = t103[128i + (row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v222_9: f32 = v220_9 * l149_9;
    let v224_9: f32 = 1.0f - l150_9;
    let v225_9: f32 = l150_9 * v224_9;
    let v226_9: f32 = v222_9 * v225_9;
    let v227_9: f32 = v221_9 + v226_9;
    t227[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v227_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 128i) {
    let l151_10: f32 = t151[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v219_10: f32 = acc2_2 * l151_10;
    t219[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v219_10;
    let l148_10: f32 = t145[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 32i];
    let v220_10: f32 = acc2_2 * l148_10;
    let l150_10: f32 = t150[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v221_10: f32 = v220_10 * l150_10;
    let l149_10: f32 = t103[128i + (row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v222_10: f32 = v220_10 * l149_10;
    let v224_10: f32 = 1.0f - l150_10;
    let v225_10: f32 = l150_10 * v224_10;
    let v226_10: f32 = v222_10 * v225_10;
    let v227_10: f32 = v221_10 + v226_10;
    t227[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v227_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 128i) {
    let l151_11: f32 = t151[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v219_11: f32 = acc2_3 * l151_11;
    t219[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v219_11;
    let l148_11: f32 = t145[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 48i];
    let v220_11: f32 = acc2_3 * l148_11;
    let l150_11: f32 = t150[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v221_11: f32 = v220_11 * l150_11;
    let l149_11: f32 = t103[128i + (row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v222_11: f32 = v220_11 * l149_11;
    let v224_11: f32 = 1.0f - l150_11;
    let v225_11: f32 = l150_11 * v224_11;
    let v226_11: f32 = v222_11 * v225_11;
    let v227_11: f32 = v221_11 + v226_11;
    t227[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v227_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 128i) {
    let l151_12: f32 = t151[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v219_12: f32 = acc3_0 * l151_12;
    t219[(row0 + ty + 48i) * 128i + (col0 + tx)] = v219_12;
    let l148_12: f32 = t145[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx)];
    let v220_12: f32 = acc3_0 * l148_12;
    let l150_12: f32 = t150[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v221_12: f32 = v220_12 * l150_12;
    let l149_12: f32 = t103[128i + (row0 + ty + 48i) * 256i + (col0 + tx)];
    let v222_12: f32 = v220_12 * l149_12;
    let v224_12: f32 = 1.0f - l150_12;
    let v225_12: f32 = l150_12 * v224_12;
    let v226_12: f32 = v222_12 * v225_12;
    let v227_12: f32 = v221_12 + v226_12;
    t227[(row0 + ty + 48i) * 128i + (col0 + tx)] = v227_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 128i) {
    let l151_13: f32 = t151[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v219_13: f32 = acc3_1 * l151_13;
    t219[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v219_13;
    let l148_13: f32 = t145[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 16i];
    let v220_13: f32 = acc3_1 * l148_13;
    let l150_13: f32 = t150[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v221_13: f32 = v220_13 * l150_13;
    let l149_13: f32 = t103[128i + (row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v222_13: f32 = v220_13 * l149_13;
    let v224_13: f32 = 1.0f - l150_13;
    let v225_13: f32 = l150_13 * v224_13;
    let v226_13: f32 = v222_13 * v225_13;
    let v227_13: f32 = v221_13 + v226_13;
    t227[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v227_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 128i) {
    let l151_14: f32 = t151[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v219_14: f32 = acc3_2 * l151_14;
    t219[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v219_14;
    let l148_14: f32 = t145[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 32i];
    let v220_14: f32 = acc3_2 * l148_14;
    let l150_14: f32 = t150[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v221_14: f32 = v220_14 * l150_14;
    let l149_14: f32 = t103[128i + (row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v222_14: f32 = v220_14 * l149_14;
    let v224_14: f32 = 1.0f - l150_14;
    let v225_14: f32 = l150_14 * v224_14;
    let v226_14: f32 = v222_14 * v225_14;
    let v227_14: f32 = v221_14 + v226_14;
    t227[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v227_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 128i) {
    let l151_15: f32 = t151[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v219_15: f32 = acc3_3 * l151_15;
    t219[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v219_15;
    let l148_15: f32 = t145[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 48i];
    let v220_15: f32 = acc3_3 * l148_15;
    let l150_15: f32 = t150[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v221_15: f32 = v220_15 * l150_15;
    let l149_15: f32 = t103[128i + (row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v222_15: f32 = v220_15 * l149_15;
    let v224_15: f32 = 1.0f - l150_15;
    let v225_15: f32 = l150_15 * v224_15;
    let v226_15: f32 = v222_15 * v225_15;
    let v227_15: f32 = v221_15 + v226_15;
    t227[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v227_15;
  }
}
