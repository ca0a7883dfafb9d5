// kernel k20_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t47: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t144: array<f32>;
@group(0) @binding(4) var<storage, read_write> t145: array<f32>;
@group(0) @binding(5) var<storage, read_write> t146: array<f32>;
@group(0) @binding(6) var<storage, read> t147: array<f32>;
@group(0) @binding(7) var<storage, read_write> t149: array<f32>;
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
    let l143: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v144: f32 = acc0_0 + l143;
    t144[(row0 + ty) * 64i + (col0 + tx)] = v144;
    let v145: f32 = 1.0f / (1.0f + exp(min(-v144, 88.0f)));
    t145[(row0 + ty) * 64i + (col0 + tx)] = v145;
    let v146: f32 = v144 * v145;
    t146[(row0 + ty) * 64i + (col0 + tx)] = v146;
    let l148: f32 = t147[(row0 + ty) * 64i + (col0 + tx)];
    let v149: f32 = v146 * l148;
    t149[(row0 + ty) * 64i + (col0 + tx)] = v149;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l143_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v144_1: f32 = acc0_1 + l143_1;
    t144[(row0 + ty) * 64i + (col0 + tx) + 16i] = v144_1;
    let v145_1: f32 = 1.0f / (1.0f + exp(min(-v144_1, 88.0f)));
    t145[(row0 + ty) * 64i + (col0 + tx) + 16i] = v145_1;
    let v146_1: f32 = v144_1 * v145_1;
    t146[(row0 + ty) * 64i + (col0 + tx) + 16i] = v146_1;
    let l148_1: f32 = t147[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v149_1: f32 = v146_1 * l148_1;
    t149[(row0 + ty) * 64i + (col0 + tx) + 16i] = v149_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l143_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v144_2: f32 = acc0_2 + l143_2;
    t144[(row0 + ty) * 64i + (col0 + tx) + 32i] = v144_2;
    let v145_2: f32 = 1.0f / (1.0f + exp(min(-v144_2, 88.0f)));
    t145[(row0 + ty) * 64i + (col0 + tx) + 32i] = v145_2;
    let v146_2: f32 = v144_2 * v145_2;
    t146[(row0 + ty) * 64i + (col0 + tx) + 32i] = v146_2;
    let l148_2: f32 = t147[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v149_2: f32 = v146_2 * l148_2;
    t149[(row0 + ty) * 64i + (col0 + tx) + 32i] = v149_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l143_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v144_3: f32 = acc0_3 + l143_3;
    t144[(row0 + ty) * 64i + (col0 + tx) + 48i] = v144_3;
    let v145_3: f32 = 1.0f / (1.0f + exp(min(-v144_3, 88.0f)));
    t145[(row0 + ty) * 64i + (col0 + tx) + 48i] = v145_3;
    let v146_3: f32 = v144_3 * v145_3;
    t146[(row0 + ty) * 64i + (col0 + tx) + 48i] = v146_3;
    let l148_3: f32 = t147[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v149_3: f32 = v146_3 * l148_3;
    t149[(row0 + ty) * 64i + (col0 + tx) + 48i] = v149_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l143_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v144_4: f32 = acc1_0 + l143_4;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx)] = v144_4;
    let v145_4: f32 = 1.0f / (1.0f + exp(min(-v144_4, 88.0f)));
    t145[(row0 + ty + 16i) * 64i + (col0 + tx)] = v145_4;
    let v146_4: f32 = v144_4 * v145_4;
    t146[(row0 + ty + 16i) * 64i + (col0 + tx)] = v146_4;
    let l148_4: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v149_4: f32 = v146_4 * l148_4;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx)] = v149_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l143_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v144_5: f32 = acc1_1 + l143_5;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v144_5;
    let v145_5: f32 = 1.0f / (1.0f + exp(min(-v144_5, 88.0f)));
    t145[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v145_5;
    let v146_5: f32 = v144_5 * v145_5;
    t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v146_5;
    let l148_5: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v149_5: f32 = v146_5 * l148_5;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v149_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l143_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v144_6: f32 = acc1_2 + l143_6;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v144_6;
    let v145_6: f32 = 1.0f / (1.0f + exp(min(-v144_6, 88.0f)));
    t145[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v145_6;
    let v146_6: f32 = v144_6 * v145_6;
    t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v146_6;
    let l148_6: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v149_6: f32 = v146_6 * l148_6;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v149_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l143_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v144_7: f32 = acc1_3 + l143_7;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v144_7;
    let v145_7: f32 = 1.0f / (1.0f + exp(min(-v144_7, 88.0f)));
    t145[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v145_7;
    let v146_7: f32 = v144_7 * v145_7;
    t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v146_7;
    let l148_7: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v149_7: f32 = v146_7 * l148_7;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v149_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l143_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v144_8: f32 = acc2_0 + l143_8;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx)] = v144_8;
    let v145_8: f32 = 1.0f / (1.0f + exp(min(-v144_8, 88.0f)));
    t145[(row0 + ty + 32i) * 64i + (col0 + tx)] = v145_8;
    let v146_8: f32 = v144_8 * v145_8;
    t146[(row0 + ty + 32i) * 64i + (col0 + tx)] = v146_8;
    let l148_8: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v149_8: f32 = v146_8 * l148_8;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx)] = v149_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l143_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v144_9: f32 = acc2_1 + l143_9;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v144_9;
    let v145_9: f32 = 1.0f / (1.0f + exp(min(-v144_9, 88.0f)));
    t145[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v145_9;
    let v146_9: f32 = v144_9 * v145_9;
    t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v146_9;
    let l148_9: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v149_9: f32 = v146_9 * l148_9;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v149_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l143_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v144_10: f32 = acc2_2 + l143_10;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v144_10;
    let v145_10: f32 = 1.0f / (1.0f + exp(min(-v144_10, 88.0f)));
    t145[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v145_10;
    let v146_10: f32 = v144_10 * v145_10;
    t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v146_10;
    let l148_10: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v149_10: f32 = v146_10 * l148_10;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v149_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l143_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v144_11: f32 = acc2_3 + l143_11;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v144_11;
    let v145_11: f32 = 1.0f / (1.0f + exp(min(-v144_11, 88.0f)));
    t145[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v145_11;
    let v146_11: f32 = v144_11 * v145_11;
    t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v146_11;
    let l148_11: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v149_11: f32 = v146_11 * l148_11;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v149_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l143_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v144_12: f32 = acc3_0 + l143_12;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx)] = v144_12;
    let v145_12: f32 = 1.0f / (1.0f + exp(min(-v144_12, 88.0f)));
    t145[(row0 + ty + 48i) * 64i + (col0 + tx)] = v145_12;
    let v146_12: f32 = v144_12 * v145_12;
    t146[(row0 + ty + 48i) * 64i + (col0 + tx)] = v146_12;
    let l148_12: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v149_12: f32 = v146_12 * l148_12;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx)] = v149_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l143_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v144_13: f32 = acc3_1 + l143_13;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v144_13;
    let v145_13: f32 = 1.0f / (1.0f + exp(min(-v144_13, 88.0f)));
    t145[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v145_13;
    let v146_13: f32 = v144_13 * v145_13;
    t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v146_13;
    let l148_13: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v149_13: f32 = v146_13 * l148_13;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v149_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l143_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v144_14: f32 = acc3_2 + l143_14;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v144_14;
    let v145_14: f32 = 1.0f / (1.0f + exp(min(-v144_14, 88.0f)));
    t145[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v145_14;
    let v146_14: f32 = v144_14 * v145_14;
    t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v146_14;
    let l148_14: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v149_14: f32 = v146_14 * l148_14;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v149_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l143_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v144_15: f32 = acc3_3 + l143_15;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v144_15;
    let v145_15: f32 = 1.0f / (1.0f + exp(min(-v144_15, 88.0f)));
    t145[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v145_15;
    let v146_15: f32 = v144_15 * v145_15;
    t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v146_15;
    let l148_15: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v149_15: f32 = v146_15 * l148_15;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v149_15;
  }
}
