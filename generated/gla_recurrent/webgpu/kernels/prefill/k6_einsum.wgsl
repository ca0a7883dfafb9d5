// kernel k6_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t56: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t65: array<f32>;
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
    if (row0 + ty < 64i && kA < 16i) {
      tileA[tx * 64i + ty] = t56[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t56[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t56[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t56[(row0 + ty + 48i) * 16i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l59: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v60: f32 = acc0_0 + l59;
    let v61: f32 = -v60;
    let v62: f32 = max(v61, 0.0f) + loom_log1p(exp(-abs(v61)));
    let v63: f32 = -v62;
    let v65: f32 = v63 / 16.0f;
    t65[(row0 + ty) * 64i + (col0 + tx)] = v65;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l59_1: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v60_1: f32 = acc0_1 + l59_1;
    let v61_1: f32 = -v60_1;
    let v62_1: f32 = max(v61_1, 0.0f) + loom_log1p(exp(-abs(v61_1)));
    let v63_1: f32 = -v62_1;
    let v65_1: f32 = v63_1 / 16.0f;
    t65[(row0 + ty) * 64i + (col0 + tx) + 16i] = v65_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l59_2: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v60_2: f32 = acc0_2 + l59_2;
    let v61_2: f32 = -v60_2;
    let v62_2: f32 = max(v61_2, 0.0f) + loom_log1p(exp(-abs(v61_2)));
    let v63_2: f32 = -v62_2;
    let v65_2: f32 = v63_2 / 16.0f;
    t65[(row0 + ty) * 64i + (col0 + tx) + 32i] = v65_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l59_3: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v60_3: f32 = acc0_3 + l59_3;
    let v61_3: f32 = -v60_3;
    let v62_3: f32 = max(v61_3, 0.0f) + loom_log1p(exp(-abs(v61_3)));
    let v63_3: f32 = -v62_3;
    let v65_3: f32 = v63_3 / 16.0f;
    t65[(row0 + ty) * 64i + (col0 + tx) + 48i] = v65_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l59_4: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v60_4: f32 = acc1_0 + l59_4;
    let v61_4: f32 = -v60_4;
    let v62_4: f32 = max(v61_4, 0.0f) + loom_log1p(exp(-abs(v61_4)));
    let v63_4: f32 = -v62_4;
    let v65_4: f32 = v63_4 / 16.0f;
    t65[(row0 + ty + 16i) * 64i + (col0 + tx)] = v65_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l59_5: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v60_5: f32 = acc1_1 + l59_5;
    let v61_5: f32 = -v60_5;
    let v62_5: f32 = max(v61_5, 0.0f) + loom_log1p(exp(-abs(v61_5)));
    let v63_5: f32 = -v62_5;
    let v65_5: f32 = v63_5 / 16.0f;
    t65[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v65_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l59_6: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v60_6: f32 = acc1_2 + l59_6;
    let v61_6: f32 = -v60_6;
    let v62_6: f32 = max(v61_6, 0.0f) + loom_log1p(exp(-abs(v61_6)));
    let v63_6: f32 = -v62_6;
    let v65_6: f32 = v63_6 / 16.0f;
    t65[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v65_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l59_7: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v60_7: f32 = acc1_3 + l59_7;
    let v61_7: f32 = -v60_7;
    let v62_7: f32 = max(v61_7, 0.0f) + loom_log1p(exp(-abs(v61_7)));
    let v63_7: f32 = -v62_7;
    let v65_7: f32 = v63_7 / 16.0f;
    t65[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v65_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l59_8: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v60_8: f32 = acc2_0 + l59_8;
    let v61_8: f32 = -v60_8;
    let v62_8: f32 = max(v61_8, 0.0f) + loom_log1p(exp(-abs(v61_8)));
    let v63_8: f32 = -v62_8;
    let v65_8: f32 = v63_8 / 16.0f;
    t65[(row0 + ty + 32i) * 64i + (col0 + tx)] = v65_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l59_9: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v60_9: f32 = acc2_1 + l59_9;
    let v61_9: f32 = -v60_9;
    let v62_9: f32 = max(v61_9, 0.0f) + loom_log1p(exp(-abs(v61_9)));
    let v63_9: f32 = -v62_9;
    let v65_9: f32 = v63_9 / 16.0f;
    t65[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v65_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l59_10: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v60_10: f32 = acc2_2 + l59_10;
    let v61_10: f32 = -v60_10;
    let v62_10: f32 = max(v61_10, 0.0f) + loom_log1p(exp(-abs(v61_10)));
    let v63_10: f32 = -v62_10;
    let v65_10: f32 = v63_10 / 16.0f;
    t65[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v65_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l59_11: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v60_11: f32 = acc2_3 + l59_11;
    let v61_11: f32 = -v60_11;
    let v62_11: f32 = max(v61_11, 0.0f) + loom_log1p(exp(-abs(v61_11)));
    let v63_11: f32 = -v62_11;
    let v65_11: f32 = v63_11 / 16.0f;
    t65[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v65_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l59_12: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v60_12: f32 = acc3_0 + l59_12;
    let v61_12: f32 = -v60_12;
    let v62_12: f32 = max(v61_12, 0.0f) + loom_log1p(exp(-abs(v61_12)));
    let v63_12: f32 = -v62_12;
    let v65_12: f32 = v63_12 / 16.0f;
    t65[(row0 + ty + 48i) * 64i + (col0 + tx)] = v65_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l59_13: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v60_13: f32 = acc3_1 + l59_13;
    let v61_13: f32 = -v60_13;
    let v62_13: f32 = max(v61_13, 0.0f) + loom_log1p(exp(-abs(v61_13)));
    let v63_13: f32 = -v62_13;
    let v65_13: f32 = v63_13 / 16.0f;
    t65[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v65_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l59_14: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v60_14: f32 = acc3_2 + l59_14;
    let v61_14: f32 = -v60_14;
    let v62_14: f32 = max(v61_14, 0.0f) + loom_log1p(exp(-abs(v61_14)));
    let v63_14: f32 = -v62_14;
    let v65_14: f32 = v63_14 / 16.0f;
    t65[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v65_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l59_15: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v60_15: f32 = acc3_3 + l59_15;
    let v61_15: f32 = -v60_15;
    let v62_15: f32 = max(v61_15, 0.0f) + loom_log1p(exp(-abs(v61_15)));
    let v63_15: f32 = -v62_15;
    let v65_15: f32 = v63_15 / 16.0f;
    t65[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v65_15;
  }
}
