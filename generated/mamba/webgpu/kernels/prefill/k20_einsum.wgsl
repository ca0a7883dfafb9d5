// kernel k20_einsum (compiler/std/ssm.loom:53:22)
@group(0) @binding(0) var<storage, read> t147: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mixer_dt_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_dt_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t153: array<f32>;
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
  for (var t: i32 = 0i; t < 1i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 4i) {
      tileA[tx * 64i + ty] = t147[(row0 + ty) * 36i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 4i) {
      tileA[tx * 64i + ty + 16i] = t147[(row0 + ty + 16i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 4i) {
      tileA[tx * 64i + ty + 32i] = t147[(row0 + ty + 32i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 4i) {
      tileA[tx * 64i + ty + 48i] = t147[(row0 + ty + 48i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 4i && col0 + bN < 128i) {
      tileB[bRow * 64i + bN] = p_layers_1_mixer_dt_w[bK * 128i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 4i && col0 + bN < 128i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mixer_dt_w[(bK + 4i) * 128i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 4i && col0 + bN < 128i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mixer_dt_w[(bK + 8i) * 128i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 4i && col0 + bN < 128i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mixer_dt_w[(bK + 12i) * 128i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 128i) {
    let l151: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v152: f32 = acc0_0 + l151;
    let v153: f32 = max(v152, 0.0f) + loom_log1p(exp(-abs(v152)));
    t153[(row0 + ty) * 128i + (col0 + tx)] = v153;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 128i) {
    let l151_1: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v152_1: f32 = acc0_1 + l151_1;
    let v153_1: f32 = max(v152_1, 0.0f) + loom_log1p(exp(-abs(v152_1)));
    t153[(row0 + ty) * 128i + (col0 + tx) + 16i] = v153_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 128i) {
    let l151_2: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v152_2: f32 = acc0_2 + l151_2;
    let v153_2: f32 = max(v152_2, 0.0f) + loom_log1p(exp(-abs(v152_2)));
    t153[(row0 + ty) * 128i + (col0 + tx) + 32i] = v153_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 128i) {
    let l151_3: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v152_3: f32 = acc0_3 + l151_3;
    let v153_3: f32 = max(v152_3, 0.0f) + loom_log1p(exp(-abs(v152_3)));
    t153[(row0 + ty) * 128i + (col0 + tx) + 48i] = v153_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 128i) {
    let l151_4: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v152_4: f32 = acc1_0 + l151_4;
    let v153_4: f32 = max(v152_4, 0.0f) + loom_log1p(exp(-abs(v152_4)));
    t153[(row0 + ty + 16i) * 128i + (col0 + tx)] = v153_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 128i) {
    let l151_5: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v152_5: f32 = acc1_1 + l151_5;
    let v153_5: f32 = max(v152_5, 0.0f) + loom_log1p(exp(-abs(v152_5)));
    t153[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v153_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 128i) {
    let l151_6: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v152_6: f32 = acc1_2 + l151_6;
    let v153_6: f32 = max(v152_6, 0.0f) + loom_log1p(exp(-abs(v152_6)));
    t153[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v153_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 128i) {
    let l151_7: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v152_7: f32 = acc1_3 + l151_7;
    let v153_7: f32 = max(v152_7, 0.0f) + loom_log1p(exp(-abs(v152_7)));
    t153[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v153_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 128i) {
    let l151_8: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v152_8: f32 = acc2_0 + l151_8;
    let v153_8: f32 = max(v152_8, 0.0f) + loom_log1p(exp(-abs(v152_8)));
    t153[(row0 + ty + 32i) * 128i + (col0 + tx)] = v153_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 128i) {
    let l151_9: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v152_9: f32 = acc2_1 + l151_9;
    let v153_9: f32 = max(v152_9, 0.0f) + loom_log1p(exp(-abs(v152_9)));
    t153[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v153_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 128i) {
    let l151_10: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v152_10: f32 = acc2_2 + l151_10;
    let v153_10: f32 = max(v152_10, 0.0f) + loom_log1p(exp(-abs(v152_10)));
    t153[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v153_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 128i) {
    let l151_11: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v152_11: f32 = acc2_3 + l151_11;
    let v153_11: f32 = max(v152_11, 0.0f) + loom_log1p(exp(-abs(v152_11)));
    t153[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v153_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 128i) {
    let l151_12: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v152_12: f32 = acc3_0 + l151_12;
    let v153_12: f32 = max(v152_12, 0.0f) + loom_log1p(exp(-abs(v152_12)));
    t153[(row0 + ty + 48i) * 128i + (col0 + tx)] = v153_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 128i) {
    let l151_13: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v152_13: f32 = acc3_1 + l151_13;
    let v153_13: f32 = max(v152_13, 0.0f) + loom_log1p(exp(-abs(v152_13)));
    t153[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v153_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 128i) {
    let l151_14: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v152_14: f32 = acc3_2 + l151_14;
    let v153_14: f32 = max(v152_14, 0.0f) + loom_log1p(exp(-abs(v152_14)));
    t153[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v153_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 128i) {
    let l151_15: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v152_15: f32 = acc3_3 + l151_15;
    let v153_15: f32 = max(v152_15, 0.0f) + loom_log1p(exp(-abs(v152_15)));
    t153[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v153_15;
  }
}
