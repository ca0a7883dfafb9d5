// kernel k31_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t202: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t206: array<f32>;
@group(0) @binding(4) var<storage, read_write> t210: array<f32>;
@group(0) @binding(5) var<storage, read_write> t211: array<f32>;
@group(0) @binding(6) var<storage, read_write> t214: array<f32>;
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
    if (row0 + ty < 1024i && kA < 16i) {
      tileA[tx * 64i + ty] = t202[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t202[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t202[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t202[(row0 + ty + 48i) * 16i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l205: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v206: f32 = acc0_0 + l205;
    t206[(row0 + ty) * 64i + (col0 + tx)] = v206;
    let v208: f32 = abs(v206);
    let v209: f32 = -v208;
    let v210: f32 = exp(v209);
    t210[(row0 + ty) * 64i + (col0 + tx)] = v210;
    let v211: f32 = 1.0f + v210;
    t211[(row0 + ty) * 64i + (col0 + tx)] = v211;
    let v207: f32 = min(v206, 0.0f);
    let v212: f32 = log(v211);
    let v213: f32 = v207 - v212;
    let v214: f32 = v213 / 16.0f;
    t214[(row0 + ty) * 64i + (col0 + tx)] = v214;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l205_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v206_1: f32 = acc0_1 + l205_1;
    t206[(row0 + ty) * 64i + (col0 + tx) + 16i] = v206_1;
    let v208_1: f32 = abs(v206_1);
    let v209_1: f32 = -v208_1;
    let v210_1: f32 = exp(v209_1);
    t210[(row0 + ty) * 64i + (col0 + tx) + 16i] = v210_1;
    let v211_1: f32 = 1.0f + v210_1;
    t211[(row0 + ty) * 64i + (col0 + tx) + 16i] = v211_1;
    let v207_1: f32 = min(v206_1, 0.0f);
    let v212_1: f32 = log(v211_1);
    let v213_1: f32 = v207_1 - v212_1;
    let v214_1: f32 = v213_1 / 16.0f;
    t214[(row0 + ty) * 64i + (col0 + tx) + 16i] = v214_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l205_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v206_2: f32 = acc0_2 + l205_2;
    t206[(row0 + ty) * 64i + (col0 + tx) + 32i] = v206_2;
    let v208_2: f32 = abs(v206_2);
    let v209_2: f32 = -v208_2;
    let v210_2: f32 = exp(v209_2);
    t210[(row0 + ty) * 64i + (col0 + tx) + 32i] = v210_2;
    let v211_2: f32 = 1.0f + v210_2;
    t211[(row0 + ty) * 64i + (col0 + tx) + 32i] = v211_2;
    let v207_2: f32 = min(v206_2, 0.0f);
    let v212_2: f32 = log(v211_2);
    let v213_2: f32 = v207_2 - v212_2;
    let v214_2: f32 = v213_2 / 16.0f;
    t214[(row0 + ty) * 64i + (col0 + tx) + 32i] = v214_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l205_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v206_3: f32 = acc0_3 + l205_3;
    t206[(row0 + ty) * 64i + (col0 + tx) + 48i] = v206_3;
    let v208_3: f32 = abs(v206_3);
    let v209_3: f32 = -v208_3;
    let v210_3: f32 = exp(v209_3);
    t210[(row0 + ty) * 64i + (col0 + tx) + 48i] = v210_3;
    let v211_3: f32 = 1.0f + v210_3;
    t211[(row0 + ty) * 64i + (col0 + tx) + 48i] = v211_3;
    let v207_3: f32 = min(v206_3, 0.0f);
    let v212_3: f32 = log(v211_3);
    let v213_3: f32 = v207_3 - v212_3;
    let v214_3: f32 = v213_3 / 16.0f;
    t214[(row0 + ty) * 64i + (col0 + tx) + 48i] = v214_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l205_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v206_4: f32 = acc1_0 + l205_4;
    t206[(row0 + ty + 16i) * 64i + (col0 + tx)] = v206_4;
    let v208_4: f32 = abs(v206_4);
    let v209_4: f32 = -v208_4;
    let v210_4: f32 = exp(v209_4);
    t210[(row0 + ty + 16i) * 64i + (col0 + tx)] = v210_4;
    let v211_4: f32 = 1.0f + v210_4;
    t211[(row0 + ty + 16i) * 64i + (col0 + tx)] = v211_4;
    let v207_4: f32 = min(v206_4, 0.0f);
    let v212_4: f32 = log(v211_4);
    let v213_4: f32 = v207_4 - v212_4;
    let v214_4: f32 = v213_4 / 16.0f;
    t214[(row0 + ty + 16i) * 64i + (col0 + tx)] = v214_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l205_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v206_5: f32 = acc1_1 + l205_5;
    t206[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v206_5;
    let v208_5: f32 = abs(v206_5);
    let v209_5: f32 = -v208_5;
    let v210_5: f32 = exp(v209_5);
    t210[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v210_5;
    let v211_5: f32 = 1.0f + v210_5;
    t211[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v211_5;
    let v207_5: f32 = min(v206_5, 0.0f);
    let v212_5: f32 = log(v211_5);
    let v213_5: f32 = v207_5 - v212_5;
    let v214_5: f32 = v213_5 / 16.0f;
    t214[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v214_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l205_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v206_6: f32 = acc1_2 + l205_6;
    t206[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v206_6;
    let v208_6: f32 = abs(v206_6);
    let v209_6: f32 = -v208_6;
    let v210_6: f32 = exp(v209_6);
    t210[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v210_6;
    let v211_6: f32 = 1.0f + v210_6;
    t211[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v211_6;
    let v207_6: f32 = min(v206_6, 0.0f);
    let v212_6: f32 = log(v211_6);
    let v213_6: f32 = v207_6 - v212_6;
    let v214_6: f32 = v213_6 / 16.0f;
    t214[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v214_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l205_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v206_7: f32 = acc1_3 + l205_7;
    t206[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v206_7;
    let v208_7: f32 = abs(v206_7);
    let v209_7: f32 = -v208_7;
    let v210_7: f32 = exp(v209_7);
    t210[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v210_7;
    let v211_7: f32 = 1.0f + v210_7;
    t211[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v211_7;
    let v207_7: f32 = min(v206_7, 0.0f);
    let v212_7: f32 = log(v211_7);
    let v213_7: f32 = v207_7 - v212_7;
    let v214_7: f32 = v213_7 / 16.0f;
    t214[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v214_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l205_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v206_8: f32 = acc2_0 + l205_8;
    t206[(row0 + ty + 32i) * 64i + (col0 + tx)] = v206_8;
    let v208_8: f32 = abs(v206_8);
    let v209_8: f32 = -v208_8;
    let v210_8: f32 = exp(v209_8);
    t210[(row0 + ty + 32i) * 64i + (col0 + tx)] = v210_8;
    let v211_8: f32 = 1.0f + v210_8;
    t211[(row0 + ty + 32i) * 64i + (col0 + tx)] = v211_8;
    let v207_8: f32 = min(v206_8, 0.0f);
    let v212_8: f32 = log(v211_8);
    let v213_8: f32 = v207_8 - v212_8;
    let v214_8: f32 = v213_8 / 16.0f;
    t214[(row0 + ty + 32i) * 64i + (col0 + tx)] = v214_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l205_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v206_9: f32 = acc2_1 + l205_9;
    t206[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v206_9;
    let v208_9: f32 = abs(v206_9);
    let v209_9: f32 = -v208_9;
    let v210_9: f32 = exp(v209_9);
    t210[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v210_9;
    let v211_9: f32 = 1.0f + v210_9;
    t211[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v211_9;
    let v207_9: f32 = min(v206_9, 0.0f);
    let v212_9: f32 = log(v211_9);
    let v213_9: f32 = v207_9 - v212_9;
    let v214_9: f32 = v213_9 / 16.0f;
    t214[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v214_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l205_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v206_10: f32 = acc2_2 + l205_10;
    t206[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v206_10;
    let v208_10: f32 = abs(v206_10);
    let v209_10: f32 = -v208_10;
    let v210_10: f32 = exp(v209_10);
    t210[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v210_10;
    let v211_10: f32 = 1.0f + v210_10;
    t211[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v211_10;
    let v207_10: f32 = min(v206_10, 0.0f);
    let v212_10: f32 = log(v211_10);
    let v213_10: f32 = v207_10 - v212_10;
    let v214_10: f32 = v213_10 / 16.0f;
    t214[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v214_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l205_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v206_11: f32 = acc2_3 + l205_11;
    t206[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v206_11;
    let v208_11: f32 = abs(v206_11);
    let v209_11: f32 = -v208_11;
    let v210_11: f32 = exp(v209_11);
    t210[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v210_11;
    let v211_11: f32 = 1.0f + v210_11;
    t211[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v211_11;
    let v207_11: f32 = min(v206_11, 0.0f);
    let v212_11: f32 = log(v211_11);
    let v213_11: f32 = v207_11 - v212_11;
    let v214_11: f32 = v213_11 / 16.0f;
    t214[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v214_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l205_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v206_12: f32 = acc3_0 + l205_12;
    t206[(row0 + ty + 48i) * 64i + (col0 + tx)] = v206_12;
    let v208_12: f32 = abs(v206_12);
    let v209_12: f32 = -v208_12;
    let v210_12: f32 = exp(v209_12);
    t210[(row0 + ty + 48i) * 64i + (col0 + tx)] = v210_12;
    let v211_12: f32 = 1.0f + v210_12;
    t211[(row0 + ty + 48i) * 64i + (col0 + tx)] = v211_12;
    let v207_12: f32 = min(v206_12, 0.0f);
    let v212_12: f32 = log(v211_12);
    let v213_12: f32 = v207_12 - v212_12;
    let v214_12: f32 = v213_12 / 16.0f;
    t214[(row0 + ty + 48i) * 64i + (col0 + tx)] = v214_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l205_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v206_13: f32 = acc3_1 + l205_13;
    t206[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v206_13;
    let v208_13: f32 = abs(v206_13);
    let v209_13: f32 = -v208_13;
    let v210_13: f32 = exp(v209_13);
    t210[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v210_13;
    let v211_13: f32 = 1.0f + v210_13;
    t211[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v211_13;
    let v207_13: f32 = min(v206_13, 0.0f);
    let v212_13: f32 = log(v211_13);
    let v213_13: f32 = v207_13 - v212_13;
    let v214_13: f32 = v213_13 / 16.0f;
    t214[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v214_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l205_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v206_14: f32 = acc3_2 + l205_14;
    t206[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v206_14;
    let v208_14: f32 = abs(v206_14);
    let v209_14: f32 = -v208_14;
    let v210_14: f32 = exp(v209_14);
    t210[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v210_14;
    let v211_14: f32 = 1.0f + v210_14;
    t211[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v211_14;
    let v207_14: f32 = min(v206_14, 0.0f);
    let v212_14: f32 = log(v211_14);
    let v213_14: f32 = v207_14 - v212_14;
    let v214_14: f32 = v213_14 / 16.0f;
    t214[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v214_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l205_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v206_15: f32 = acc3_3 + l205_15;
    t206[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v206_15;
    let v208_15: f32 = abs(v206_15);
    let v209_15: f32 = -v208_15;
    let v210_15: f32 = exp(v209_15);
    t210[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v210_15;
    let v211_15: f32 = 1.0f + v210_15;
    t211[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v211_15;
    let v207_15: f32 = min(v206_15, 0.0f);
    let v212_15: f32 = log(v211_15);
    let v213_15: f32 = v207_15 - v212_15;
    let v214_15: f32 = v213_15 / 16.0f;
    t214[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v214_15;
  }
}
