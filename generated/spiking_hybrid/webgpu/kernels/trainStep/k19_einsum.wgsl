// kernel k19_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t108: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn1_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t109: array<f32>;
@group(0) @binding(3) var<storage, read_write> t110: array<f32>;
@group(0) @binding(4) var<storage, read_write> t111: array<f32>;
@group(0) @binding(5) var<storage, read> t112: array<f32>;
@group(0) @binding(6) var<storage, read_write> t113: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k19_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t108[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t108[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t108[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t108[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn1_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn1_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn1_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn1_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    t109[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v110: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t110[(row0 + ty) * 176i + (col0 + tx)] = v110;
    let v111: f32 = acc0_0 * v110;
    t111[(row0 + ty) * 176i + (col0 + tx)] = v111;
    let l112: f32 = t112[(row0 + ty) * 176i + (col0 + tx)];
    let v113: f32 = v111 * l112;
    t113[(row0 + ty) * 176i + (col0 + tx)] = v113;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v110_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t110[(row0 + ty) * 176i + (col0 + tx) + 16i] = v110_1;
    let v111_1: f32 = acc0_1 * v110_1;
    t111[(row0 + ty) * 176i + (col0 + tx) + 16i] = v111_1;
    let l112_1: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v113_1: f32 = v111_1 * l112_1;
    t113[(row0 + ty) * 176i + (col0 + tx) + 16i] = v113_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v110_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t110[(row0 + ty) * 176i + (col0 + tx) + 32i] = v110_2;
    let v111_2: f32 = acc0_2 * v110_2;
    t111[(row0 + ty) * 176i + (col0 + tx) + 32i] = v111_2;
    let l112_2: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v113_2: f32 = v111_2 * l112_2;
    t113[(row0 + ty) * 176i + (col0 + tx) + 32i] = v113_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v110_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t110[(row0 + ty) * 176i + (col0 + tx) + 48i] = v110_3;
    let v111_3: f32 = acc0_3 * v110_3;
    t111[(row0 + ty) * 176i + (col0 + tx) + 48i] = v111_3;
    let l112_3: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v113_3: f32 = v111_3 * l112_3;
    t113[(row0 + ty) * 176i + (col0 + tx) + 48i] = v113_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v110_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t110[(row0 + ty + 16i) * 176i + (col0 + tx)] = v110_4;
    let v111_4: f32 = acc1_0 * v110_4;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx)] = v111_4;
    let l112_4: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v113_4: f32 = v111_4 * l112_4;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx)] = v113_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v110_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v110_5;
    let v111_5: f32 = acc1_1 * v110_5;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v111_5;
    let l112_5: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v113_5: f32 = v111_5 * l112_5;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v113_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v110_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v110_6;
    let v111_6: f32 = acc1_2 * v110_6;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v111_6;
    let l112_6: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v113_6: f32 = v111_6 * l112_6;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v113_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v110_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v110_7;
    let v111_7: f32 = acc1_3 * v110_7;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v111_7;
    let l112_7: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v113_7: f32 = v111_7 * l112_7;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v113_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v110_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t110[(row0 + ty + 32i) * 176i + (col0 + tx)] = v110_8;
    let v111_8: f32 = acc2_0 * v110_8;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx)] = v111_8;
    let l112_8: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v113_8: f32 = v111_8 * l112_8;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx)] = v113_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v110_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v110_9;
    let v111_9: f32 = acc2_1 * v110_9;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v111_9;
    let l112_9: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v113_9: f32 = v111_9 * l112_9;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v113_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v110_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v110_10;
    let v111_10: f32 = acc2_2 * v110_10;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v111_10;
    let l112_10: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v113_10: f32 = v111_10 * l112_10;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v113_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v110_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v110_11;
    let v111_11: f32 = acc2_3 * v110_11;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v111_11;
    let l112_11: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v113_11: f32 = v111_11 * l112_11;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v113_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v110_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t110[(row0 + ty + 48i) * 176i + (col0 + tx)] = v110_12;
    let v111_12: f32 = acc3_0 * v110_12;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx)] = v111_12;
    let l112_12: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v113_12: f32 = v111_12 * l112_12;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx)] = v113_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v110_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v110_13;
    let v111_13: f32 = acc3_1 * v110_13;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v111_13;
    let l112_13: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v113_13: f32 = v111_13 * l112_13;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v113_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v110_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v110_14;
    let v111_14: f32 = acc3_2 * v110_14;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v111_14;
    let l112_14: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v113_14: f32 = v111_14 * l112_14;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v113_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v110_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v110_15;
    let v111_15: f32 = acc3_3 * v110_15;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v111_15;
    let l112_15: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v113_15: f32 = v111_15 * l112_15;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v113_15;
  }
}
