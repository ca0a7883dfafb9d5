// kernel k67_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t410: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_2_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t411: array<f32>;
@group(0) @binding(3) var<storage, read_write> t412: array<f32>;
@group(0) @binding(4) var<storage, read_write> t413: array<f32>;
@group(0) @binding(5) var<storage, read> t414: array<f32>;
@group(0) @binding(6) var<storage, read_write> t415: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k67_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t410[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t410[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t410[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t410[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_2_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_2_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_2_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_2_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    t411[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v412: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t412[(row0 + ty) * 176i + (col0 + tx)] = v412;
    let v413: f32 = acc0_0 * v412;
    t413[(row0 + ty) * 176i + (col0 + tx)] = v413;
    let l414: f32 = t414[(row0 + ty) * 176i + (col0 + tx)];
    let v415: f32 = v413 * l414;
    t415[(row0 + ty) * 176i + (col0 + tx)] = v415;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t411[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v412_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t412[(row0 + ty) * 176i + (col0 + tx) + 16i] = v412_1;
    let v413_1: f32 = acc0_1 * v412_1;
    t413[(row0 + ty) * 176i + (col0 + tx) + 16i] = v413_1;
    let l414_1: f32 = t414[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v415_1: f32 = v413_1 * l414_1;
    t415[(row0 + ty) * 176i + (col0 + tx) + 16i] = v415_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t411[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v412_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t412[(row0 + ty) * 176i + (col0 + tx) + 32i] = v412_2;
    let v413_2: f32 = acc0_2 * v412_2;
    t413[(row0 + ty) * 176i + (col0 + tx) + 32i] = v413_2;
    let l414_2: f32 = t414[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v415_2: f32 = v413_2 * l414_2;
    t415[(row0 + ty) * 176i + (col0 + tx) + 32i] = v415_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t411[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v412_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t412[(row0 + ty) * 176i + (col0 + tx) + 48i] = v412_3;
    let v413_3: f32 = acc0_3 * v412_3;
    t413[(row0 + ty) * 176i + (col0 + tx) + 48i] = v413_3;
    let l414_3: f32 = t414[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v415_3: f32 = v413_3 * l414_3;
    t415[(row0 + ty) * 176i + (col0 + tx) + 48i] = v415_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t411[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v412_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t412[(row0 + ty + 16i) * 176i + (col0 + tx)] = v412_4;
    let v413_4: f32 = acc1_0 * v412_4;
    t413[(row0 + ty + 16i) * 176i + (col0 + tx)] = v413_4;
    let l414_4: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v415_4: f32 = v413_4 * l414_4;
    t415[(row0 + ty + 16i) * 176i + (col0 + tx)] = v415_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t411[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v412_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t412[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v412_5;
    let v413_5: f32 = acc1_1 * v412_5;
    t413[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v413_5;
    let l414_5: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v415_5: f32 = v413_5 * l414_5;
    t415[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v415_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t411[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v412_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t412[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v412_6;
    let v413_6: f32 = acc1_2 * v412_6;
    t413[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v413_6;
    let l414_6: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v415_6: f32 = v413_6 * l414_6;
    t415[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v415_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t411[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v412_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t412[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v412_7;
    let v413_7: f32 = acc1_3 * v412_7;
    t413[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v413_7;
    let l414_7: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v415_7: f32 = v413_7 * l414_7;
    t415[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v415_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t411[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v412_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t412[(row0 + ty + 32i) * 176i + (col0 + tx)] = v412_8;
    let v413_8: f32 = acc2_0 * v412_8;
    t413[(row0 + ty + 32i) * 176i + (col0 + tx)] = v413_8;
    let l414_8: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v415_8: f32 = v413_8 * l414_8;
    t415[(row0 + ty + 32i) * 176i + (col0 + tx)] = v415_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t411[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v412_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t412[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v412_9;
    let v413_9: f32 = acc2_1 * v412_9;
    t413[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v413_9;
    let l414_9: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v415_9: f32 = v413_9 * l414_9;
    t415[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v415_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t411[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v412_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t412[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v412_10;
    let v413_10: f32 = acc2_2 * v412_10;
    t413[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v413_10;
    let l414_10: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v415_10: f32 = v413_10 * l414_10;
    t415[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v415_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t411[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v412_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t412[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v412_11;
    let v413_11: f32 = acc2_3 * v412_11;
    t413[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v413_11;
    let l414_11: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v415_11: f32 = v413_11 * l414_11;
    t415[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v415_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t411[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v412_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t412[(row0 + ty + 48i) * 176i + (col0 + tx)] = v412_12;
    let v413_12: f32 = acc3_0 * v412_12;
    t413[(row0 + ty + 48i) * 176i + (col0 + tx)] = v413_12;
    let l414_12: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v415_12: f32 = v413_12 * l414_12;
    t415[(row0 + ty + 48i) * 176i + (col0 + tx)] = v415_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t411[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v412_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t412[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v412_13;
    let v413_13: f32 = acc3_1 * v412_13;
    t413[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v413_13;
    let l414_13: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v415_13: f32 = v413_13 * l414_13;
    t415[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v415_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t411[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v412_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t412[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v412_14;
    let v413_14: f32 = acc3_2 * v412_14;
    t413[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v413_14;
    let l414_14: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v415_14: f32 = v413_14 * l414_14;
    t415[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v415_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t411[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v412_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t412[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v412_15;
    let v413_15: f32 = acc3_3 * v412_15;
    t413[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v413_15;
    let l414_15: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v415_15: f32 = v413_15 * l414_15;
    t415[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v415_15;
  }
}
