// kernel k20_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t46: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t155: array<f32>;
@group(0) @binding(4) var<storage, read_write> t157: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t46[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t46[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t46[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t46[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l148: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v149: f32 = acc0_0 + l148;
    let v150: f32 = -v149;
    let v151: f32 = exp(v150);
    let v152: f32 = 1.0f + v151;
    let v153: f32 = 1.0f / v152;
    let v154: f32 = v149 * v153;
    let l156: f32 = t155[(row0 + ty) * 64i + (col0 + tx)];
    let v157: f32 = v154 * l156;
    t157[(row0 + ty) * 64i + (col0 + tx)] = v157;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l148_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v149_1: f32 = acc0_1 + l148_1;
    let v150_1: f32 = -v149_1;
    let v151_1: f32 = exp(v150_1);
    let v152_1: f32 = 1.0f + v151_1;
    let v153_1: f32 = 1.0f / v152_1;
    let v154_1: f32 = v149_1 * v153_1;
    let l156_1: f32 = t155[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v157_1: f32 = v154_1 * l156_1;
    t157[(row0 + ty) * 64i + (col0 + tx) + 16i] = v157_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l148_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v149_2: f32 = acc0_2 + l148_2;
    let v150_2: f32 = -v149_2;
    let v151_2: f32 = exp(v150_2);
    let v152_2: f32 = 1.0f + v151_2;
    let v153_2: f32 = 1.0f / v152_2;
    let v154_2: f32 = v149_2 * v153_2;
    let l156_2: f32 = t155[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v157_2: f32 = v154_2 * l156_2;
    t157[(row0 + ty) * 64i + (col0 + tx) + 32i] = v157_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l148_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v149_3: f32 = acc0_3 + l148_3;
    let v150_3: f32 = -v149_3;
    let v151_3: f32 = exp(v150_3);
    let v152_3: f32 = 1.0f + v151_3;
    let v153_3: f32 = 1.0f / v152_3;
    let v154_3: f32 = v149_3 * v153_3;
    let l156_3: f32 = t155[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v157_3: f32 = v154_3 * l156_3;
    t157[(row0 + ty) * 64i + (col0 + tx) + 48i] = v157_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l148_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v149_4: f32 = acc1_0 + l148_4;
    let v150_4: f32 = -v149_4;
    let v151_4: f32 = exp(v150_4);
    let v152_4: f32 = 1.0f + v151_4;
    let v153_4: f32 = 1.0f / v152_4;
    let v154_4: f32 = v149_4 * v153_4;
    let l156_4: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v157_4: f32 = v154_4 * l156_4;
    t157[(row0 + ty + 16i) * 64i + (col0 + tx)] = v157_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l148_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v149_5: f32 = acc1_1 + l148_5;
    let v150_5: f32 = -v149_5;
    let v151_5: f32 = exp(v150_5);
    let v152_5: f32 = 1.0f + v151_5;
    let v153_5: f32 = 1.0f / v152_5;
    let v154_5: f32 = v149_5 * v153_5;
    let l156_5: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v157_5: f32 = v154_5 * l156_5;
    t157[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v157_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l148_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v149_6: f32 = acc1_2 + l148_6;
    let v150_6: f32 = -v149_6;
    let v151_6: f32 = exp(v150_6);
    let v152_6: f32 = 1.0f + v151_6;
    let v153_6: f32 = 1.0f / v152_6;
    let v154_6: f32 = v149_6 * v153_6;
    let l156_6: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v157_6: f32 = v154_6 * l156_6;
    t157[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v157_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l148_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v149_7: f32 = acc1_3 + l148_7;
    let v150_7: f32 = -v149_7;
    let v151_7: f32 = exp(v150_7);
    let v152_7: f32 = 1.0f + v151_7;
    let v153_7: f32 = 1.0f / v152_7;
    let v154_7: f32 = v149_7 * v153_7;
    let l156_7: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v157_7: f32 = v154_7 * l156_7;
    t157[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v157_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l148_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v149_8: f32 = acc2_0 + l148_8;
    let v150_8: f32 = -v149_8;
    let v151_8: f32 = exp(v150_8);
    let v152_8: f32 = 1.0f + v151_8;
    let v153_8: f32 = 1.0f / v152_8;
    let v154_8: f32 = v149_8 * v153_8;
    let l156_8: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v157_8: f32 = v154_8 * l156_8;
    t157[(row0 + ty + 32i) * 64i + (col0 + tx)] = v157_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l148_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v149_9: f32 = acc2_1 + l148_9;
    let v150_9: f32 = -v149_9;
    let v151_9: f32 = exp(v150_9);
    let v152_9: f32 = 1.0f + v151_9;
    let v153_9: f32 = 1.0f / v152_9;
    let v154_9: f32 = v149_9 * v153_9;
    let l156_9: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v157_9: f32 = v154_9 * l156_9;
    t157[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v157_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l148_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v149_10: f32 = acc2_2 + l148_10;
    let v150_10: f32 = -v149_10;
    let v151_10: f32 = exp(v150_10);
    let v152_10: f32 = 1.0f + v151_10;
    let v153_10: f32 = 1.0f / v152_10;
    let v154_10: f32 = v149_10 * v153_10;
    let l156_10: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v157_10: f32 = v154_10 * l156_10;
    t157[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v157_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l148_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v149_11: f32 = acc2_3 + l148_11;
    let v150_11: f32 = -v149_11;
    let v151_11: f32 = exp(v150_11);
    let v152_11: f32 = 1.0f + v151_11;
    let v153_11: f32 = 1.0f / v152_11;
    let v154_11: f32 = v149_11 * v153_11;
    let l156_11: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v157_11: f32 = v154_11 * l156_11;
    t157[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v157_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l148_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v149_12: f32 = acc3_0 + l148_12;
    let v150_12: f32 = -v149_12;
    let v151_12: f32 = exp(v150_12);
    let v152_12: f32 = 1.0f + v151_12;
    let v153_12: f32 = 1.0f / v152_12;
    let v154_12: f32 = v149_12 * v153_12;
    let l156_12: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v157_12: f32 = v154_12 * l156_12;
    t157[(row0 + ty + 48i) * 64i + (col0 + tx)] = v157_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l148_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v149_13: f32 = acc3_1 + l148_13;
    let v150_13: f32 = -v149_13;
    let v151_13: f32 = exp(v150_13);
    let v152_13: f32 = 1.0f + v151_13;
    let v153_13: f32 = 1.0f / v152_13;
    let v154_13: f32 = v149_13 * v153_13;
    let l156_13: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v157_13: f32 = v154_13 * l156_13;
    t157[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v157_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l148_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v149_14: f32 = acc3_2 + l148_14;
    let v150_14: f32 = -v149_14;
    let v151_14: f32 = exp(v150_14);
    let v152_14: f32 = 1.0f + v151_14;
    let v153_14: f32 = 1.0f / v152_14;
    let v154_14: f32 = v149_14 * v153_14;
    let l156_14: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v157_14: f32 = v154_14 * l156_14;
    t157[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v157_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l148_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v149_15: f32 = acc3_3 + l148_15;
    let v150_15: f32 = -v149_15;
    let v151_15: f32 = exp(v150_15);
    let v152_15: f32 = 1.0f + v151_15;
    let v153_15: f32 = 1.0f / v152_15;
    let v154_15: f32 = v149_15 * v153_15;
    let l156_15: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v157_15: f32 = v154_15 * l156_15;
    t157[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v157_15;
  }
}
