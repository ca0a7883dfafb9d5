// kernel k34_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t223: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn2_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t224: array<f32>;
@group(0) @binding(3) var<storage, read_write> t225: array<f32>;
@group(0) @binding(4) var<storage, read_write> t226: array<f32>;
@group(0) @binding(5) var<storage, read> t227: array<f32>;
@group(0) @binding(6) var<storage, read_write> t228: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k34_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t223[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t223[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t223[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t223[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn2_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn2_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn2_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn2_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    t224[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v225: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t225[(row0 + ty) * 176i + (col0 + tx)] = v225;
    let v226: f32 = acc0_0 * v225;
    t226[(row0 + ty) * 176i + (col0 + tx)] = v226;
    let l227: f32 = t227[(row0 + ty) * 176i + (col0 + tx)];
    let v228: f32 = v226 * l227;
    t228[(row0 + ty) * 176i + (col0 + tx)] = v228;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t224[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v225_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t225[(row0 + ty) * 176i + (col0 + tx) + 16i] = v225_1;
    let v226_1: f32 = acc0_1 * v225_1;
    t226[(row0 + ty) * 176i + (col0 + tx) + 16i] = v226_1;
    let l227_1: f32 = t227[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v228_1: f32 = v226_1 * l227_1;
    t228[(row0 + ty) * 176i + (col0 + tx) + 16i] = v228_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t224[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v225_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t225[(row0 + ty) * 176i + (col0 + tx) + 32i] = v225_2;
    let v226_2: f32 = acc0_2 * v225_2;
    t226[(row0 + ty) * 176i + (col0 + tx) + 32i] = v226_2;
    let l227_2: f32 = t227[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v228_2: f32 = v226_2 * l227_2;
    t228[(row0 + ty) * 176i + (col0 + tx) + 32i] = v228_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t224[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v225_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t225[(row0 + ty) * 176i + (col0 + tx) + 48i] = v225_3;
    let v226_3: f32 = acc0_3 * v225_3;
    t226[(row0 + ty) * 176i + (col0 + tx) + 48i] = v226_3;
    let l227_3: f32 = t227[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v228_3: f32 = v226_3 * l227_3;
    t228[(row0 + ty) * 176i + (col0 + tx) + 48i] = v228_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t224[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v225_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t225[(row0 + ty + 16i) * 176i + (col0 + tx)] = v225_4;
    let v226_4: f32 = acc1_0 * v225_4;
    t226[(row0 + ty + 16i) * 176i + (col0 + tx)] = v226_4;
    let l227_4: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v228_4: f32 = v226_4 * l227_4;
    t228[(row0 + ty + 16i) * 176i + (col0 + tx)] = v228_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t224[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v225_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t225[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v225_5;
    let v226_5: f32 = acc1_1 * v225_5;
    t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v226_5;
    let l227_5: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v228_5: f32 = v226_5 * l227_5;
    t228[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v228_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t224[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v225_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t225[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v225_6;
    let v226_6: f32 = acc1_2 * v225_6;
    t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v226_6;
    let l227_6: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v228_6: f32 = v226_6 * l227_6;
    t228[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v228_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t224[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v225_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t225[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v225_7;
    let v226_7: f32 = acc1_3 * v225_7;
    t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v226_7;
    let l227_7: f32 = t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v228_7: f32 = v226_7 * l227_7;
    t228[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v228_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t224[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v225_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t225[(row0 + ty + 32i) * 176i + (col0 + tx)] = v225_8;
    let v226_8: f32 = acc2_0 * v225_8;
    t226[(row0 + ty + 32i) * 176i + (col0 + tx)] = v226_8;
    let l227_8: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v228_8: f32 = v226_8 * l227_8;
    t228[(row0 + ty + 32i) * 176i + (col0 + tx)] = v228_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t224[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v225_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t225[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v225_9;
    let v226_9: f32 = acc2_1 * v225_9;
    t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v226_9;
    let l227_9: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v228_9: f32 = v226_9 * l227_9;
    t228[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v228_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t224[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v225_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t225[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v225_10;
    let v226_10: f32 = acc2_2 * v225_10;
    t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v226_10;
    let l227_10: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v228_10: f32 = v226_10 * l227_10;
    t228[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v228_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t224[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v225_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t225[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v225_11;
    let v226_11: f32 = acc2_3 * v225_11;
    t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v226_11;
    let l227_11: f32 = t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v228_11: f32 = v226_11 * l227_11;
    t228[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v228_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t224[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v225_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t225[(row0 + ty + 48i) * 176i + (col0 + tx)] = v225_12;
    let v226_12: f32 = acc3_0 * v225_12;
    t226[(row0 + ty + 48i) * 176i + (col0 + tx)] = v226_12;
    let l227_12: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v228_12: f32 = v226_12 * l227_12;
    t228[(row0 + ty + 48i) * 176i + (col0 + tx)] = v228_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t224[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v225_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t225[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v225_13;
    let v226_13: f32 = acc3_1 * v225_13;
    t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v226_13;
    let l227_13: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v228_13: f32 = v226_13 * l227_13;
    t228[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v228_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t224[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v225_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t225[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v225_14;
    let v226_14: f32 = acc3_2 * v225_14;
    t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v226_14;
    let l227_14: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v228_14: f32 = v226_14 * l227_14;
    t228[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v228_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t224[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v225_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t225[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v225_15;
    let v226_15: f32 = acc3_3 * v225_15;
    t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v226_15;
    let l227_15: f32 = t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v228_15: f32 = v226_15 * l227_15;
    t228[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v228_15;
  }
}
