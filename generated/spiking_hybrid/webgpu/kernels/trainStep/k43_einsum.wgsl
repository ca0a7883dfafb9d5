// kernel k43_einsum
@group(0) @binding(0) var<storage, read> t311: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn2_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t226: array<f32>;
@group(0) @binding(3) var<storage, read_write> t315: array<f32>;
@group(0) @binding(4) var<storage, read> t227: array<f32>;
@group(0) @binding(5) var<storage, read> t225: array<f32>;
@group(0) @binding(6) var<storage, read> t224: array<f32>;
@group(0) @binding(7) var<storage, read_write> t324: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k43_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t311[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t311[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t311[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t311[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn2_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn2_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn2_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn2_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l226: f32 = t226[(row0 + ty) * 176i + (col0 + tx)];
    let v315: f32 = acc0_0 * l226;
    t315[(row0 + ty) * 176i + (col0 + tx)] = v315;
    let l227: f32 = t227[(row0 + ty) * 176i + (col0 + tx)];
    let v314: f32 = acc0_0 * l227;
    let l225: f32 = t225[(row0 + ty) * 176i + (col0 + tx)];
    let v318: f32 = v314 * l225;
    let l224: f32 = t224[(row0 + ty) * 176i + (col0 + tx)];
    let v319: f32 = v314 * l224;
    let v321: f32 = 1.0f - l225;
    let v322: f32 = l225 * v321;
    let v323: f32 = v319 * v322;
    let v324: f32 = v318 + v323;
    t324[(row0 + ty) * 176i + (col0 + tx)] = v324;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l226_1: f32 = t226[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v315_1: f32 = acc0_1 * l226_1;
    t315[(row0 + ty) * 176i + (col0 + tx) + 16i] = v315_1;
    let l227_1: f32 = t227[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v314_1: f32 = acc0_1 * l227_1;
    let l225_1: f32 = t225[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v318_1: f32 = v314_1 * l225_1;
    let l224_1: f32 = t224[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v319_1: f32 = v314_1 * l224_1;
    let v321_1: f32 = 1.0f - l225_1;
    let v322_1: f32 = l225_1 * v321_1;
    let v323_1: f32 = v319_1 * v322_1;
    let v324_1: f32 = v318_1 + v323_1;
    t324[(row0 + ty) * 176i + (col0 + tx) + 16i] = v324_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l226_2: f32 = t226[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v315_2: f32 = acc0_2 * l226_2;
    t315[(row0 + ty) * 176i + (col0 + tx) + 32i] = v315_2;
    let l227_2: f32 = t227[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v314_2: f32 = acc0_2 * l227_2;
    let l225_2: f32 = t225[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v318_2: f32 = v314_2 * l225_2;
    let l224_2: f32 = t224[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v319_2: f32 = v314_2 * l224_2;
    let v321_2: f32 = 1.0f - l225_2;
    let v322_2: f32 = l225_2 * v321_2;
    let v323_2: f32 = v319_2 * v322_2;
    let v324_2: f32 = v318_2 + v323_2;
    t324[(row0 + ty) * 176i + (col0 + tx) + 32i] = v324_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l226_3: f32 = t226[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v315_3: f32 = acc0_3 * l226_3;
    t315[(row0 + ty) * 176i + (col0 + tx) + 48i] = v315_3;
    let l227_3: f32 = t227[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v314_3: f32 = acc0_3 * l227_3;
    let l225_3: f32 = t225[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v318_3: f32 = v314_3 * l225_3;
    let l224_3: f32 = t224[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v319_3: f32 = v314_3 * l224_3;
    let v321_3: f32 = 1.0f - l225_3;
    let v322_3: f32 = l225_3 * v321_3;
    let v323_3: f32 = v319_3 * v322_3;
    let v324_3: f32 = v318_3 + v323_3;
    t324[(row0 + ty) * 176i + (col0 + tx) + 48i] = v324_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l226_4: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v315_4: f32 = acc1_0 * l226_4;
    t315[(row0 + ty + 16i) * 176i + (col0 + tx)] = v315_4;
    let l227_4: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v314_4: f32 = acc1_0 * l227_4;
    let l225_4: f32 = t225[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v318_4: f32 = v314_4 * l225_4;
    let l224_4: f32 = t224[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v319_4: f32 = v314_4 * l224_4;
    let v321_4: f32 = 1.0f - l225_4;
    let v322_4: f32 = l225_4 * v321_4;
    let v323_4: f32 = v319_4 * v322_4;
    let v324_4: f32 = v318_4 + v323_4;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx)] = v324_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l226_5: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v315_5: f32 = acc1_1 * l226_5;
    t315[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v315_5;
    let l227_5: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v314_5: f32 = acc1_1 * l227_5;
    let l225_5: f32 = t225[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v318_5: f32 = v314_5 * l225_5;
    let l224_5: f32 = t224[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v319_5: f32 = v314_5 * l224_5;
    let v321_5: f32 = 1.0f - l225_5;
    let v322_5: f32 = l225_5 * v321_5;
    let v323_5: f32 = v319_5 * v322_5;
    let v324_5: f32 = v318_5 + v323_5;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v324_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l226_6: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v315_6: f32 = acc1_2 * l226_6;
    t315[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v315_6;
    let l227_6: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v314_6: f32 = acc1_2 * l227_6;
    let l225_6: f32 = t225[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v318_6: f32 = v314_6 * l225_6;
    let l224_6: f32 = t224[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v319_6: f32 = v314_6 * l224_6;
    let v321_6: f32 = 1.0f - l225_6;
    let v322_6: f32 = l225_6 * v321_6;
    let v323_6: f32 = v319_6 * v322_6;
    let v324_6: f32 = v318_6 + v323_6;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v324_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l226_7: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v315_7: f32 = acc1_3 * l226_7;
    t315[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v315_7;
    let l227_7: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v314_7: f32 = acc1_3 * l227_7;
    let l225_7: f32 = t225[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v318_7: f32 = v314_7 * l225_7;
    let l224_7: f32 = t224[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v319_7: f32 = v314_7 * l224_7;
    let v321_7: f32 = 1.0f - l225_7;
    let v322_7: f32 = l225_7 * v321_7;
    let v323_7: f32 = v319_7 * v322_7;
    let v324_7: f32 = v318_7 + v323_7;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v324_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l226_8: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v315_8: f32 = acc2_0 * l226_8;
    t315[(row0 + ty + 32i) * 176i + (col0 + tx)] = v315_8;
    let l227_8: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v314_8: f32 = acc2_0 * l227_8;
    let l225_8: f32 = t225[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v318_8: f32 = v314_8 * l225_8;
    let l224_8: f32 = t224[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v319_8: f32 = v314_8 * l224_8;
    let v321_8: f32 = 1.0f - l225_8;
    let v322_8: f32 = l225_8 * v321_8;
    let v323_8: f32 = v319_8 * v322_8;
    let v324_8: f32 = v318_8 + v323_8;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx)] = v324_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l226_9: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v315_9: f32 = acc2_1 * l226_9;
    t315[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v315_9;
    let l227_9: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v314_9: f32 = acc2_1 * l227_9;
    let l225_9: f32 = t225[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v318_9: f32 = v314_9 * l225_9;
    let l224_9: f32 = t224[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v319_9: f32 = v314_9 * l224_9;
    let v321_9: f32 = 1.0f - l225_9;
    let v322_9: f32 = l225_9 * v321_9;
    let v323_9: f32 = v319_9 * v322_9;
    let v324_9: f32 = v318_9 + v323_9;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v324_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l226_10: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v315_10: f32 = acc2_2 * l226_10;
    t315[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v315_10;
    let l227_10: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v314_10: f32 = acc2_2 * l227_10;
    let l225_10: f32 = t225[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v318_10: f32 = v314_10 * l225_10;
    let l224_10: f32 = t224[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v319_10: f32 = v314_10 * l224_10;
    let v321_10: f32 = 1.0f - l225_10;
    let v322_10: f32 = l225_10 * v321_10;
    let v323_10: f32 = v319_10 * v322_10;
    let v324_10: f32 = v318_10 + v323_10;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v324_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l226_11: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v315_11: f32 = acc2_3 * l226_11;
    t315[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v315_11;
    let l227_11: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v314_11: f32 = acc2_3 * l227_11;
    let l225_11: f32 = t225[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v318_11: f32 = v314_11 * l225_11;
    let l224_11: f32 = t224[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v319_11: f32 = v314_11 * l224_11;
    let v321_11: f32 = 1.0f - l225_11;
    let v322_11: f32 = l225_11 * v321_11;
    let v323_11: f32 = v319_11 * v322_11;
    let v324_11: f32 = v318_11 + v323_11;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v324_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l226_12: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v315_12: f32 = acc3_0 * l226_12;
    t315[(row0 + ty + 48i) * 176i + (col0 + tx)] = v315_12;
    let l227_12: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v314_12: f32 = acc3_0 * l227_12;
    let l225_12: f32 = t225[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v318_12: f32 = v314_12 * l225_12;
    let l224_12: f32 = t224[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v319_12: f32 = v314_12 * l224_12;
    let v321_12: f32 = 1.0f - l225_12;
    let v322_12: f32 = l225_12 * v321_12;
    let v323_12: f32 = v319_12 * v322_12;
    let v324_12: f32 = v318_12 + v323_12;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx)] = v324_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l226_13: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v315_13: f32 = acc3_1 * l226_13;
    t315[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v315_13;
    let l227_13: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v314_13: f32 = acc3_1 * l227_13;
    let l225_13: f32 = t225[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v318_13: f32 = v314_13 * l225_13;
    let l224_13: f32 = t224[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v319_13: f32 = v314_13 * l224_13;
    let v321_13: f32 = 1.0f - l225_13;
    let v322_13: f32 = l225_13 * v321_13;
    let v323_13: f32 = v319_13 * v322_13;
    let v324_13: f32 = v318_13 + v323_13;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v324_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l226_14: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v315_14: f32 = acc3_2 * l226_14;
    t315[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v315_14;
    let l227_14: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v314_14: f32 = acc3_2 * l227_14;
    let l225_14: f32 = t225[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v318_14: f32 = v314_14 * l225_14;
    let l224_14: f32 = t224[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v319_14: f32 = v314_14 * l224_14;
    let v321_14: f32 = 1.0f - l225_14;
    let v322_14: f32 = l225_14 * v321_14;
    let v323_14: f32 = v319_14 * v322_14;
    let v324_14: f32 = v318_14 + v323_14;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v324_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l226_15: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v315_15: f32 = acc3_3 * l226_15;
    t315[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v315_15;
    let l227_15: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v314_15: f32 = acc3_3 * l227_15;
    let l225_15: f32 = t225[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v318_15: f32 = v314_15 * l225_15;
    let l224_15: f32 = t224[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v319_15: f32 = v314_15 * l224_15;
    let v321_15: f32 = 1.0f - l225_15;
    let v322_15: f32 = l225_15 * v321_15;
    let v323_15: f32 = v319_15 * v322_15;
    let v324_15: f32 = v318_15 + v323_15;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v324_15;
  }
}
