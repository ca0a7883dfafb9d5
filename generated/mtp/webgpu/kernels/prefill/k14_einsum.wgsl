// kernel k14_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t116: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t120: array<f32>;
@group(0) @binding(3) var<storage, read_write> t121: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k14_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t116[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t116[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t116[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t116[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    let v118: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v119: f32 = acc0_0 * v118;
    let l120: f32 = t120[(row0 + ty) * 176i + (col0 + tx)];
    let v121: f32 = v119 * l120;
    t121[(row0 + ty) * 176i + (col0 + tx)] = v121;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v118_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v119_1: f32 = acc0_1 * v118_1;
    let l120_1: f32 = t120[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v121_1: f32 = v119_1 * l120_1;
    t121[(row0 + ty) * 176i + (col0 + tx) + 16i] = v121_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v118_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v119_2: f32 = acc0_2 * v118_2;
    let l120_2: f32 = t120[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v121_2: f32 = v119_2 * l120_2;
    t121[(row0 + ty) * 176i + (col0 + tx) + 32i] = v121_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v118_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v119_3: f32 = acc0_3 * v118_3;
    let l120_3: f32 = t120[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v121_3: f32 = v119_3 * l120_3;
    t121[(row0 + ty) * 176i + (col0 + tx) + 48i] = v121_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v118_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v119_4: f32 = acc1_0 * v118_4;
    let l120_4: f32 = t120[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v121_4: f32 = v119_4 * l120_4;
    t121[(row0 + ty + 16i) * 176i + (col0 + tx)] = v121_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v118_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v119_5: f32 = acc1_1 * v118_5;
    let l120_5: f32 = t120[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v121_5: f32 = v119_5 * l120_5;
    t121[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v121_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v118_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v119_6: f32 = acc1_2 * v118_6;
    let l120_6: f32 = t120[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v121_6: f32 = v119_6 * l120_6;
    t121[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v121_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v118_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v119_7: f32 = acc1_3 * v118_7;
    let l120_7: f32 = t120[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v121_7: f32 = v119_7 * l120_7;
    t121[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v121_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v118_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v119_8: f32 = acc2_0 * v118_8;
    let l120_8: f32 = t120[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v121_8: f32 = v119_8 * l120_8;
    t121[(row0 + ty + 32i) * 176i + (col0 + tx)] = v121_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v118_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v119_9: f32 = acc2_1 * v118_9;
    let l120_9: f32 = t120[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v121_9: f32 = v119_9 * l120_9;
    t121[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v121_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v118_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v119_10: f32 = acc2_2 * v118_10;
    let l120_10: f32 = t120[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v121_10: f32 = v119_10 * l120_10;
    t121[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v121_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v118_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v119_11: f32 = acc2_3 * v118_11;
    let l120_11: f32 = t120[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v121_11: f32 = v119_11 * l120_11;
    t121[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v121_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v118_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v119_12: f32 = acc3_0 * v118_12;
    let l120_12: f32 = t120[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v121_12: f32 = v119_12 * l120_12;
    t121[(row0 + ty + 48i) * 176i + (col0 + tx)] = v121_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v118_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v119_13: f32 = acc3_1 * v118_13;
    let l120_13: f32 = t120[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v121_13: f32 = v119_13 * l120_13;
    t121[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v121_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v118_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v119_14: f32 = acc3_2 * v118_14;
    let l120_14: f32 = t120[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v121_14: f32 = v119_14 * l120_14;
    t121[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v121_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v118_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v119_15: f32 = acc3_3 * v118_15;
    let l120_15: f32 = t120[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v121_15: f32 = v119_15 * l120_15;
    t121[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v121_15;
  }
}
