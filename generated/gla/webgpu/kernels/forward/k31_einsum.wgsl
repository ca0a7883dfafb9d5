// kernel k31_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t188: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t196: array<f32>;
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
    if (row0 + ty < 64i && kA < 16i) {
      tileA[tx * 64i + ty] = t188[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t188[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t188[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t188[(row0 + ty + 48i) * 16i + kA];
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
    let l191: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v192: f32 = acc0_0 + l191;
    let v193: f32 = -v192;
    let v194: f32 = max(v193, 0.0f) + loom_log1p(exp(-abs(v193)));
    let v195: f32 = -v194;
    let v196: f32 = v195 / 16.0f;
    t196[(row0 + ty) * 64i + (col0 + tx)] = v196;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l191_1: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v192_1: f32 = acc0_1 + l191_1;
    let v193_1: f32 = -v192_1;
    let v194_1: f32 = max(v193_1, 0.0f) + loom_log1p(exp(-abs(v193_1)));
    let v195_1: f32 = -v194_1;
    let v196_1: f32 = v195_1 / 16.0f;
    t196[(row0 + ty) * 64i + (col0 + tx) + 16i] = v196_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l191_2: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v192_2: f32 = acc0_2 + l191_2;
    let v193_2: f32 = -v192_2;
    let v194_2: f32 = max(v193_2, 0.0f) + loom_log1p(exp(-abs(v193_2)));
    let v195_2: f32 = -v194_2;
    let v196_2: f32 = v195_2 / 16.0f;
    t196[(row0 + ty) * 64i + (col0 + tx) + 32i] = v196_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l191_3: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v192_3: f32 = acc0_3 + l191_3;
    let v193_3: f32 = -v192_3;
    let v194_3: f32 = max(v193_3, 0.0f) + loom_log1p(exp(-abs(v193_3)));
    let v195_3: f32 = -v194_3;
    let v196_3: f32 = v195_3 / 16.0f;
    t196[(row0 + ty) * 64i + (col0 + tx) + 48i] = v196_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l191_4: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v192_4: f32 = acc1_0 + l191_4;
    let v193_4: f32 = -v192_4;
    let v194_4: f32 = max(v193_4, 0.0f) + loom_log1p(exp(-abs(v193_4)));
    let v195_4: f32 = -v194_4;
    let v196_4: f32 = v195_4 / 16.0f;
    t196[(row0 + ty + 16i) * 64i + (col0 + tx)] = v196_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l191_5: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v192_5: f32 = acc1_1 + l191_5;
    let v193_5: f32 = -v192_5;
    let v194_5: f32 = max(v193_5, 0.0f) + loom_log1p(exp(-abs(v193_5)));
    let v195_5: f32 = -v194_5;
    let v196_5: f32 = v195_5 / 16.0f;
    t196[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v196_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l191_6: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v192_6: f32 = acc1_2 + l191_6;
    let v193_6: f32 = -v192_6;
    let v194_6: f32 = max(v193_6, 0.0f) + loom_log1p(exp(-abs(v193_6)));
    let v195_6: f32 = -v194_6;
    let v196_6: f32 = v195_6 / 16.0f;
    t196[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v196_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l191_7: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v192_7: f32 = acc1_3 + l191_7;
    let v193_7: f32 = -v192_7;
    let v194_7: f32 = max(v193_7, 0.0f) + loom_log1p(exp(-abs(v193_7)));
    let v195_7: f32 = -v194_7;
    let v196_7: f32 = v195_7 / 16.0f;
    t196[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v196_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l191_8: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v192_8: f32 = acc2_0 + l191_8;
    let v193_8: f32 = -v192_8;
    let v194_8: f32 = max(v193_8, 0.0f) + loom_log1p(exp(-abs(v193_8)));
    let v195_8: f32 = -v194_8;
    let v196_8: f32 = v195_8 / 16.0f;
    t196[(row0 + ty + 32i) * 64i + (col0 + tx)] = v196_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l191_9: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v192_9: f32 = acc2_1 + l191_9;
    let v193_9: f32 = -v192_9;
    let v194_9: f32 = max(v193_9, 0.0f) + loom_log1p(exp(-abs(v193_9)));
    let v195_9: f32 = -v194_9;
    let v196_9: f32 = v195_9 / 16.0f;
    t196[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v196_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l191_10: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v192_10: f32 = acc2_2 + l191_10;
    let v193_10: f32 = -v192_10;
    let v194_10: f32 = max(v193_10, 0.0f) + loom_log1p(exp(-abs(v193_10)));
    let v195_10: f32 = -v194_10;
    let v196_10: f32 = v195_10 / 16.0f;
    t196[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v196_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l191_11: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v192_11: f32 = acc2_3 + l191_11;
    let v193_11: f32 = -v192_11;
    let v194_11: f32 = max(v193_11, 0.0f) + loom_log1p(exp(-abs(v193_11)));
    let v195_11: f32 = -v194_11;
    let v196_11: f32 = v195_11 / 16.0f;
    t196[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v196_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l191_12: f32 = p_layers_1_attn_wa2_b[col0 + tx];
    let v192_12: f32 = acc3_0 + l191_12;
    let v193_12: f32 = -v192_12;
    let v194_12: f32 = max(v193_12, 0.0f) + loom_log1p(exp(-abs(v193_12)));
    let v195_12: f32 = -v194_12;
    let v196_12: f32 = v195_12 / 16.0f;
    t196[(row0 + ty + 48i) * 64i + (col0 + tx)] = v196_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l191_13: f32 = p_layers_1_attn_wa2_b[col0 + tx + 16i];
    let v192_13: f32 = acc3_1 + l191_13;
    let v193_13: f32 = -v192_13;
    let v194_13: f32 = max(v193_13, 0.0f) + loom_log1p(exp(-abs(v193_13)));
    let v195_13: f32 = -v194_13;
    let v196_13: f32 = v195_13 / 16.0f;
    t196[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v196_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l191_14: f32 = p_layers_1_attn_wa2_b[col0 + tx + 32i];
    let v192_14: f32 = acc3_2 + l191_14;
    let v193_14: f32 = -v192_14;
    let v194_14: f32 = max(v193_14, 0.0f) + loom_log1p(exp(-abs(v193_14)));
    let v195_14: f32 = -v194_14;
    let v196_14: f32 = v195_14 / 16.0f;
    t196[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v196_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l191_15: f32 = p_layers_1_attn_wa2_b[col0 + tx + 48i];
    let v192_15: f32 = acc3_3 + l191_15;
    let v193_15: f32 = -v192_15;
    let v194_15: f32 = max(v193_15, 0.0f) + loom_log1p(exp(-abs(v193_15)));
    let v195_15: f32 = -v194_15;
    let v196_15: f32 = v195_15 / 16.0f;
    t196[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v196_15;
  }
}
