// kernel k27_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t212: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t213: array<f32>;
@group(0) @binding(3) var<storage, read_write> t214: array<f32>;
@group(0) @binding(4) var<storage, read_write> t215: array<f32>;
@group(0) @binding(5) var<storage, read> t216: array<f32>;
@group(0) @binding(6) var<storage, read_write> t217: array<f32>;
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
      tileA[tx * 64i + ty] = t212[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t212[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t212[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t212[(row0 + ty + 48i) * 64i + kA];
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
    t213[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v214: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t214[(row0 + ty) * 176i + (col0 + tx)] = v214;
    let v215: f32 = acc0_0 * v214;
    t215[(row0 + ty) * 176i + (col0 + tx)] = v215;
    let l216: f32 = t216[(row0 + ty) * 176i + (col0 + tx)];
    let v217: f32 = v215 * l216;
    t217[(row0 + ty) * 176i + (col0 + tx)] = v217;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t213[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v214_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t214[(row0 + ty) * 176i + (col0 + tx) + 16i] = v214_1;
    let v215_1: f32 = acc0_1 * v214_1;
    t215[(row0 + ty) * 176i + (col0 + tx) + 16i] = v215_1;
    let l216_1: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v217_1: f32 = v215_1 * l216_1;
    t217[(row0 + ty) * 176i + (col0 + tx) + 16i] = v217_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t213[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v214_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t214[(row0 + ty) * 176i + (col0 + tx) + 32i] = v214_2;
    let v215_2: f32 = acc0_2 * v214_2;
    t215[(row0 + ty) * 176i + (col0 + tx) + 32i] = v215_2;
    let l216_2: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v217_2: f32 = v215_2 * l216_2;
    t217[(row0 + ty) * 176i + (col0 + tx) + 32i] = v217_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t213[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v214_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t214[(row0 + ty) * 176i + (col0 + tx) + 48i] = v214_3;
    let v215_3: f32 = acc0_3 * v214_3;
    t215[(row0 + ty) * 176i + (col0 + tx) + 48i] = v215_3;
    let l216_3: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v217_3: f32 = v215_3 * l216_3;
    t217[(row0 + ty) * 176i + (col0 + tx) + 48i] = v217_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t213[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v214_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t214[(row0 + ty + 16i) * 176i + (col0 + tx)] = v214_4;
    let v215_4: f32 = acc1_0 * v214_4;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx)] = v215_4;
    let l216_4: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v217_4: f32 = v215_4 * l216_4;
    t217[(row0 + ty + 16i) * 176i + (col0 + tx)] = v217_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v214_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v214_5;
    let v215_5: f32 = acc1_1 * v214_5;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v215_5;
    let l216_5: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v217_5: f32 = v215_5 * l216_5;
    t217[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v217_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v214_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v214_6;
    let v215_6: f32 = acc1_2 * v214_6;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v215_6;
    let l216_6: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v217_6: f32 = v215_6 * l216_6;
    t217[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v217_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v214_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v214_7;
    let v215_7: f32 = acc1_3 * v214_7;
    t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v215_7;
    let l216_7: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v217_7: f32 = v215_7 * l216_7;
    t217[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v217_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t213[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v214_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t214[(row0 + ty + 32i) * 176i + (col0 + tx)] = v214_8;
    let v215_8: f32 = acc2_0 * v214_8;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx)] = v215_8;
    let l216_8: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v217_8: f32 = v215_8 * l216_8;
    t217[(row0 + ty + 32i) * 176i + (col0 + tx)] = v217_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v214_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v214_9;
    let v215_9: f32 = acc2_1 * v214_9;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v215_9;
    let l216_9: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v217_9: f32 = v215_9 * l216_9;
    t217[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v217_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v214_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v214_10;
    let v215_10: f32 = acc2_2 * v214_10;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v215_10;
    let l216_10: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v217_10: f32 = v215_10 * l216_10;
    t217[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v217_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v214_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v214_11;
    let v215_11: f32 = acc2_3 * v214_11;
    t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v215_11;
    let l216_11: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v217_11: f32 = v215_11 * l216_11;
    t217[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v217_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t213[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v214_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t214[(row0 + ty + 48i) * 176i + (col0 + tx)] = v214_12;
    let v215_12: f32 = acc3_0 * v214_12;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx)] = v215_12;
    let l216_12: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v217_12: f32 = v215_12 * l216_12;
    t217[(row0 + ty + 48i) * 176i + (col0 + tx)] = v217_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v214_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v214_13;
    let v215_13: f32 = acc3_1 * v214_13;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v215_13;
    let l216_13: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v217_13: f32 = v215_13 * l216_13;
    t217[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v217_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v214_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v214_14;
    let v215_14: f32 = acc3_2 * v214_14;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v215_14;
    let l216_14: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v217_14: f32 = v215_14 * l216_14;
    t217[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v217_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v214_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v214_15;
    let v215_15: f32 = acc3_3 * v214_15;
    t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v215_15;
    let l216_15: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v217_15: f32 = v215_15 * l216_15;
    t217[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v217_15;
  }
}
