// kernel k31_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t189: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t194: array<f32>;
@group(0) @binding(4) var<storage, read_write> t197: array<f32>;
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
fn k31_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 16i) {
      tileA[tx * 64i + ty] = t189[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t189[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t189[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t189[(row0 + ty + 48i) * 16i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l192: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v193: f32 = acc0_0 + l192;
    let v194: f32 = -v193;
    t194[(row0 + ty) * 64i + (col0 + tx)] = v194;
    let v195: f32 = max(v194, 0.0f) + loom_log1p(exp(-abs(v194)));
    let v196: f32 = -v195;
    let v197: f32 = v196 / 16.0f;
    t197[(row0 + ty) * 64i + (col0 + tx)] = v197;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l192_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v193_1: f32 = acc0_1 + l192_1;
    let v194_1: f32 = -v193_1;
    t194[(row0 + ty) * 64i + (col0 + tx) + 16i] = v194_1;
    let v195_1: f32 = max(v194_1, 0.0f) + loom_log1p(exp(-abs(v194_1)));
    let v196_1: f32 = -v195_1;
    let v197_1: f32 = v196_1 / 16.0f;
    t197[(row0 + ty) * 64i + (col0 + tx) + 16i] = v197_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l192_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v193_2: f32 = acc0_2 + l192_2;
    let v194_2: f32 = -v193_2;
    t194[(row0 + ty) * 64i + (col0 + tx) + 32i] = v194_2;
    let v195_2: f32 = max(v194_2, 0.0f) + loom_log1p(exp(-abs(v194_2)));
    let v196_2: f32 = -v195_2;
    let v197_2: f32 = v196_2 / 16.0f;
    t197[(row0 + ty) * 64i + (col0 + tx) + 32i] = v197_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l192_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v193_3: f32 = acc0_3 + l192_3;
    let v194_3: f32 = -v193_3;
    t194[(row0 + ty) * 64i + (col0 + tx) + 48i] = v194_3;
    let v195_3: f32 = max(v194_3, 0.0f) + loom_log1p(exp(-abs(v194_3)));
    let v196_3: f32 = -v195_3;
    let v197_3: f32 = v196_3 / 16.0f;
    t197[(row0 + ty) * 64i + (col0 + tx) + 48i] = v197_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l192_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v193_4: f32 = acc1_0 + l192_4;
    let v194_4: f32 = -v193_4;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx)] = v194_4;
    let v195_4: f32 = max(v194_4, 0.0f) + loom_log1p(exp(-abs(v194_4)));
    let v196_4: f32 = -v195_4;
    let v197_4: f32 = v196_4 / 16.0f;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx)] = v197_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l192_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v193_5: f32 = acc1_1 + l192_5;
    let v194_5: f32 = -v193_5;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v194_5;
    let v195_5: f32 = max(v194_5, 0.0f) + loom_log1p(exp(-abs(v194_5)));
    let v196_5: f32 = -v195_5;
    let v197_5: f32 = v196_5 / 16.0f;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v197_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l192_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v193_6: f32 = acc1_2 + l192_6;
    let v194_6: f32 = -v193_6;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v194_6;
    let v195_6: f32 = max(v194_6, 0.0f) + loom_log1p(exp(-abs(v194_6)));
    let v196_6: f32 = -v195_6;
    let v197_6: f32 = v196_6 / 16.0f;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v197_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l192_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v193_7: f32 = acc1_3 + l192_7;
    let v194_7: f32 = -v193_7;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v194_7;
    let v195_7: f32 = max(v194_7, 0.0f) + loom_log1p(exp(-abs(v194_7)));
    let v196_7: f32 = -v195_7;
    let v197_7: f32 = v196_7 / 16.0f;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v197_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l192_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v193_8: f32 = acc2_0 + l192_8;
    let v194_8: f32 = -v193_8;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx)] = v194_8;
    let v195_8: f32 = max(v194_8, 0.0f) + loom_log1p(exp(-abs(v194_8)));
    let v196_8: f32 = -v195_8;
    let v197_8: f32 = v196_8 / 16.0f;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx)] = v197_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l192_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v193_9: f32 = acc2_1 + l192_9;
    let v194_9: f32 = -v193_9;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v194_9;
    let v195_9: f32 = max(v194_9, 0.0f) + loom_log1p(exp(-abs(v194_9)));
    let v196_9: f32 = -v195_9;
    let v197_9: f32 = v196_9 / 16.0f;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v197_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l192_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v193_10: f32 = acc2_2 + l192_10;
    let v194_10: f32 = -v193_10;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v194_10;
    let v195_10: f32 = max(v194_10, 0.0f) + loom_log1p(exp(-abs(v194_10)));
    let v196_10: f32 = -v195_10;
    let v197_10: f32 = v196_10 / 16.0f;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v197_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l192_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v193_11: f32 = acc2_3 + l192_11;
    let v194_11: f32 = -v193_11;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v194_11;
    let v195_11: f32 = max(v194_11, 0.0f) + loom_log1p(exp(-abs(v194_11)));
    let v196_11: f32 = -v195_11;
    let v197_11: f32 = v196_11 / 16.0f;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v197_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l192_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v193_12: f32 = acc3_0 + l192_12;
    let v194_12: f32 = -v193_12;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx)] = v194_12;
    let v195_12: f32 = max(v194_12, 0.0f) + loom_log1p(exp(-abs(v194_12)));
    let v196_12: f32 = -v195_12;
    let v197_12: f32 = v196_12 / 16.0f;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx)] = v197_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l192_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v193_13: f32 = acc3_1 + l192_13;
    let v194_13: f32 = -v193_13;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v194_13;
    let v195_13: f32 = max(v194_13, 0.0f) + loom_log1p(exp(-abs(v194_13)));
    let v196_13: f32 = -v195_13;
    let v197_13: f32 = v196_13 / 16.0f;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v197_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l192_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v193_14: f32 = acc3_2 + l192_14;
    let v194_14: f32 = -v193_14;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v194_14;
    let v195_14: f32 = max(v194_14, 0.0f) + loom_log1p(exp(-abs(v194_14)));
    let v196_14: f32 = -v195_14;
    let v197_14: f32 = v196_14 / 16.0f;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v197_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l192_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v193_15: f32 = acc3_3 + l192_15;
    let v194_15: f32 = -v193_15;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v194_15;
    let v195_15: f32 = max(v194_15, 0.0f) + loom_log1p(exp(-abs(v194_15)));
    let v196_15: f32 = -v195_15;
    let v197_15: f32 = v196_15 / 16.0f;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v197_15;
  }
}
