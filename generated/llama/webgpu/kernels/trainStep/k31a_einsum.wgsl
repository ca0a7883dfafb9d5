// kernel k31a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t209: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t210: array<f32>;
@group(0) @binding(3) var<storage, read_write> t212: array<f32>;
@group(0) @binding(4) var<storage, read_write> t213: array<f32>;
@group(0) @binding(5) var<storage, read_write> t214: array<f32>;
@group(0) @binding(6) var<storage, read_write> t215: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k31a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t209[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t209[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t209[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t209[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    t210[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v211: f32 = -acc0_0;
    let v212: f32 = exp(v211);
    t212[(row0 + ty) * 176i + (col0 + tx)] = v212;
    let v213: f32 = 1.0f + v212;
    t213[(row0 + ty) * 176i + (col0 + tx)] = v213;
    let v214: f32 = 1.0f / v213;
    t214[(row0 + ty) * 176i + (col0 + tx)] = v214;
    let v215: f32 = acc0_0 * v214;
    t215[(row0 + ty) * 176i + (col0 + tx)] = v215;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t210[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v211_1: f32 = -acc0_1;
    let v212_1: f32 = exp(v211_1);
    t212[(row0 + ty) * 176i + (col0 + tx) + 16i] = v212_1;
    let v213_1: f32 = 1.0f + v212_1;
    t213[(row0 + ty) * 176i + (col0 + tx) + 16i] = v213_1;
    let v214_1: f32 = 1.0f / v213_1;
    t214[(row0 + ty) * 176i + (col0 + tx) + 16i] = v214_1;
    let v215_1: f32 = acc0_1 * v214_1;
    t215[(row0 + ty) * 176i + (col0 + tx) + 16i] = v215_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t210[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v211_2: f32 = -acc0_2;
    let v212_2: f32 = exp(v211_2);
    t212[(row0 + ty) * 176i + (col0 + tx) + 32i] = v212_2;
    let v213_2: f32 = 1.0f + v212_2;
    t213[(row0 + ty) * 176i + (col0 + tx) + 32i] = v213_2;
    let v214_2: f32 = 1.0f / v213_2;
    t214[(row0 + ty) * 176i + (col0 + tx) + 32i] = v214_2;
    let v215_2: f32 = acc0_2 * v214_2;
    t215[(row0 + ty) * 176i + (col0 + tx) + 32i] = v215_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t210[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v211_3: f32 = -acc0_3;
    let v212_3: f32 = exp(v211_3);
    t212[(row0 + ty) * 176i + (col0 + tx) + 48i] = v212_3;
    let v213_3: f32 = 1.0f + v212_3;
    t213[(row0 + ty) * 176i + (col0 + tx) + 48i] = v213_3;
    let v214_3: f32 = 1.0f / v213_3;
    t214[(row0 + ty) * 176i + (col0 + tx) + 48i] = v214_3;
    let v215_3: f32 = acc0_3 * v214_3;
    t215[(row0 + ty) * 176i + (col0 + tx) + 48i] = v215_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t210[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v211_4: f32 = -acc1_0;
    let v212_4: f32 = exp(v211_4);
    t212[(row0 + ty + 16i) * 176i + (col0 + tx)] = v212_4;
    let v213_4: f32 = 1.0f + v212_4;
    t213[(row0 + ty + 16i) * 176i + (col0 + tx)] = v213_4;
    let v214_4: f32 = 1.0f / v213_4;
    t214[(row0 + ty + 16i) * 176i + (col0 + tx)] = v214_4;
    let v215_4: f32 = acc1_0 * v214_4;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx)] = v215_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t210[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v211_5: f32 = -acc1_1;
    let v212_5: f32 = exp(v211_5);
    t212[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v212_5;
    let v213_5: f32 = 1.0f + v212_5;
    t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v213_5;
    let v214_5: f32 = 1.0f / v213_5;
    t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v214_5;
    let v215_5: f32 = acc1_1 * v214_5;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v215_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t210[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v211_6: f32 = -acc1_2;
    let v212_6: f32 = exp(v211_6);
    t212[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v212_6;
    let v213_6: f32 = 1.0f + v212_6;
    t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v213_6;
    let v214_6: f32 = 1.0f / v213_6;
    t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v214_6;
    let v215_6: f32 = acc1_2 * v214_6;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v215_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t210[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v211_7: f32 = -acc1_3;
    let v212_7: f32 = exp(v211_7);
    t212[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v212_7;
    let v213_7: f32 = 1.0f + v212_7;
    t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v213_7;
    let v214_7: f32 = 1.0f / v213_7;
    t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v214_7;
    let v215_7: f32 = acc1_3 * v214_7;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v215_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t210[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v211_8: f32 = -acc2_0;
    let v212_8: f32 = exp(v211_8);
    t212[(row0 + ty + 32i) * 176i + (col0 + tx)] = v212_8;
    let v213_8: f32 = 1.0f + v212_8;
    t213[(row0 + ty + 32i) * 176i + (col0 + tx)] = v213_8;
    let v214_8: f32 = 1.0f / v213_8;
    t214[(row0 + ty + 32i) * 176i + (col0 + tx)] = v214_8;
    let v215_8: f32 = acc2_0 * v214_8;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx)] = v215_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t210[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v211_9: f32 = -acc2_1;
    let v212_9: f32 = exp(v211_9);
    t212[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v212_9;
    let v213_9: f32 = 1.0f + v212_9;
    t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v213_9;
    let v214_9: f32 = 1.0f / v213_9;
    t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v214_9;
    let v215_9: f32 = acc2_1 * v214_9;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v215_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t210[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v211_10: f32 = -acc2_2;
    let v212_10: f32 = exp(v211_10);
    t212[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v212_10;
    let v213_10: f32 = 1.0f + v212_10;
    t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v213_10;
    let v214_10: f32 = 1.0f / v213_10;
    t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v214_10;
    let v215_10: f32 = acc2_2 * v214_10;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v215_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t210[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v211_11: f32 = -acc2_3;
    let v212_11: f32 = exp(v211_11);
    t212[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v212_11;
    let v213_11: f32 = 1.0f + v212_11;
    t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v213_11;
    let v214_11: f32 = 1.0f / v213_11;
    t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v214_11;
    let v215_11: f32 = acc2_3 * v214_11;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v215_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t210[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v211_12: f32 = -acc3_0;
    let v212_12: f32 = exp(v211_12);
    t212[(row0 + ty + 48i) * 176i + (col0 + tx)] = v212_12;
    let v213_12: f32 = 1.0f + v212_12;
    t213[(row0 + ty + 48i) * 176i + (col0 + tx)] = v213_12;
    let v214_12: f32 = 1.0f / v213_12;
    t214[(row0 + ty + 48i) * 176i + (col0 + tx)] = v214_12;
    let v215_12: f32 = acc3_0 * v214_12;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx)] = v215_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t210[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v211_13: f32 = -acc3_1;
    let v212_13: f32 = exp(v211_13);
    t212[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v212_13;
    let v213_13: f32 = 1.0f + v212_13;
    t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v213_13;
    let v214_13: f32 = 1.0f / v213_13;
    t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v214_13;
    let v215_13: f32 = acc3_1 * v214_13;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v215_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t210[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v211_14: f32 = -acc3_2;
    let v212_14: f32 = exp(v211_14);
    t212[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v212_14;
    let v213_14: f32 = 1.0f + v212_14;
    t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v213_14;
    let v214_14: f32 = 1.0f / v213_14;
    t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v214_14;
    let v215_14: f32 = acc3_2 * v214_14;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v215_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t210[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v211_15: f32 = -acc3_3;
    let v212_15: f32 = exp(v211_15);
    t212[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v212_15;
    let v213_15: f32 = 1.0f + v212_15;
    t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v213_15;
    let v214_15: f32 = 1.0f / v213_15;
    t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v214_15;
    let v215_15: f32 = acc3_3 * v214_15;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v215_15;
  }
}
