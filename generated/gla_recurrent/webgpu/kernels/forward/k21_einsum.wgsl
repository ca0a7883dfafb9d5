// kernel k21_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t140: array<f32>;
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
fn k21_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t132[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t132[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t132[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t132[(row0 + ty + 48i) * 16i + kA];
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
    let l135: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v136: f32 = acc0_0 + l135;
    let v137: f32 = -v136;
    let v138: f32 = max(v137, 0.0f) + loom_log1p(exp(-abs(v137)));
    let v139: f32 = -v138;
    let v140: f32 = v139 / 16.0f;
    t140[(row0 + ty) * 64i + (col0 + tx)] = v140;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l135_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v136_1: f32 = acc0_1 + l135_1;
    let v137_1: f32 = -v136_1;
    let v138_1: f32 = max(v137_1, 0.0f) + loom_log1p(exp(-abs(v137_1)));
    let v139_1: f32 = -v138_1;
    let v140_1: f32 = v139_1 / 16.0f;
    t140[(row0 + ty) * 64i + (col0 + tx) + 16i] = v140_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l135_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v136_2: f32 = acc0_2 + l135_2;
    let v137_2: f32 = -v136_2;
    let v138_2: f32 = max(v137_2, 0.0f) + loom_log1p(exp(-abs(v137_2)));
    let v139_2: f32 = -v138_2;
    let v140_2: f32 = v139_2 / 16.0f;
    t140[(row0 + ty) * 64i + (col0 + tx) + 32i] = v140_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l135_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v136_3: f32 = acc0_3 + l135_3;
    let v137_3: f32 = -v136_3;
    let v138_3: f32 = max(v137_3, 0.0f) + loom_log1p(exp(-abs(v137_3)));
    let v139_3: f32 = -v138_3;
    let v140_3: f32 = v139_3 / 16.0f;
    t140[(row0 + ty) * 64i + (col0 + tx) + 48i] = v140_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l135_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v136_4: f32 = acc1_0 + l135_4;
    let v137_4: f32 = -v136_4;
    let v138_4: f32 = max(v137_4, 0.0f) + loom_log1p(exp(-abs(v137_4)));
    let v139_4: f32 = -v138_4;
    let v140_4: f32 = v139_4 / 16.0f;
    t140[(row0 + ty + 16i) * 64i + (col0 + tx)] = v140_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l135_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v136_5: f32 = acc1_1 + l135_5;
    let v137_5: f32 = -v136_5;
    let v138_5: f32 = max(v137_5, 0.0f) + loom_log1p(exp(-abs(v137_5)));
    let v139_5: f32 = -v138_5;
    let v140_5: f32 = v139_5 / 16.0f;
    t140[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v140_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l135_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v136_6: f32 = acc1_2 + l135_6;
    let v137_6: f32 = -v136_6;
    let v138_6: f32 = max(v137_6, 0.0f) + loom_log1p(exp(-abs(v137_6)));
    let v139_6: f32 = -v138_6;
    let v140_6: f32 = v139_6 / 16.0f;
    t140[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v140_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l135_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v136_7: f32 = acc1_3 + l135_7;
    let v137_7: f32 = -v136_7;
    let v138_7: f32 = max(v137_7, 0.0f) + loom_log1p(exp(-abs(v137_7)));
    let v139_7: f32 = -v138_7;
    let v140_7: f32 = v139_7 / 16.0f;
    t140[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v140_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l135_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v136_8: f32 = acc2_0 + l135_8;
    let v137_8: f32 = -v136_8;
    let v138_8: f32 = max(v137_8, 0.0f) + loom_log1p(exp(-abs(v137_8)));
    let v139_8: f32 = -v138_8;
    let v140_8: f32 = v139_8 / 16.0f;
    t140[(row0 + ty + 32i) * 64i + (col0 + tx)] = v140_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l135_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v136_9: f32 = acc2_1 + l135_9;
    let v137_9: f32 = -v136_9;
    let v138_9: f32 = max(v137_9, 0.0f) + loom_log1p(exp(-abs(v137_9)));
    let v139_9: f32 = -v138_9;
    let v140_9: f32 = v139_9 / 16.0f;
    t140[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v140_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l135_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v136_10: f32 = acc2_2 + l135_10;
    let v137_10: f32 = -v136_10;
    let v138_10: f32 = max(v137_10, 0.0f) + loom_log1p(exp(-abs(v137_10)));
    let v139_10: f32 = -v138_10;
    let v140_10: f32 = v139_10 / 16.0f;
    t140[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v140_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l135_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v136_11: f32 = acc2_3 + l135_11;
    let v137_11: f32 = -v136_11;
    let v138_11: f32 = max(v137_11, 0.0f) + loom_log1p(exp(-abs(v137_11)));
    let v139_11: f32 = -v138_11;
    let v140_11: f32 = v139_11 / 16.0f;
    t140[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v140_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l135_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v136_12: f32 = acc3_0 + l135_12;
    let v137_12: f32 = -v136_12;
    let v138_12: f32 = max(v137_12, 0.0f) + loom_log1p(exp(-abs(v137_12)));
    let v139_12: f32 = -v138_12;
    let v140_12: f32 = v139_12 / 16.0f;
    t140[(row0 + ty + 48i) * 64i + (col0 + tx)] = v140_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l135_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v136_13: f32 = acc3_1 + l135_13;
    let v137_13: f32 = -v136_13;
    let v138_13: f32 = max(v137_13, 0.0f) + loom_log1p(exp(-abs(v137_13)));
    let v139_13: f32 = -v138_13;
    let v140_13: f32 = v139_13 / 16.0f;
    t140[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v140_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l135_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v136_14: f32 = acc3_2 + l135_14;
    let v137_14: f32 = -v136_14;
    let v138_14: f32 = max(v137_14, 0.0f) + loom_log1p(exp(-abs(v137_14)));
    let v139_14: f32 = -v138_14;
    let v140_14: f32 = v139_14 / 16.0f;
    t140[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v140_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l135_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v136_15: f32 = acc3_3 + l135_15;
    let v137_15: f32 = -v136_15;
    let v138_15: f32 = max(v137_15, 0.0f) + loom_log1p(exp(-abs(v137_15)));
    let v139_15: f32 = -v138_15;
    let v140_15: f32 = v139_15 / 16.0f;
    t140[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v140_15;
  }
}
