// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t47: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t90: array<f32>;
@group(0) @binding(4) var<storage, read_write> t91: array<f32>;
@group(0) @binding(5) var<storage, read_write> t92: array<f32>;
@group(0) @binding(6) var<storage, read> t93: array<f32>;
@group(0) @binding(7) var<storage, read_write> t95: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k10_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t47[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t47[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t47[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t47[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l89: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v90: f32 = acc0_0 + l89;
    t90[(row0 + ty) * 64i + (col0 + tx)] = v90;
    let v91: f32 = 1.0f / (1.0f + exp(min(-v90, 88.0f)));
    t91[(row0 + ty) * 64i + (col0 + tx)] = v91;
    let v92: f32 = v90 * v91;
    t92[(row0 + ty) * 64i + (col0 + tx)] = v92;
    let l94: f32 = t93[(row0 + ty) * 64i + (col0 + tx)];
    let v95: f32 = v92 * l94;
    t95[(row0 + ty) * 64i + (col0 + tx)] = v95;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l89_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v90_1: f32 = acc0_1 + l89_1;
    t90[(row0 + ty) * 64i + (col0 + tx) + 16i] = v90_1;
    let v91_1: f32 = 1.0f / (1.0f + exp(min(-v90_1, 88.0f)));
    t91[(row0 + ty) * 64i + (col0 + tx) + 16i] = v91_1;
    let v92_1: f32 = v90_1 * v91_1;
    t92[(row0 + ty) * 64i + (col0 + tx) + 16i] = v92_1;
    let l94_1: f32 = t93[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v95_1: f32 = v92_1 * l94_1;
    t95[(row0 + ty) * 64i + (col0 + tx) + 16i] = v95_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l89_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v90_2: f32 = acc0_2 + l89_2;
    t90[(row0 + ty) * 64i + (col0 + tx) + 32i] = v90_2;
    let v91_2: f32 = 1.0f / (1.0f + exp(min(-v90_2, 88.0f)));
    t91[(row0 + ty) * 64i + (col0 + tx) + 32i] = v91_2;
    let v92_2: f32 = v90_2 * v91_2;
    t92[(row0 + ty) * 64i + (col0 + tx) + 32i] = v92_2;
    let l94_2: f32 = t93[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v95_2: f32 = v92_2 * l94_2;
    t95[(row0 + ty) * 64i + (col0 + tx) + 32i] = v95_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l89_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v90_3: f32 = acc0_3 + l89_3;
    t90[(row0 + ty) * 64i + (col0 + tx) + 48i] = v90_3;
    let v91_3: f32 = 1.0f / (1.0f + exp(min(-v90_3, 88.0f)));
    t91[(row0 + ty) * 64i + (col0 + tx) + 48i] = v91_3;
    let v92_3: f32 = v90_3 * v91_3;
    t92[(row0 + ty) * 64i + (col0 + tx) + 48i] = v92_3;
    let l94_3: f32 = t93[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v95_3: f32 = v92_3 * l94_3;
    t95[(row0 + ty) * 64i + (col0 + tx) + 48i] = v95_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l89_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v90_4: f32 = acc1_0 + l89_4;
    t90[(row0 + ty + 16i) * 64i + (col0 + tx)] = v90_4;
    let v91_4: f32 = 1.0f / (1.0f + exp(min(-v90_4, 88.0f)));
    t91[(row0 + ty + 16i) * 64i + (col0 + tx)] = v91_4;
    let v92_4: f32 = v90_4 * v91_4;
    t92[(row0 + ty + 16i) * 64i + (col0 + tx)] = v92_4;
    let l94_4: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v95_4: f32 = v92_4 * l94_4;
    t95[(row0 + ty + 16i) * 64i + (col0 + tx)] = v95_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l89_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v90_5: f32 = acc1_1 + l89_5;
    t90[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v90_5;
    let v91_5: f32 = 1.0f / (1.0f + exp(min(-v90_5, 88.0f)));
    t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v91_5;
    let v92_5: f32 = v90_5 * v91_5;
    t92[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v92_5;
    let l94_5: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v95_5: f32 = v92_5 * l94_5;
    t95[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v95_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l89_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v90_6: f32 = acc1_2 + l89_6;
    t90[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v90_6;
    let v91_6: f32 = 1.0f / (1.0f + exp(min(-v90_6, 88.0f)));
    t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v91_6;
    let v92_6: f32 = v90_6 * v91_6;
    t92[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v92_6;
    let l94_6: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v95_6: f32 = v92_6 * l94_6;
    t95[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v95_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l89_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v90_7: f32 = acc1_3 + l89_7;
    t90[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v90_7;
    let v91_7: f32 = 1.0f / (1.0f + exp(min(-v90_7, 88.0f)));
    t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v91_7;
    let v92_7: f32 = v90_7 * v91_7;
    t92[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v92_7;
    let l94_7: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v95_7: f32 = v92_7 * l94_7;
    t95[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v95_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l89_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v90_8: f32 = acc2_0 + l89_8;
    t90[(row0 + ty + 32i) * 64i + (col0 + tx)] = v90_8;
    let v91_8: f32 = 1.0f / (1.0f + exp(min(-v90_8, 88.0f)));
    t91[(row0 + ty + 32i) * 64i + (col0 + tx)] = v91_8;
    let v92_8: f32 = v90_8 * v91_8;
    t92[(row0 + ty + 32i) * 64i + (col0 + tx)] = v92_8;
    let l94_8: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v95_8: f32 = v92_8 * l94_8;
    t95[(row0 + ty + 32i) * 64i + (col0 + tx)] = v95_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l89_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v90_9: f32 = acc2_1 + l89_9;
    t90[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v90_9;
    let v91_9: f32 = 1.0f / (1.0f + exp(min(-v90_9, 88.0f)));
    t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v91_9;
    let v92_9: f32 = v90_9 * v91_9;
    t92[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v92_9;
    let l94_9: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v95_9: f32 = v92_9 * l94_9;
    t95[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v95_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l89_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v90_10: f32 = acc2_2 + l89_10;
    t90[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v90_10;
    let v91_10: f32 = 1.0f / (1.0f + exp(min(-v90_10, 88.0f)));
    t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v91_10;
    let v92_10: f32 = v90_10 * v91_10;
    t92[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v92_10;
    let l94_10: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v95_10: f32 = v92_10 * l94_10;
    t95[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v95_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l89_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v90_11: f32 = acc2_3 + l89_11;
    t90[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v90_11;
    let v91_11: f32 = 1.0f / (1.0f + exp(min(-v90_11, 88.0f)));
    t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v91_11;
    let v92_11: f32 = v90_11 * v91_11;
    t92[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v92_11;
    let l94_11: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v95_11: f32 = v92_11 * l94_11;
    t95[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v95_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l89_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v90_12: f32 = acc3_0 + l89_12;
    t90[(row0 + ty + 48i) * 64i + (col0 + tx)] = v90_12;
    let v91_12: f32 = 1.0f / (1.0f + exp(min(-v90_12, 88.0f)));
    t91[(row0 + ty + 48i) * 64i + (col0 + tx)] = v91_12;
    let v92_12: f32 = v90_12 * v91_12;
    t92[(row0 + ty + 48i) * 64i + (col0 + tx)] = v92_12;
    let l94_12: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v95_12: f32 = v92_12 * l94_12;
    t95[(row0 + ty + 48i) * 64i + (col0 + tx)] = v95_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l89_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v90_13: f32 = acc3_1 + l89_13;
    t90[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v90_13;
    let v91_13: f32 = 1.0f / (1.0f + exp(min(-v90_13, 88.0f)));
    t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v91_13;
    let v92_13: f32 = v90_13 * v91_13;
    t92[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v92_13;
    let l94_13: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v95_13: f32 = v92_13 * l94_13;
    t95[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v95_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l89_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v90_14: f32 = acc3_2 + l89_14;
    t90[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v90_14;
    let v91_14: f32 = 1.0f / (1.0f + exp(min(-v90_14, 88.0f)));
    t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v91_14;
    let v92_14: f32 = v90_14 * v91_14;
    t92[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v92_14;
    let l94_14: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v95_14: f32 = v92_14 * l94_14;
    t95[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v95_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l89_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v90_15: f32 = acc3_3 + l89_15;
    t90[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v90_15;
    let v91_15: f32 = 1.0f / (1.0f + exp(min(-v90_15, 88.0f)));
    t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v91_15;
    let v92_15: f32 = v90_15 * v91_15;
    t92[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v92_15;
    let l94_15: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v95_15: f32 = v92_15 * l94_15;
    t95[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v95_15;
  }
}
