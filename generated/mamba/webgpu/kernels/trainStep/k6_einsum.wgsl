// kernel k6_einsum (compiler/std/ssm.loom:53:22)
@group(0) @binding(0) var<storage, read> t70: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mixer_dt_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_mixer_dt_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t75: array<f32>;
@group(0) @binding(4) var<storage, read_write> t76: array<f32>;
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
fn k6_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 4i) {
      tileA[tx * 64i + ty] = t70[(row0 + ty) * 36i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 4i) {
      tileA[tx * 64i + ty + 16i] = t70[(row0 + ty + 16i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 4i) {
      tileA[tx * 64i + ty + 32i] = t70[(row0 + ty + 32i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 4i) {
      tileA[tx * 64i + ty + 48i] = t70[(row0 + ty + 48i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 4i && col0 + bN < 128i) {
      tileB[bRow * 64i + bN] = p_layers_0_mixer_dt_w[bK * 128i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 4i && col0 + bN < 128i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mixer_dt_w[(bK + 4i) * 128i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 4i && col0 + bN < 128i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mixer_dt_w[(bK + 8i) * 128i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 4i && col0 + bN < 128i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mixer_dt_w[(bK + 12i) * 128i + (col0 + bN)];
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
  if (row0 + ty < 1024i && col0 + tx < 128i) {
    let l74: f32 = p_layers_0_mixer_dt_b[col0 + tx];
    let v75: f32 = acc0_0 + l74;
    t75[(row0 + ty) * 128i + (col0 + tx)] = v75;
    let v76: f32 = max(v75, 0.0f) + loom_log1p(exp(-abs(v75)));
    t76[(row0 + ty) * 128i + (col0 + tx)] = v76;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 128i) {
    let l74_1: f32 = p_layers_0_mixer_dt_b[col0 + tx + 16i];
    let v75_1: f32 = acc0_1 + l74_1;
    t75[(row0 + ty) * 128i + (col0 + tx) + 16i] = v75_1;
    let v76_1: f32 = max(v75_1, 0.0f) + loom_log1p(exp(-abs(v75_1)));
    t76[(row0 + ty) * 128i + (col0 + tx) + 16i] = v76_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 128i) {
    let l74_2: f32 = p_layers_0_mixer_dt_b[col0 + tx + 32i];
    let v75_2: f32 = acc0_2 + l74_2;
    t75[(row0 + ty) * 128i + (col0 + tx) + 32i] = v75_2;
    let v76_2: f32 = max(v75_2, 0.0f) + loom_log1p(exp(-abs(v75_2)));
    t76[(row0 + ty) * 128i + (col0 + tx) + 32i] = v76_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 128i) {
    let l74_3: f32 = p_layers_0_mixer_dt_b[col0 + tx + 48i];
    let v75_3: f32 = acc0_3 + l74_3;
    t75[(row0 + ty) * 128i + (col0 + tx) + 48i] = v75_3;
    let v76_3: f32 = max(v75_3, 0.0f) + loom_log1p(exp(-abs(v75_3)));
    t76[(row0 + ty) * 128i + (col0 + tx) + 48i] = v76_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 128i) {
    let l74_4: f32 = p_layers_0_mixer_dt_b[col0 + tx];
    let v75_4: f32 = acc1_0 + l74_4;
    t75[(row0 + ty + 16i) * 128i + (col0 + tx)] = v75_4;
    let v76_4: f32 = max(v75_4, 0.0f) + loom_log1p(exp(-abs(v75_4)));
    t76[(row0 + ty + 16i) * 128i + (col0 + tx)] = v76_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 128i) {
    let l74_5: f32 = p_layers_0_mixer_dt_b[col0 + tx + 16i];
    let v75_5: f32 = acc1_1 + l74_5;
    t75[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v75_5;
    let v76_5: f32 = max(v75_5, 0.0f) + loom_log1p(exp(-abs(v75_5)));
    t76[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v76_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 128i) {
    let l74_6: f32 = p_layers_0_mixer_dt_b[col0 + tx + 32i];
    let v75_6: f32 = acc1_2 + l74_6;
    t75[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v75_6;
    let v76_6: f32 = max(v75_6, 0.0f) + loom_log1p(exp(-abs(v75_6)));
    t76[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v76_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 128i) {
    let l74_7: f32 = p_layers_0_mixer_dt_b[col0 + tx + 48i];
    let v75_7: f32 = acc1_3 + l74_7;
    t75[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v75_7;
    let v76_7: f32 = max(v75_7, 0.0f) + loom_log1p(exp(-abs(v75_7)));
    t76[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v76_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 128i) {
    let l74_8: f32 = p_layers_0_mixer_dt_b[col0 + tx];
    let v75_8: f32 = acc2_0 + l74_8;
    t75[(row0 + ty + 32i) * 128i + (col0 + tx)] = v75_8;
    let v76_8: f32 = max(v75_8, 0.0f) + loom_log1p(exp(-abs(v75_8)));
    t76[(row0 + ty + 32i) * 128i + (col0 + tx)] = v76_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 128i) {
    let l74_9: f32 = p_layers_0_mixer_dt_b[col0 + tx + 16i];
    let v75_9: f32 = acc2_1 + l74_9;
    t75[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v75_9;
    let v76_9: f32 = max(v75_9, 0.0f) + loom_log1p(exp(-abs(v75_9)));
    t76[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v76_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 128i) {
    let l74_10: f32 = p_layers_0_mixer_dt_b[col0 + tx + 32i];
    let v75_10: f32 = acc2_2 + l74_10;
    t75[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v75_10;
    let v76_10: f32 = max(v75_10, 0.0f) + loom_log1p(exp(-abs(v75_10)));
    t76[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v76_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 128i) {
    let l74_11: f32 = p_layers_0_mixer_dt_b[col0 + tx + 48i];
    let v75_11: f32 = acc2_3 + l74_11;
    t75[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v75_11;
    let v76_11: f32 = max(v75_11, 0.0f) + loom_log1p(exp(-abs(v75_11)));
    t76[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v76_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 128i) {
    let l74_12: f32 = p_layers_0_mixer_dt_b[col0 + tx];
    let v75_12: f32 = acc3_0 + l74_12;
    t75[(row0 + ty + 48i) * 128i + (col0 + tx)] = v75_12;
    let v76_12: f32 = max(v75_12, 0.0f) + loom_log1p(exp(-abs(v75_12)));
    t76[(row0 + ty + 48i) * 128i + (col0 + tx)] = v76_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 128i) {
    let l74_13: f32 = p_layers_0_mixer_dt_b[col0 + tx + 16i];
    let v75_13: f32 = acc3_1 + l74_13;
    t75[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v75_13;
    let v76_13: f32 = max(v75_13, 0.0f) + loom_log1p(exp(-abs(v75_13)));
    t76[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v76_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 128i) {
    let l74_14: f32 = p_layers_0_mixer_dt_b[col0 + tx + 32i];
    let v75_14: f32 = acc3_2 + l74_14;
    t75[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v75_14;
    let v76_14: f32 = max(v75_14, 0.0f) + loom_log1p(exp(-abs(v75_14)));
    t76[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v76_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 128i) {
    let l74_15: f32 = p_layers_0_mixer_dt_b[col0 + tx + 48i];
    let v75_15: f32 = acc3_3 + l74_15;
    t75[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v75_15;
    let v76_15: f32 = max(v75_15, 0.0f) + loom_log1p(exp(-abs(v75_15)));
    t76[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v76_15;
  }
}
