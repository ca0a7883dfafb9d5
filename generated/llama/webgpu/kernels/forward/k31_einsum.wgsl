// kernel k31_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t208: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t215: array<f32>;
@group(0) @binding(3) var<storage, read_write> t216: array<f32>;
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t208[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t208[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t208[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t208[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    let v210: f32 = -acc0_0;
    let v211: f32 = exp(v210);
    let v212: f32 = 1.0f + v211;
    let v213: f32 = 1.0f / v212;
    let v214: f32 = acc0_0 * v213;
    let l215: f32 = t215[(row0 + ty) * 176i + (col0 + tx)];
    let v216: f32 = v214 * l215;
    t216[(row0 + ty) * 176i + (col0 + tx)] = v216;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v210_1: f32 = -acc0_1;
    let v211_1: f32 = exp(v210_1);
    let v212_1: f32 = 1.0f + v211_1;
    let v213_1: f32 = 1.0f / v212_1;
    let v214_1: f32 = acc0_1 * v213_1;
    let l215_1: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v216_1: f32 = v214_1 * l215_1;
    t216[(row0 + ty) * 176i + (col0 + tx) + 16i] = v216_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v210_2: f32 = -acc0_2;
    let v211_2: f32 = exp(v210_2);
    let v212_2: f32 = 1.0f + v211_2;
    let v213_2: f32 = 1.0f / v212_2;
    let v214_2: f32 = acc0_2 * v213_2;
    let l215_2: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v216_2: f32 = v214_2 * l215_2;
    t216[(row0 + ty) * 176i + (col0 + tx) + 32i] = v216_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v210_3: f32 = -acc0_3;
    let v211_3: f32 = exp(v210_3);
    let v212_3: f32 = 1.0f + v211_3;
    let v213_3: f32 = 1.0f / v212_3;
    let v214_3: f32 = acc0_3 * v213_3;
    let l215_3: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v216_3: f32 = v214_3 * l215_3;
    t216[(row0 + ty) * 176i + (col0 + tx) + 48i] = v216_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v210_4: f32 = -acc1_0;
    let v211_4: f32 = exp(v210_4);
    let v212_4: f32 = 1.0f + v211_4;
    let v213_4: f32 = 1.0f / v212_4;
    let v214_4: f32 = acc1_0 * v213_4;
    let l215_4: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v216_4: f32 = v214_4 * l215_4;
    t216[(row0 + ty + 16i) * 176i + (col0 + tx)] = v216_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v210_5: f32 = -acc1_1;
    let v211_5: f32 = exp(v210_5);
    let v212_5: f32 = 1.0f + v211_5;
    let v213_5: f32 = 1.0f / v212_5;
    let v214_5: f32 = acc1_1 * v213_5;
    let l215_5: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v216_5: f32 = v214_5 * l215_5;
    t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v216_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v210_6: f32 = -acc1_2;
    let v211_6: f32 = exp(v210_6);
    let v212_6: f32 = 1.0f + v211_6;
    let v213_6: f32 = 1.0f / v212_6;
    let v214_6: f32 = acc1_2 * v213_6;
    let l215_6: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v216_6: f32 = v214_6 * l215_6;
    t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v216_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v210_7: f32 = -acc1_3;
    let v211_7: f32 = exp(v210_7);
    let v212_7: f32 = 1.0f + v211_7;
    let v213_7: f32 = 1.0f / v212_7;
    let v214_7: f32 = acc1_3 * v213_7;
    let l215_7: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v216_7: f32 = v214_7 * l215_7;
    t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v216_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v210_8: f32 = -acc2_0;
    let v211_8: f32 = exp(v210_8);
    let v212_8: f32 = 1.0f + v211_8;
    let v213_8: f32 = 1.0f / v212_8;
    let v214_8: f32 = acc2_0 * v213_8;
    let l215_8: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v216_8: f32 = v214_8 * l215_8;
    t216[(row0 + ty + 32i) * 176i + (col0 + tx)] = v216_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v210_9: f32 = -acc2_1;
    let v211_9: f32 = exp(v210_9);
    let v212_9: f32 = 1.0f + v211_9;
    let v213_9: f32 = 1.0f / v212_9;
    let v214_9: f32 = acc2_1 * v213_9;
    let l215_9: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v216_9: f32 = v214_9 * l215_9;
    t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v216_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v210_10: f32 = -acc2_2;
    let v211_10: f32 = exp(v210_10);
    let v212_10: f32 = 1.0f + v211_10;
    let v213_10: f32 = 1.0f / v212_10;
    let v214_10: f32 = acc2_2 * v213_10;
    let l215_10: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v216_10: f32 = v214_10 * l215_10;
    t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v216_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v210_11: f32 = -acc2_3;
    let v211_11: f32 = exp(v210_11);
    let v212_11: f32 = 1.0f + v211_11;
    let v213_11: f32 = 1.0f / v212_11;
    let v214_11: f32 = acc2_3 * v213_11;
    let l215_11: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v216_11: f32 = v214_11 * l215_11;
    t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v216_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v210_12: f32 = -acc3_0;
    let v211_12: f32 = exp(v210_12);
    let v212_12: f32 = 1.0f + v211_12;
    let v213_12: f32 = 1.0f / v212_12;
    let v214_12: f32 = acc3_0 * v213_12;
    let l215_12: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v216_12: f32 = v214_12 * l215_12;
    t216[(row0 + ty + 48i) * 176i + (col0 + tx)] = v216_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v210_13: f32 = -acc3_1;
    let v211_13: f32 = exp(v210_13);
    let v212_13: f32 = 1.0f + v211_13;
    let v213_13: f32 = 1.0f / v212_13;
    let v214_13: f32 = acc3_1 * v213_13;
    let l215_13: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v216_13: f32 = v214_13 * l215_13;
    t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v216_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v210_14: f32 = -acc3_2;
    let v211_14: f32 = exp(v210_14);
    let v212_14: f32 = 1.0f + v211_14;
    let v213_14: f32 = 1.0f / v212_14;
    let v214_14: f32 = acc3_2 * v213_14;
    let l215_14: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v216_14: f32 = v214_14 * l215_14;
    t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v216_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v210_15: f32 = -acc3_3;
    let v211_15: f32 = exp(v210_15);
    let v212_15: f32 = 1.0f + v211_15;
    let v213_15: f32 = 1.0f / v212_15;
    let v214_15: f32 = acc3_3 * v213_15;
    let l215_15: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v216_15: f32 = v214_15 * l215_15;
    t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v216_15;
  }
}
