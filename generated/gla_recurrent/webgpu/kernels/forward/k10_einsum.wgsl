// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t46: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t91: array<f32>;
@group(0) @binding(4) var<storage, read_write> t93: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t46[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t46[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t46[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t46[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l87: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v88: f32 = acc0_0 + l87;
    let v89: f32 = 1.0f / (1.0f + exp(min(-v88, 88.0f)));
    let v90: f32 = v88 * v89;
    let l92: f32 = t91[(row0 + ty) * 64i + (col0 + tx)];
    let v93: f32 = v90 * l92;
    t93[(row0 + ty) * 64i + (col0 + tx)] = v93;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l87_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v88_1: f32 = acc0_1 + l87_1;
    let v89_1: f32 = 1.0f / (1.0f + exp(min(-v88_1, 88.0f)));
    let v90_1: f32 = v88_1 * v89_1;
    let l92_1: f32 = t91[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v93_1: f32 = v90_1 * l92_1;
    t93[(row0 + ty) * 64i + (col0 + tx) + 16i] = v93_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l87_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v88_2: f32 = acc0_2 + l87_2;
    let v89_2: f32 = 1.0f / (1.0f + exp(min(-v88_2, 88.0f)));
    let v90_2: f32 = v88_2 * v89_2;
    let l92_2: f32 = t91[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v93_2: f32 = v90_2 * l92_2;
    t93[(row0 + ty) * 64i + (col0 + tx) + 32i] = v93_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l87_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v88_3: f32 = acc0_3 + l87_3;
    let v89_3: f32 = 1.0f / (1.0f + exp(min(-v88_3, 88.0f)));
    let v90_3: f32 = v88_3 * v89_3;
    let l92_3: f32 = t91[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v93_3: f32 = v90_3 * l92_3;
    t93[(row0 + ty) * 64i + (col0 + tx) + 48i] = v93_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l87_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v88_4: f32 = acc1_0 + l87_4;
    let v89_4: f32 = 1.0f / (1.0f + exp(min(-v88_4, 88.0f)));
    let v90_4: f32 = v88_4 * v89_4;
    let l92_4: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v93_4: f32 = v90_4 * l92_4;
    t93[(row0 + ty + 16i) * 64i + (col0 + tx)] = v93_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l87_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v88_5: f32 = acc1_1 + l87_5;
    let v89_5: f32 = 1.0f / (1.0f + exp(min(-v88_5, 88.0f)));
    let v90_5: f32 = v88_5 * v89_5;
    let l92_5: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v93_5: f32 = v90_5 * l92_5;
    t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v93_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l87_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v88_6: f32 = acc1_2 + l87_6;
    let v89_6: f32 = 1.0f / (1.0f + exp(min(-v88_6, 88.0f)));
    let v90_6: f32 = v88_6 * v89_6;
    let l92_6: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v93_6: f32 = v90_6 * l92_6;
    t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v93_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l87_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v88_7: f32 = acc1_3 + l87_7;
    let v89_7: f32 = 1.0f / (1.0f + exp(min(-v88_7, 88.0f)));
    let v90_7: f32 = v88_7 * v89_7;
    let l92_7: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v93_7: f32 = v90_7 * l92_7;
    t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v93_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l87_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v88_8: f32 = acc2_0 + l87_8;
    let v89_8: f32 = 1.0f / (1.0f + exp(min(-v88_8, 88.0f)));
    let v90_8: f32 = v88_8 * v89_8;
    let l92_8: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v93_8: f32 = v90_8 * l92_8;
    t93[(row0 + ty + 32i) * 64i + (col0 + tx)] = v93_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l87_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v88_9: f32 = acc2_1 + l87_9;
    let v89_9: f32 = 1.0f / (1.0f + exp(min(-v88_9, 88.0f)));
    let v90_9: f32 = v88_9 * v89_9;
    let l92_9: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v93_9: f32 = v90_9 * l92_9;
    t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v93_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l87_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v88_10: f32 = acc2_2 + l87_10;
    let v89_10: f32 = 1.0f / (1.0f + exp(min(-v88_10, 88.0f)));
    let v90_10: f32 = v88_10 * v89_10;
    let l92_10: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v93_10: f32 = v90_10 * l92_10;
    t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v93_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l87_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v88_11: f32 = acc2_3 + l87_11;
    let v89_11: f32 = 1.0f / (1.0f + exp(min(-v88_11, 88.0f)));
    let v90_11: f32 = v88_11 * v89_11;
    let l92_11: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v93_11: f32 = v90_11 * l92_11;
    t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v93_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l87_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v88_12: f32 = acc3_0 + l87_12;
    let v89_12: f32 = 1.0f / (1.0f + exp(min(-v88_12, 88.0f)));
    let v90_12: f32 = v88_12 * v89_12;
    let l92_12: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v93_12: f32 = v90_12 * l92_12;
    t93[(row0 + ty + 48i) * 64i + (col0 + tx)] = v93_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l87_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v88_13: f32 = acc3_1 + l87_13;
    let v89_13: f32 = 1.0f / (1.0f + exp(min(-v88_13, 88.0f)));
    let v90_13: f32 = v88_13 * v89_13;
    let l92_13: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v93_13: f32 = v90_13 * l92_13;
    t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v93_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l87_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v88_14: f32 = acc3_2 + l87_14;
    let v89_14: f32 = 1.0f / (1.0f + exp(min(-v88_14, 88.0f)));
    let v90_14: f32 = v88_14 * v89_14;
    let l92_14: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v93_14: f32 = v90_14 * l92_14;
    t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v93_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l87_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v88_15: f32 = acc3_3 + l87_15;
    let v89_15: f32 = 1.0f / (1.0f + exp(min(-v88_15, 88.0f)));
    let v90_15: f32 = v88_15 * v89_15;
    let l92_15: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v93_15: f32 = v90_15 * l92_15;
    t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v93_15;
  }
}
