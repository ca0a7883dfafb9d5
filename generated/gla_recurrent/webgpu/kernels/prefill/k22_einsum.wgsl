// kernel k22_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t136: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t144: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
fn loom_log1p(x: f32) -> f32 {
  if (x < -0.5f || x > 1.0f) {
    return log(1.0f + x);
  }
  let s = x / (2.0f + x);
  let s2 = s * s;
  return 2.0f * s * (1.0f + s2 * (0.3333333333333333f + s2 * (0.2f + s2 * (0.14285714285714285f + s2 * (0.1111111111111111f + s2 * (0.09090909090909091f + s2 * (0.07692307692307693f + s2 * (0.06666666666666667f))))))));
}
@compute @workgroup_size(16, 16, 1)
fn k22_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 1i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 16i) {
      tileA[tx * 64i + ty] = t136[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t136[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t136[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t136[(row0 + ty + 48i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 16i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wa2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wa2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wa2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wa2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l139: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v140: f32 = acc0_0 + l139;
    let v141: f32 = -v140;
    let v142: f32 = max(v141, 0.0f) + loom_log1p(exp(-abs(v141)));
    let v143: f32 = -v142;
    let v144: f32 = v143 / 16.0f;
    t144[(row0 + ty) * 64i + (col0 + tx)] = v144;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l139_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v140_1: f32 = acc0_1 + l139_1;
    let v141_1: f32 = -v140_1;
    let v142_1: f32 = max(v141_1, 0.0f) + loom_log1p(exp(-abs(v141_1)));
    let v143_1: f32 = -v142_1;
    let v144_1: f32 = v143_1 / 16.0f;
    t144[(row0 + ty) * 64i + (col0 + tx) + 16i] = v144_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l139_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v140_2: f32 = acc0_2 + l139_2;
    let v141_2: f32 = -v140_2;
    let v142_2: f32 = max(v141_2, 0.0f) + loom_log1p(exp(-abs(v141_2)));
    let v143_2: f32 = -v142_2;
    let v144_2: f32 = v143_2 / 16.0f;
    t144[(row0 + ty) * 64i + (col0 + tx) + 32i] = v144_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l139_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v140_3: f32 = acc0_3 + l139_3;
    let v141_3: f32 = -v140_3;
    let v142_3: f32 = max(v141_3, 0.0f) + loom_log1p(exp(-abs(v141_3)));
    let v143_3: f32 = -v142_3;
    let v144_3: f32 = v143_3 / 16.0f;
    t144[(row0 + ty) * 64i + (col0 + tx) + 48i] = v144_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l139_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v140_4: f32 = acc1_0 + l139_4;
    let v141_4: f32 = -v140_4;
    let v142_4: f32 = max(v141_4, 0.0f) + loom_log1p(exp(-abs(v141_4)));
    let v143_4: f32 = -v142_4;
    let v144_4: f32 = v143_4 / 16.0f;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx)] = v144_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l139_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v140_5: f32 = acc1_1 + l139_5;
    let v141_5: f32 = -v140_5;
    let v142_5: f32 = max(v141_5, 0.0f) + loom_log1p(exp(-abs(v141_5)));
    let v143_5: f32 = -v142_5;
    let v144_5: f32 = v143_5 / 16.0f;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v144_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l139_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v140_6: f32 = acc1_2 + l139_6;
    let v141_6: f32 = -v140_6;
    let v142_6: f32 = max(v141_6, 0.0f) + loom_log1p(exp(-abs(v141_6)));
    let v143_6: f32 = -v142_6;
    let v144_6: f32 = v143_6 / 16.0f;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v144_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l139_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v140_7: f32 = acc1_3 + l139_7;
    let v141_7: f32 = -v140_7;
    let v142_7: f32 = max(v141_7, 0.0f) + loom_log1p(exp(-abs(v141_7)));
    let v143_7: f32 = -v142_7;
    let v144_7: f32 = v143_7 / 16.0f;
    t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v144_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l139_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v140_8: f32 = acc2_0 + l139_8;
    let v141_8: f32 = -v140_8;
    let v142_8: f32 = max(v141_8, 0.0f) + loom_log1p(exp(-abs(v141_8)));
    let v143_8: f32 = -v142_8;
    let v144_8: f32 = v143_8 / 16.0f;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx)] = v144_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l139_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v140_9: f32 = acc2_1 + l139_9;
    let v141_9: f32 = -v140_9;
    let v142_9: f32 = max(v141_9, 0.0f) + loom_log1p(exp(-abs(v141_9)));
    let v143_9: f32 = -v142_9;
    let v144_9: f32 = v143_9 / 16.0f;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v144_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l139_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v140_10: f32 = acc2_2 + l139_10;
    let v141_10: f32 = -v140_10;
    let v142_10: f32 = max(v141_10, 0.0f) + loom_log1p(exp(-abs(v141_10)));
    let v143_10: f32 = -v142_10;
    let v144_10: f32 = v143_10 / 16.0f;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v144_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l139_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v140_11: f32 = acc2_3 + l139_11;
    let v141_11: f32 = -v140_11;
    let v142_11: f32 = max(v141_11, 0.0f) + loom_log1p(exp(-abs(v141_11)));
    let v143_11: f32 = -v142_11;
    let v144_11: f32 = v143_11 / 16.0f;
    t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v144_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l139_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v140_12: f32 = acc3_0 + l139_12;
    let v141_12: f32 = -v140_12;
    let v142_12: f32 = max(v141_12, 0.0f) + loom_log1p(exp(-abs(v141_12)));
    let v143_12: f32 = -v142_12;
    let v144_12: f32 = v143_12 / 16.0f;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx)] = v144_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l139_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v140_13: f32 = acc3_1 + l139_13;
    let v141_13: f32 = -v140_13;
    let v142_13: f32 = max(v141_13, 0.0f) + loom_log1p(exp(-abs(v141_13)));
    let v143_13: f32 = -v142_13;
    let v144_13: f32 = v143_13 / 16.0f;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v144_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l139_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v140_14: f32 = acc3_2 + l139_14;
    let v141_14: f32 = -v140_14;
    let v142_14: f32 = max(v141_14, 0.0f) + loom_log1p(exp(-abs(v141_14)));
    let v143_14: f32 = -v142_14;
    let v144_14: f32 = v143_14 / 16.0f;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v144_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l139_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v140_15: f32 = acc3_3 + l139_15;
    let v141_15: f32 = -v140_15;
    let v142_15: f32 = max(v141_15, 0.0f) + loom_log1p(exp(-abs(v141_15)));
    let v143_15: f32 = -v142_15;
    let v144_15: f32 = v143_15 / 16.0f;
    t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v144_15;
  }
}
