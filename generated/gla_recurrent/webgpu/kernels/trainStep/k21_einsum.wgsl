// kernel k21_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t134: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t139: array<f32>;
@group(0) @binding(4) var<storage, read_write> t142: array<f32>;
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
    if (row0 + ty < 1024i && kA < 16i) {
      tileA[tx * 64i + ty] = t134[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t134[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t134[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t134[(row0 + ty + 48i) * 16i + kA];
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
    let l137: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v138: f32 = acc0_0 + l137;
    let v139: f32 = -v138;
    t139[(row0 + ty) * 64i + (col0 + tx)] = v139;
    let v140: f32 = max(v139, 0.0f) + loom_log1p(exp(-abs(v139)));
    let v141: f32 = -v140;
    let v142: f32 = v141 / 16.0f;
    t142[(row0 + ty) * 64i + (col0 + tx)] = v142;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l137_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v138_1: f32 = acc0_1 + l137_1;
    let v139_1: f32 = -v138_1;
    t139[(row0 + ty) * 64i + (col0 + tx) + 16i] = v139_1;
    let v140_1: f32 = max(v139_1, 0.0f) + loom_log1p(exp(-abs(v139_1)));
    let v141_1: f32 = -v140_1;
    let v142_1: f32 = v141_1 / 16.0f;
    t142[(row0 + ty) * 64i + (col0 + tx) + 16i] = v142_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l137_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v138_2: f32 = acc0_2 + l137_2;
    let v139_2: f32 = -v138_2;
    t139[(row0 + ty) * 64i + (col0 + tx) + 32i] = v139_2;
    let v140_2: f32 = max(v139_2, 0.0f) + loom_log1p(exp(-abs(v139_2)));
    let v141_2: f32 = -v140_2;
    let v142_2: f32 = v141_2 / 16.0f;
    t142[(row0 + ty) * 64i + (col0 + tx) + 32i] = v142_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l137_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v138_3: f32 = acc0_3 + l137_3;
    let v139_3: f32 = -v138_3;
    t139[(row0 + ty) * 64i + (col0 + tx) + 48i] = v139_3;
    let v140_3: f32 = max(v139_3, 0.0f) + loom_log1p(exp(-abs(v139_3)));
    let v141_3: f32 = -v140_3;
    let v142_3: f32 = v141_3 / 16.0f;
    t142[(row0 + ty) * 64i + (col0 + tx) + 48i] = v142_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l137_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v138_4: f32 = acc1_0 + l137_4;
    let v139_4: f32 = -v138_4;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx)] = v139_4;
    let v140_4: f32 = max(v139_4, 0.0f) + loom_log1p(exp(-abs(v139_4)));
    let v141_4: f32 = -v140_4;
    let v142_4: f32 = v141_4 / 16.0f;
    t142[(row0 + ty + 16i) * 64i + (col0 + tx)] = v142_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l137_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v138_5: f32 = acc1_1 + l137_5;
    let v139_5: f32 = -v138_5;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v139_5;
    let v140_5: f32 = max(v139_5, 0.0f) + loom_log1p(exp(-abs(v139_5)));
    let v141_5: f32 = -v140_5;
    let v142_5: f32 = v141_5 / 16.0f;
    t142[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v142_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l137_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v138_6: f32 = acc1_2 + l137_6;
    let v139_6: f32 = -v138_6;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v139_6;
    let v140_6: f32 = max(v139_6, 0.0f) + loom_log1p(exp(-abs(v139_6)));
    let v141_6: f32 = -v140_6;
    let v142_6: f32 = v141_6 / 16.0f;
    t142[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v142_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l137_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v138_7: f32 = acc1_3 + l137_7;
    let v139_7: f32 = -v138_7;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v139_7;
    let v140_7: f32 = max(v139_7, 0.0f) + loom_log1p(exp(-abs(v139_7)));
    let v141_7: f32 = -v140_7;
    let v142_7: f32 = v141_7 / 16.0f;
    t142[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v142_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l137_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v138_8: f32 = acc2_0 + l137_8;
    let v139_8: f32 = -v138_8;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx)] = v139_8;
    let v140_8: f32 = max(v139_8, 0.0f) + loom_log1p(exp(-abs(v139_8)));
    let v141_8: f32 = -v140_8;
    let v142_8: f32 = v141_8 / 16.0f;
    t142[(row0 + ty + 32i) * 64i + (col0 + tx)] = v142_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l137_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v138_9: f32 = acc2_1 + l137_9;
    let v139_9: f32 = -v138_9;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v139_9;
    let v140_9: f32 = max(v139_9, 0.0f) + loom_log1p(exp(-abs(v139_9)));
    let v141_9: f32 = -v140_9;
    let v142_9: f32 = v141_9 / 16.0f;
    t142[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v142_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l137_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v138_10: f32 = acc2_2 + l137_10;
    let v139_10: f32 = -v138_10;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v139_10;
    let v140_10: f32 = max(v139_10, 0.0f) + loom_log1p(exp(-abs(v139_10)));
    let v141_10: f32 = -v140_10;
    let v142_10: f32 = v141_10 / 16.0f;
    t142[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v142_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l137_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v138_11: f32 = acc2_3 + l137_11;
    let v139_11: f32 = -v138_11;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v139_11;
    let v140_11: f32 = max(v139_11, 0.0f) + loom_log1p(exp(-abs(v139_11)));
    let v141_11: f32 = -v140_11;
    let v142_11: f32 = v141_11 / 16.0f;
    t142[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v142_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l137_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v138_12: f32 = acc3_0 + l137_12;
    let v139_12: f32 = -v138_12;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx)] = v139_12;
    let v140_12: f32 = max(v139_12, 0.0f) + loom_log1p(exp(-abs(v139_12)));
    let v141_12: f32 = -v140_12;
    let v142_12: f32 = v141_12 / 16.0f;
    t142[(row0 + ty + 48i) * 64i + (col0 + tx)] = v142_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l137_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v138_13: f32 = acc3_1 + l137_13;
    let v139_13: f32 = -v138_13;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v139_13;
    let v140_13: f32 = max(v139_13, 0.0f) + loom_log1p(exp(-abs(v139_13)));
    let v141_13: f32 = -v140_13;
    let v142_13: f32 = v141_13 / 16.0f;
    t142[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v142_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l137_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v138_14: f32 = acc3_2 + l137_14;
    let v139_14: f32 = -v138_14;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v139_14;
    let v140_14: f32 = max(v139_14, 0.0f) + loom_log1p(exp(-abs(v139_14)));
    let v141_14: f32 = -v140_14;
    let v142_14: f32 = v141_14 / 16.0f;
    t142[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v142_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l137_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v138_15: f32 = acc3_3 + l137_15;
    let v139_15: f32 = -v138_15;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v139_15;
    let v140_15: f32 = max(v139_15, 0.0f) + loom_log1p(exp(-abs(v139_15)));
    let v141_15: f32 = -v140_15;
    let v142_15: f32 = v141_15 / 16.0f;
    t142[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v142_15;
  }
}
