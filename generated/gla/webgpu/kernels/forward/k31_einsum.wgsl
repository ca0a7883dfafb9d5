// kernel k31_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t213: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k31_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 1i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 16i) {
      tileA[tx * 64i + ty] = t201[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t201[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t201[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t201[(row0 + ty + 48i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 16i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wa2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wa2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wa2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wa2_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l204: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v205: f32 = acc0_0 + l204;
    let v206: f32 = min(v205, 0.0f);
    let v207: f32 = abs(v205);
    let v208: f32 = -v207;
    let v209: f32 = exp(v208);
    let v210: f32 = 1.0f + v209;
    let v211: f32 = log(v210);
    let v212: f32 = v206 - v211;
    let v213: f32 = v212 / 16.0f;
    t213[(row0 + ty) * 64i + (col0 + tx)] = v213;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l204_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v205_1: f32 = acc0_1 + l204_1;
    let v206_1: f32 = min(v205_1, 0.0f);
    let v207_1: f32 = abs(v205_1);
    let v208_1: f32 = -v207_1;
    let v209_1: f32 = exp(v208_1);
    let v210_1: f32 = 1.0f + v209_1;
    let v211_1: f32 = log(v210_1);
    let v212_1: f32 = v206_1 - v211_1;
    let v213_1: f32 = v212_1 / 16.0f;
    t213[(row0 + ty) * 64i + (col0 + tx) + 16i] = v213_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l204_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v205_2: f32 = acc0_2 + l204_2;
    let v206_2: f32 = min(v205_2, 0.0f);
    let v207_2: f32 = abs(v205_2);
    let v208_2: f32 = -v207_2;
    let v209_2: f32 = exp(v208_2);
    let v210_2: f32 = 1.0f + v209_2;
    let v211_2: f32 = log(v210_2);
    let v212_2: f32 = v206_2 - v211_2;
    let v213_2: f32 = v212_2 / 16.0f;
    t213[(row0 + ty) * 64i + (col0 + tx) + 32i] = v213_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l204_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v205_3: f32 = acc0_3 + l204_3;
    let v206_3: f32 = min(v205_3, 0.0f);
    let v207_3: f32 = abs(v205_3);
    let v208_3: f32 = -v207_3;
    let v209_3: f32 = exp(v208_3);
    let v210_3: f32 = 1.0f + v209_3;
    let v211_3: f32 = log(v210_3);
    let v212_3: f32 = v206_3 - v211_3;
    let v213_3: f32 = v212_3 / 16.0f;
    t213[(row0 + ty) * 64i + (col0 + tx) + 48i] = v213_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l204_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v205_4: f32 = acc1_0 + l204_4;
    let v206_4: f32 = min(v205_4, 0.0f);
    let v207_4: f32 = abs(v205_4);
    let v208_4: f32 = -v207_4;
    let v209_4: f32 = exp(v208_4);
    let v210_4: f32 = 1.0f + v209_4;
    let v211_4: f32 = log(v210_4);
    let v212_4: f32 = v206_4 - v211_4;
    let v213_4: f32 = v212_4 / 16.0f;
    t213[(row0 + ty + 16i) * 64i + (col0 + tx)] = v213_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l204_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v205_5: f32 = acc1_1 + l204_5;
    let v206_5: f32 = min(v205_5, 0.0f);
    let v207_5: f32 = abs(v205_5);
    let v208_5: f32 = -v207_5;
    let v209_5: f32 = exp(v208_5);
    let v210_5: f32 = 1.0f + v209_5;
    let v211_5: f32 = log(v210_5);
    let v212_5: f32 = v206_5 - v211_5;
    let v213_5: f32 = v212_5 / 16.0f;
    t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v213_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l204_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v205_6: f32 = acc1_2 + l204_6;
    let v206_6: f32 = min(v205_6, 0.0f);
    let v207_6: f32 = abs(v205_6);
    let v208_6: f32 = -v207_6;
    let v209_6: f32 = exp(v208_6);
    let v210_6: f32 = 1.0f + v209_6;
    let v211_6: f32 = log(v210_6);
    let v212_6: f32 = v206_6 - v211_6;
    let v213_6: f32 = v212_6 / 16.0f;
    t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v213_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l204_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v205_7: f32 = acc1_3 + l204_7;
    let v206_7: f32 = min(v205_7, 0.0f);
    let v207_7: f32 = abs(v205_7);
    let v208_7: f32 = -v207_7;
    let v209_7: f32 = exp(v208_7);
    let v210_7: f32 = 1.0f + v209_7;
    let v211_7: f32 = log(v210_7);
    let v212_7: f32 = v206_7 - v211_7;
    let v213_7: f32 = v212_7 / 16.0f;
    t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v213_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l204_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v205_8: f32 = acc2_0 + l204_8;
    let v206_8: f32 = min(v205_8, 0.0f);
    let v207_8: f32 = abs(v205_8);
    let v208_8: f32 = -v207_8;
    let v209_8: f32 = exp(v208_8);
    let v210_8: f32 = 1.0f + v209_8;
    let v211_8: f32 = log(v210_8);
    let v212_8: f32 = v206_8 - v211_8;
    let v213_8: f32 = v212_8 / 16.0f;
    t213[(row0 + ty + 32i) * 64i + (col0 + tx)] = v213_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l204_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v205_9: f32 = acc2_1 + l204_9;
    let v206_9: f32 = min(v205_9, 0.0f);
    let v207_9: f32 = abs(v205_9);
    let v208_9: f32 = -v207_9;
    let v209_9: f32 = exp(v208_9);
    let v210_9: f32 = 1.0f + v209_9;
    let v211_9: f32 = log(v210_9);
    let v212_9: f32 = v206_9 - v211_9;
    let v213_9: f32 = v212_9 / 16.0f;
    t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v213_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l204_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v205_10: f32 = acc2_2 + l204_10;
    let v206_10: f32 = min(v205_10, 0.0f);
    let v207_10: f32 = abs(v205_10);
    let v208_10: f32 = -v207_10;
    let v209_10: f32 = exp(v208_10);
    let v210_10: f32 = 1.0f + v209_10;
    let v211_10: f32 = log(v210_10);
    let v212_10: f32 = v206_10 - v211_10;
    let v213_10: f32 = v212_10 / 16.0f;
    t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v213_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l204_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v205_11: f32 = acc2_3 + l204_11;
    let v206_11: f32 = min(v205_11, 0.0f);
    let v207_11: f32 = abs(v205_11);
    let v208_11: f32 = -v207_11;
    let v209_11: f32 = exp(v208_11);
    let v210_11: f32 = 1.0f + v209_11;
    let v211_11: f32 = log(v210_11);
    let v212_11: f32 = v206_11 - v211_11;
    let v213_11: f32 = v212_11 / 16.0f;
    t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v213_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l204_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v205_12: f32 = acc3_0 + l204_12;
    let v206_12: f32 = min(v205_12, 0.0f);
    let v207_12: f32 = abs(v205_12);
    let v208_12: f32 = -v207_12;
    let v209_12: f32 = exp(v208_12);
    let v210_12: f32 = 1.0f + v209_12;
    let v211_12: f32 = log(v210_12);
    let v212_12: f32 = v206_12 - v211_12;
    let v213_12: f32 = v212_12 / 16.0f;
    t213[(row0 + ty + 48i) * 64i + (col0 + tx)] = v213_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l204_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v205_13: f32 = acc3_1 + l204_13;
    let v206_13: f32 = min(v205_13, 0.0f);
    let v207_13: f32 = abs(v205_13);
    let v208_13: f32 = -v207_13;
    let v209_13: f32 = exp(v208_13);
    let v210_13: f32 = 1.0f + v209_13;
    let v211_13: f32 = log(v210_13);
    let v212_13: f32 = v206_13 - v211_13;
    let v213_13: f32 = v212_13 / 16.0f;
    t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v213_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l204_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v205_14: f32 = acc3_2 + l204_14;
    let v206_14: f32 = min(v205_14, 0.0f);
    let v207_14: f32 = abs(v205_14);
    let v208_14: f32 = -v207_14;
    let v209_14: f32 = exp(v208_14);
    let v210_14: f32 = 1.0f + v209_14;
    let v211_14: f32 = log(v210_14);
    let v212_14: f32 = v206_14 - v211_14;
    let v213_14: f32 = v212_14 / 16.0f;
    t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v213_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l204_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v205_15: f32 = acc3_3 + l204_15;
    let v206_15: f32 = min(v205_15, 0.0f);
    let v207_15: f32 = abs(v205_15);
    let v208_15: f32 = -v207_15;
    let v209_15: f32 = exp(v208_15);
    let v210_15: f32 = 1.0f + v209_15;
    let v211_15: f32 = log(v210_15);
    let v212_15: f32 = v206_15 - v211_15;
    let v213_15: f32 = v212_15 / 16.0f;
    t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v213_15;
  }
}
