// kernel k6_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t57: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t62: array<f32>;
@group(0) @binding(4) var<storage, read_write> t66: array<f32>;
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
    if (row0 + ty < 1024i && kA < 16i) {
      tileA[tx * 64i + ty] = t57[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t57[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t57[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t57[(row0 + ty + 48i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 16i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wa2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wa2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wa2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wa2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l60: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v61: f32 = acc0_0 + l60;
    let v62: f32 = -v61;
    t62[(row0 + ty) * 64i + (col0 + tx)] = v62;
    let v63: f32 = max(v62, 0.0f) + loom_log1p(exp(-abs(v62)));
    let v64: f32 = -v63;
    let v66: f32 = v64 / 16.0f;
    t66[(row0 + ty) * 64i + (col0 + tx)] = v66;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l60_1: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v61_1: f32 = acc0_1 + l60_1;
    let v62_1: f32 = -v61_1;
    t62[(row0 + ty) * 64i + (col0 + tx) + 16i] = v62_1;
    let v63_1: f32 = max(v62_1, 0.0f) + loom_log1p(exp(-abs(v62_1)));
    let v64_1: f32 = -v63_1;
    let v66_1: f32 = v64_1 / 16.0f;
    t66[(row0 + ty) * 64i + (col0 + tx) + 16i] = v66_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l60_2: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v61_2: f32 = acc0_2 + l60_2;
    let v62_2: f32 = -v61_2;
    t62[(row0 + ty) * 64i + (col0 + tx) + 32i] = v62_2;
    let v63_2: f32 = max(v62_2, 0.0f) + loom_log1p(exp(-abs(v62_2)));
    let v64_2: f32 = -v63_2;
    let v66_2: f32 = v64_2 / 16.0f;
    t66[(row0 + ty) * 64i + (col0 + tx) + 32i] = v66_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l60_3: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v61_3: f32 = acc0_3 + l60_3;
    let v62_3: f32 = -v61_3;
    t62[(row0 + ty) * 64i + (col0 + tx) + 48i] = v62_3;
    let v63_3: f32 = max(v62_3, 0.0f) + loom_log1p(exp(-abs(v62_3)));
    let v64_3: f32 = -v63_3;
    let v66_3: f32 = v64_3 / 16.0f;
    t66[(row0 + ty) * 64i + (col0 + tx) + 48i] = v66_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l60_4: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v61_4: f32 = acc1_0 + l60_4;
    let v62_4: f32 = -v61_4;
    t62[(row0 + ty + 16i) * 64i + (col0 + tx)] = v62_4;
    let v63_4: f32 = max(v62_4, 0.0f) + loom_log1p(exp(-abs(v62_4)));
    let v64_4: f32 = -v63_4;
    let v66_4: f32 = v64_4 / 16.0f;
    t66[(row0 + ty + 16i) * 64i + (col0 + tx)] = v66_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l60_5: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v61_5: f32 = acc1_1 + l60_5;
    let v62_5: f32 = -v61_5;
    t62[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v62_5;
    let v63_5: f32 = max(v62_5, 0.0f) + loom_log1p(exp(-abs(v62_5)));
    let v64_5: f32 = -v63_5;
    let v66_5: f32 = v64_5 / 16.0f;
    t66[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v66_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l60_6: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v61_6: f32 = acc1_2 + l60_6;
    let v62_6: f32 = -v61_6;
    t62[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v62_6;
    let v63_6: f32 = max(v62_6, 0.0f) + loom_log1p(exp(-abs(v62_6)));
    let v64_6: f32 = -v63_6;
    let v66_6: f32 = v64_6 / 16.0f;
    t66[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v66_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l60_7: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v61_7: f32 = acc1_3 + l60_7;
    let v62_7: f32 = -v61_7;
    t62[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v62_7;
    let v63_7: f32 = max(v62_7, 0.0f) + loom_log1p(exp(-abs(v62_7)));
    let v64_7: f32 = -v63_7;
    let v66_7: f32 = v64_7 / 16.0f;
    t66[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v66_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l60_8: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v61_8: f32 = acc2_0 + l60_8;
    let v62_8: f32 = -v61_8;
    t62[(row0 + ty + 32i) * 64i + (col0 + tx)] = v62_8;
    let v63_8: f32 = max(v62_8, 0.0f) + loom_log1p(exp(-abs(v62_8)));
    let v64_8: f32 = -v63_8;
    let v66_8: f32 = v64_8 / 16.0f;
    t66[(row0 + ty + 32i) * 64i + (col0 + tx)] = v66_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l60_9: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v61_9: f32 = acc2_1 + l60_9;
    let v62_9: f32 = -v61_9;
    t62[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v62_9;
    let v63_9: f32 = max(v62_9, 0.0f) + loom_log1p(exp(-abs(v62_9)));
    let v64_9: f32 = -v63_9;
    let v66_9: f32 = v64_9 / 16.0f;
    t66[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v66_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l60_10: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v61_10: f32 = acc2_2 + l60_10;
    let v62_10: f32 = -v61_10;
    t62[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v62_10;
    let v63_10: f32 = max(v62_10, 0.0f) + loom_log1p(exp(-abs(v62_10)));
    let v64_10: f32 = -v63_10;
    let v66_10: f32 = v64_10 / 16.0f;
    t66[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v66_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l60_11: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v61_11: f32 = acc2_3 + l60_11;
    let v62_11: f32 = -v61_11;
    t62[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v62_11;
    let v63_11: f32 = max(v62_11, 0.0f) + loom_log1p(exp(-abs(v62_11)));
    let v64_11: f32 = -v63_11;
    let v66_11: f32 = v64_11 / 16.0f;
    t66[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v66_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l60_12: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v61_12: f32 = acc3_0 + l60_12;
    let v62_12: f32 = -v61_12;
    t62[(row0 + ty + 48i) * 64i + (col0 + tx)] = v62_12;
    let v63_12: f32 = max(v62_12, 0.0f) + loom_log1p(exp(-abs(v62_12)));
    let v64_12: f32 = -v63_12;
    let v66_12: f32 = v64_12 / 16.0f;
    t66[(row0 + ty + 48i) * 64i + (col0 + tx)] = v66_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l60_13: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v61_13: f32 = acc3_1 + l60_13;
    let v62_13: f32 = -v61_13;
    t62[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v62_13;
    let v63_13: f32 = max(v62_13, 0.0f) + loom_log1p(exp(-abs(v62_13)));
    let v64_13: f32 = -v63_13;
    let v66_13: f32 = v64_13 / 16.0f;
    t66[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v66_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l60_14: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v61_14: f32 = acc3_2 + l60_14;
    let v62_14: f32 = -v61_14;
    t62[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v62_14;
    let v63_14: f32 = max(v62_14, 0.0f) + loom_log1p(exp(-abs(v62_14)));
    let v64_14: f32 = -v63_14;
    let v66_14: f32 = v64_14 / 16.0f;
    t66[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v66_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l60_15: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v61_15: f32 = acc3_3 + l60_15;
    let v62_15: f32 = -v61_15;
    t62[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v62_15;
    let v63_15: f32 = max(v62_15, 0.0f) + loom_log1p(exp(-abs(v62_15)));
    let v64_15: f32 = -v63_15;
    let v66_15: f32 = v64_15 / 16.0f;
    t66[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v66_15;
  }
}
