// kernel k16_einsum (compiler/std/ssm.loom:53:22)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mixer_dt_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_mixer_dt_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t138: array<f32>;
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
fn k16_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t132[(row0 + ty) * 36i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 4i) {
      tileA[tx * 64i + ty + 16i] = t132[(row0 + ty + 16i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 4i) {
      tileA[tx * 64i + ty + 32i] = t132[(row0 + ty + 32i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 4i) {
      tileA[tx * 64i + ty + 48i] = t132[(row0 + ty + 48i) * 36i + kA];
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
    let l136: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v137: f32 = acc0_0 + l136;
    let v138: f32 = max(v137, 0.0f) + loom_log1p(exp(-abs(v137)));
    t138[(row0 + ty) * 128i + (col0 + tx)] = v138;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 128i) {
    let l136_1: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v137_1: f32 = acc0_1 + l136_1;
    let v138_1: f32 = max(v137_1, 0.0f) + loom_log1p(exp(-abs(v137_1)));
    t138[(row0 + ty) * 128i + (col0 + tx) + 16i] = v138_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 128i) {
    let l136_2: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v137_2: f32 = acc0_2 + l136_2;
    let v138_2: f32 = max(v137_2, 0.0f) + loom_log1p(exp(-abs(v137_2)));
    t138[(row0 + ty) * 128i + (col0 + tx) + 32i] = v138_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 128i) {
    let l136_3: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v137_3: f32 = acc0_3 + l136_3;
    let v138_3: f32 = max(v137_3, 0.0f) + loom_log1p(exp(-abs(v137_3)));
    t138[(row0 + ty) * 128i + (col0 + tx) + 48i] = v138_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 128i) {
    let l136_4: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v137_4: f32 = acc1_0 + l136_4;
    let v138_4: f32 = max(v137_4, 0.0f) + loom_log1p(exp(-abs(v137_4)));
    t138[(row0 + ty + 16i) * 128i + (col0 + tx)] = v138_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 128i) {
    let l136_5: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v137_5: f32 = acc1_1 + l136_5;
    let v138_5: f32 = max(v137_5, 0.0f) + loom_log1p(exp(-abs(v137_5)));
    t138[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v138_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 128i) {
    let l136_6: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v137_6: f32 = acc1_2 + l136_6;
    let v138_6: f32 = max(v137_6, 0.0f) + loom_log1p(exp(-abs(v137_6)));
    t138[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v138_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 128i) {
    let l136_7: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v137_7: f32 = acc1_3 + l136_7;
    let v138_7: f32 = max(v137_7, 0.0f) + loom_log1p(exp(-abs(v137_7)));
    t138[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v138_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 128i) {
    let l136_8: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v137_8: f32 = acc2_0 + l136_8;
    let v138_8: f32 = max(v137_8, 0.0f) + loom_log1p(exp(-abs(v137_8)));
    t138[(row0 + ty + 32i) * 128i + (col0 + tx)] = v138_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 128i) {
    let l136_9: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v137_9: f32 = acc2_1 + l136_9;
    let v138_9: f32 = max(v137_9, 0.0f) + loom_log1p(exp(-abs(v137_9)));
    t138[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v138_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 128i) {
    let l136_10: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v137_10: f32 = acc2_2 + l136_10;
    let v138_10: f32 = max(v137_10, 0.0f) + loom_log1p(exp(-abs(v137_10)));
    t138[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v138_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 128i) {
    let l136_11: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v137_11: f32 = acc2_3 + l136_11;
    let v138_11: f32 = max(v137_11, 0.0f) + loom_log1p(exp(-abs(v137_11)));
    t138[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v138_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 128i) {
    let l136_12: f32 = p_layers_1_mixer_dt_b[col0 + tx];
    let v137_12: f32 = acc3_0 + l136_12;
    let v138_12: f32 = max(v137_12, 0.0f) + loom_log1p(exp(-abs(v137_12)));
    t138[(row0 + ty + 48i) * 128i + (col0 + tx)] = v138_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 128i) {
    let l136_13: f32 = p_layers_1_mixer_dt_b[col0 + tx + 16i];
    let v137_13: f32 = acc3_1 + l136_13;
    let v138_13: f32 = max(v137_13, 0.0f) + loom_log1p(exp(-abs(v137_13)));
    t138[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v138_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 128i) {
    let l136_14: f32 = p_layers_1_mixer_dt_b[col0 + tx + 32i];
    let v137_14: f32 = acc3_2 + l136_14;
    let v138_14: f32 = max(v137_14, 0.0f) + loom_log1p(exp(-abs(v137_14)));
    t138[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v138_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 128i) {
    let l136_15: f32 = p_layers_1_mixer_dt_b[col0 + tx + 48i];
    let v137_15: f32 = acc3_3 + l136_15;
    let v138_15: f32 = max(v137_15, 0.0f) + loom_log1p(exp(-abs(v137_15)));
    t138[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v138_15;
  }
}
