// kernel k11_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t46: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t95: array<f32>;
@group(0) @binding(4) var<storage, read_write> t97: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k11_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    let l91: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v92: f32 = acc0_0 + l91;
    let v93: f32 = 1.0f / (1.0f + exp(min(-v92, 88.0f)));
    let v94: f32 = v92 * v93;
    let l96: f32 = t95[(row0 + ty) * 64i + (col0 + tx)];
    let v97: f32 = v94 * l96;
    t97[(row0 + ty) * 64i + (col0 + tx)] = v97;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l91_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v92_1: f32 = acc0_1 + l91_1;
    let v93_1: f32 = 1.0f / (1.0f + exp(min(-v92_1, 88.0f)));
    let v94_1: f32 = v92_1 * v93_1;
    let l96_1: f32 = t95[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v97_1: f32 = v94_1 * l96_1;
    t97[(row0 + ty) * 64i + (col0 + tx) + 16i] = v97_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l91_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v92_2: f32 = acc0_2 + l91_2;
    let v93_2: f32 = 1.0f / (1.0f + exp(min(-v92_2, 88.0f)));
    let v94_2: f32 = v92_2 * v93_2;
    let l96_2: f32 = t95[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v97_2: f32 = v94_2 * l96_2;
    t97[(row0 + ty) * 64i + (col0 + tx) + 32i] = v97_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l91_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v92_3: f32 = acc0_3 + l91_3;
    let v93_3: f32 = 1.0f / (1.0f + exp(min(-v92_3, 88.0f)));
    let v94_3: f32 = v92_3 * v93_3;
    let l96_3: f32 = t95[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v97_3: f32 = v94_3 * l96_3;
    t97[(row0 + ty) * 64i + (col0 + tx) + 48i] = v97_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l91_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v92_4: f32 = acc1_0 + l91_4;
    let v93_4: f32 = 1.0f / (1.0f + exp(min(-v92_4, 88.0f)));
    let v94_4: f32 = v92_4 * v93_4;
    let l96_4: f32 = t95[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v97_4: f32 = v94_4 * l96_4;
    t97[(row0 + ty + 16i) * 64i + (col0 + tx)] = v97_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l91_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v92_5: f32 = acc1_1 + l91_5;
    let v93_5: f32 = 1.0f / (1.0f + exp(min(-v92_5, 88.0f)));
    let v94_5: f32 = v92_5 * v93_5;
    let l96_5: f32 = t95[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v97_5: f32 = v94_5 * l96_5;
    t97[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v97_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l91_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v92_6: f32 = acc1_2 + l91_6;
    let v93_6: f32 = 1.0f / (1.0f + exp(min(-v92_6, 88.0f)));
    let v94_6: f32 = v92_6 * v93_6;
    let l96_6: f32 = t95[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v97_6: f32 = v94_6 * l96_6;
    t97[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v97_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l91_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v92_7: f32 = acc1_3 + l91_7;
    let v93_7: f32 = 1.0f / (1.0f + exp(min(-v92_7, 88.0f)));
    let v94_7: f32 = v92_7 * v93_7;
    let l96_7: f32 = t95[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v97_7: f32 = v94_7 * l96_7;
    t97[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v97_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l91_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v92_8: f32 = acc2_0 + l91_8;
    let v93_8: f32 = 1.0f / (1.0f + exp(min(-v92_8, 88.0f)));
    let v94_8: f32 = v92_8 * v93_8;
    let l96_8: f32 = t95[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v97_8: f32 = v94_8 * l96_8;
    t97[(row0 + ty + 32i) * 64i + (col0 + tx)] = v97_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l91_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v92_9: f32 = acc2_1 + l91_9;
    let v93_9: f32 = 1.0f / (1.0f + exp(min(-v92_9, 88.0f)));
    let v94_9: f32 = v92_9 * v93_9;
    let l96_9: f32 = t95[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v97_9: f32 = v94_9 * l96_9;
    t97[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v97_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l91_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v92_10: f32 = acc2_2 + l91_10;
    let v93_10: f32 = 1.0f / (1.0f + exp(min(-v92_10, 88.0f)));
    let v94_10: f32 = v92_10 * v93_10;
    let l96_10: f32 = t95[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v97_10: f32 = v94_10 * l96_10;
    t97[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v97_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l91_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v92_11: f32 = acc2_3 + l91_11;
    let v93_11: f32 = 1.0f / (1.0f + exp(min(-v92_11, 88.0f)));
    let v94_11: f32 = v92_11 * v93_11;
    let l96_11: f32 = t95[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v97_11: f32 = v94_11 * l96_11;
    t97[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v97_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l91_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v92_12: f32 = acc3_0 + l91_12;
    let v93_12: f32 = 1.0f / (1.0f + exp(min(-v92_12, 88.0f)));
    let v94_12: f32 = v92_12 * v93_12;
    let l96_12: f32 = t95[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v97_12: f32 = v94_12 * l96_12;
    t97[(row0 + ty + 48i) * 64i + (col0 + tx)] = v97_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l91_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v92_13: f32 = acc3_1 + l91_13;
    let v93_13: f32 = 1.0f / (1.0f + exp(min(-v92_13, 88.0f)));
    let v94_13: f32 = v92_13 * v93_13;
    let l96_13: f32 = t95[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v97_13: f32 = v94_13 * l96_13;
    t97[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v97_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l91_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v92_14: f32 = acc3_2 + l91_14;
    let v93_14: f32 = 1.0f / (1.0f + exp(min(-v92_14, 88.0f)));
    let v94_14: f32 = v92_14 * v93_14;
    let l96_14: f32 = t95[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v97_14: f32 = v94_14 * l96_14;
    t97[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v97_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l91_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v92_15: f32 = acc3_3 + l91_15;
    let v93_15: f32 = 1.0f / (1.0f + exp(min(-v92_15, 88.0f)));
    let v94_15: f32 = v92_15 * v93_15;
    let l96_15: f32 = t95[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v97_15: f32 = v94_15 * l96_15;
    t97[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v97_15;
  }
}
