// kernel k44_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t260: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t264: array<f32>;
@group(0) @binding(3) var<storage, read_write> t265: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k44_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t260[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t260[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t260[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t260[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    let v262: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v263: f32 = acc0_0 * v262;
    let l264: f32 = t264[(row0 + ty) * 176i + (col0 + tx)];
    let v265: f32 = v263 * l264;
    t265[(row0 + ty) * 176i + (col0 + tx)] = v265;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v262_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v263_1: f32 = acc0_1 * v262_1;
    let l264_1: f32 = t264[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v265_1: f32 = v263_1 * l264_1;
    t265[(row0 + ty) * 176i + (col0 + tx) + 16i] = v265_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v262_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v263_2: f32 = acc0_2 * v262_2;
    let l264_2: f32 = t264[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v265_2: f32 = v263_2 * l264_2;
    t265[(row0 + ty) * 176i + (col0 + tx) + 32i] = v265_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v262_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v263_3: f32 = acc0_3 * v262_3;
    let l264_3: f32 = t264[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v265_3: f32 = v263_3 * l264_3;
    t265[(row0 + ty) * 176i + (col0 + tx) + 48i] = v265_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v262_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v263_4: f32 = acc1_0 * v262_4;
    let l264_4: f32 = t264[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v265_4: f32 = v263_4 * l264_4;
    t265[(row0 + ty + 16i) * 176i + (col0 + tx)] = v265_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v262_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v263_5: f32 = acc1_1 * v262_5;
    let l264_5: f32 = t264[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v265_5: f32 = v263_5 * l264_5;
    t265[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v265_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v262_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v263_6: f32 = acc1_2 * v262_6;
    let l264_6: f32 = t264[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v265_6: f32 = v263_6 * l264_6;
    t265[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v265_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v262_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v263_7: f32 = acc1_3 * v262_7;
    let l264_7: f32 = t264[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v265_7: f32 = v263_7 * l264_7;
    t265[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v265_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v262_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v263_8: f32 = acc2_0 * v262_8;
    let l264_8: f32 = t264[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v265_8: f32 = v263_8 * l264_8;
    t265[(row0 + ty + 32i) * 176i + (col0 + tx)] = v265_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v262_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v263_9: f32 = acc2_1 * v262_9;
    let l264_9: f32 = t264[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v265_9: f32 = v263_9 * l264_9;
    t265[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v265_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v262_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v263_10: f32 = acc2_2 * v262_10;
    let l264_10: f32 = t264[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v265_10: f32 = v263_10 * l264_10;
    t265[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v265_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v262_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v263_11: f32 = acc2_3 * v262_11;
    let l264_11: f32 = t264[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v265_11: f32 = v263_11 * l264_11;
    t265[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v265_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v262_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v263_12: f32 = acc3_0 * v262_12;
    let l264_12: f32 = t264[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v265_12: f32 = v263_12 * l264_12;
    t265[(row0 + ty + 48i) * 176i + (col0 + tx)] = v265_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v262_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v263_13: f32 = acc3_1 * v262_13;
    let l264_13: f32 = t264[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v265_13: f32 = v263_13 * l264_13;
    t265[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v265_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v262_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v263_14: f32 = acc3_2 * v262_14;
    let l264_14: f32 = t264[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v265_14: f32 = v263_14 * l264_14;
    t265[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v265_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v262_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v263_15: f32 = acc3_3 * v262_15;
    let l264_15: f32 = t264[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v265_15: f32 = v263_15 * l264_15;
    t265[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v265_15;
  }
}
