// kernel k20_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t46: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t146: array<f32>;
@group(0) @binding(4) var<storage, read_write> t148: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k20_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    let l142: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v143: f32 = acc0_0 + l142;
    let v144: f32 = 1.0f / (1.0f + exp(min(-v143, 88.0f)));
    let v145: f32 = v143 * v144;
    let l147: f32 = t146[(row0 + ty) * 64i + (col0 + tx)];
    let v148: f32 = v145 * l147;
    t148[(row0 + ty) * 64i + (col0 + tx)] = v148;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l142_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v143_1: f32 = acc0_1 + l142_1;
    let v144_1: f32 = 1.0f / (1.0f + exp(min(-v143_1, 88.0f)));
    let v145_1: f32 = v143_1 * v144_1;
    let l147_1: f32 = t146[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v148_1: f32 = v145_1 * l147_1;
    t148[(row0 + ty) * 64i + (col0 + tx) + 16i] = v148_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l142_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v143_2: f32 = acc0_2 + l142_2;
    let v144_2: f32 = 1.0f / (1.0f + exp(min(-v143_2, 88.0f)));
    let v145_2: f32 = v143_2 * v144_2;
    let l147_2: f32 = t146[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v148_2: f32 = v145_2 * l147_2;
    t148[(row0 + ty) * 64i + (col0 + tx) + 32i] = v148_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l142_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v143_3: f32 = acc0_3 + l142_3;
    let v144_3: f32 = 1.0f / (1.0f + exp(min(-v143_3, 88.0f)));
    let v145_3: f32 = v143_3 * v144_3;
    let l147_3: f32 = t146[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v148_3: f32 = v145_3 * l147_3;
    t148[(row0 + ty) * 64i + (col0 + tx) + 48i] = v148_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l142_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v143_4: f32 = acc1_0 + l142_4;
    let v144_4: f32 = 1.0f / (1.0f + exp(min(-v143_4, 88.0f)));
    let v145_4: f32 = v143_4 * v144_4;
    let l147_4: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v148_4: f32 = v145_4 * l147_4;
    t148[(row0 + ty + 16i) * 64i + (col0 + tx)] = v148_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l142_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v143_5: f32 = acc1_1 + l142_5;
    let v144_5: f32 = 1.0f / (1.0f + exp(min(-v143_5, 88.0f)));
    let v145_5: f32 = v143_5 * v144_5;
    let l147_5: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v148_5: f32 = v145_5 * l147_5;
    t148[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v148_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l142_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v143_6: f32 = acc1_2 + l142_6;
    let v144_6: f32 = 1.0f / (1.0f + exp(min(-v143_6, 88.0f)));
    let v145_6: f32 = v143_6 * v144_6;
    let l147_6: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v148_6: f32 = v145_6 * l147_6;
    t148[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v148_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l142_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v143_7: f32 = acc1_3 + l142_7;
    let v144_7: f32 = 1.0f / (1.0f + exp(min(-v143_7, 88.0f)));
    let v145_7: f32 = v143_7 * v144_7;
    let l147_7: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v148_7: f32 = v145_7 * l147_7;
    t148[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v148_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l142_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v143_8: f32 = acc2_0 + l142_8;
    let v144_8: f32 = 1.0f / (1.0f + exp(min(-v143_8, 88.0f)));
    let v145_8: f32 = v143_8 * v144_8;
    let l147_8: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v148_8: f32 = v145_8 * l147_8;
    t148[(row0 + ty + 32i) * 64i + (col0 + tx)] = v148_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l142_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v143_9: f32 = acc2_1 + l142_9;
    let v144_9: f32 = 1.0f / (1.0f + exp(min(-v143_9, 88.0f)));
    let v145_9: f32 = v143_9 * v144_9;
    let l147_9: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v148_9: f32 = v145_9 * l147_9;
    t148[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v148_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l142_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v143_10: f32 = acc2_2 + l142_10;
    let v144_10: f32 = 1.0f / (1.0f + exp(min(-v143_10, 88.0f)));
    let v145_10: f32 = v143_10 * v144_10;
    let l147_10: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v148_10: f32 = v145_10 * l147_10;
    t148[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v148_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l142_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v143_11: f32 = acc2_3 + l142_11;
    let v144_11: f32 = 1.0f / (1.0f + exp(min(-v143_11, 88.0f)));
    let v145_11: f32 = v143_11 * v144_11;
    let l147_11: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v148_11: f32 = v145_11 * l147_11;
    t148[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v148_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l142_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v143_12: f32 = acc3_0 + l142_12;
    let v144_12: f32 = 1.0f / (1.0f + exp(min(-v143_12, 88.0f)));
    let v145_12: f32 = v143_12 * v144_12;
    let l147_12: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v148_12: f32 = v145_12 * l147_12;
    t148[(row0 + ty + 48i) * 64i + (col0 + tx)] = v148_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l142_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v143_13: f32 = acc3_1 + l142_13;
    let v144_13: f32 = 1.0f / (1.0f + exp(min(-v143_13, 88.0f)));
    let v145_13: f32 = v143_13 * v144_13;
    let l147_13: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v148_13: f32 = v145_13 * l147_13;
    t148[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v148_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l142_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v143_14: f32 = acc3_2 + l142_14;
    let v144_14: f32 = 1.0f / (1.0f + exp(min(-v143_14, 88.0f)));
    let v145_14: f32 = v143_14 * v144_14;
    let l147_14: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v148_14: f32 = v145_14 * l147_14;
    t148[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v148_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l142_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v143_15: f32 = acc3_3 + l142_15;
    let v144_15: f32 = 1.0f / (1.0f + exp(min(-v143_15, 88.0f)));
    let v145_15: f32 = v143_15 * v144_15;
    let l147_15: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v148_15: f32 = v145_15 * l147_15;
    t148[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v148_15;
  }
}
