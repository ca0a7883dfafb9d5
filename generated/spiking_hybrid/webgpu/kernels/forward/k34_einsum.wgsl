// kernel k34_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t222: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn2_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t226: array<f32>;
@group(0) @binding(3) var<storage, read_write> t227: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t222[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t222[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t222[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t222[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v224: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v225: f32 = acc0_0 * v224;
    let l226: f32 = t226[(row0 + ty) * 176i + (col0 + tx)];
    let v227: f32 = v225 * l226;
    t227[(row0 + ty) * 176i + (col0 + tx)] = v227;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v224_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v225_1: f32 = acc0_1 * v224_1;
    let l226_1: f32 = t226[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v227_1: f32 = v225_1 * l226_1;
    t227[(row0 + ty) * 176i + (col0 + tx) + 16i] = v227_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v224_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v225_2: f32 = acc0_2 * v224_2;
    let l226_2: f32 = t226[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v227_2: f32 = v225_2 * l226_2;
    t227[(row0 + ty) * 176i + (col0 + tx) + 32i] = v227_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v224_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v225_3: f32 = acc0_3 * v224_3;
    let l226_3: f32 = t226[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v227_3: f32 = v225_3 * l226_3;
    t227[(row0 + ty) * 176i + (col0 + tx) + 48i] = v227_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v224_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v225_4: f32 = acc1_0 * v224_4;
    let l226_4: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v227_4: f32 = v225_4 * l226_4;
    t227[(row0 + ty + 16i) * 176i + (col0 + tx)] = v227_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v224_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v225_5: f32 = acc1_1 * v224_5;
    let l226_5: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v227_5: f32 = v225_5 * l226_5;
    t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v227_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v224_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v225_6: f32 = acc1_2 * v224_6;
    let l226_6: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v227_6: f32 = v225_6 * l226_6;
    t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v227_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v224_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v225_7: f32 = acc1_3 * v224_7;
    let l226_7: f32 = t226[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v227_7: f32 = v225_7 * l226_7;
    t227[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v227_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v224_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v225_8: f32 = acc2_0 * v224_8;
    let l226_8: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v227_8: f32 = v225_8 * l226_8;
    t227[(row0 + ty + 32i) * 176i + (col0 + tx)] = v227_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v224_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v225_9: f32 = acc2_1 * v224_9;
    let l226_9: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v227_9: f32 = v225_9 * l226_9;
    t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v227_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v224_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v225_10: f32 = acc2_2 * v224_10;
    let l226_10: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v227_10: f32 = v225_10 * l226_10;
    t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v227_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v224_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v225_11: f32 = acc2_3 * v224_11;
    let l226_11: f32 = t226[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v227_11: f32 = v225_11 * l226_11;
    t227[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v227_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v224_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v225_12: f32 = acc3_0 * v224_12;
    let l226_12: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v227_12: f32 = v225_12 * l226_12;
    t227[(row0 + ty + 48i) * 176i + (col0 + tx)] = v227_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v224_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v225_13: f32 = acc3_1 * v224_13;
    let l226_13: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v227_13: f32 = v225_13 * l226_13;
    t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v227_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v224_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v225_14: f32 = acc3_2 * v224_14;
    let l226_14: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v227_14: f32 = v225_14 * l226_14;
    t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v227_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v224_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v225_15: f32 = acc3_3 * v224_15;
    let l226_15: f32 = t226[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v227_15: f32 = v225_15 * l226_15;
    t227[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v227_15;
  }
}
