// kernel k45_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t177: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t251: array<f32>;
@group(0) @binding(4) var<storage, read_write> t253: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k45_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t177[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t177[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t177[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t177[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l247: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v248: f32 = acc0_0 + l247;
    let v249: f32 = 1.0f / (1.0f + exp(min(-v248, 88.0f)));
    let v250: f32 = v248 * v249;
    let l252: f32 = t251[(row0 + ty) * 64i + (col0 + tx)];
    let v253: f32 = v250 * l252;
    t253[(row0 + ty) * 64i + (col0 + tx)] = v253;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l247_1: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v248_1: f32 = acc0_1 + l247_1;
    let v249_1: f32 = 1.0f / (1.0f + exp(min(-v248_1, 88.0f)));
    let v250_1: f32 = v248_1 * v249_1;
    let l252_1: f32 = t251[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v253_1: f32 = v250_1 * l252_1;
    t253[(row0 + ty) * 64i + (col0 + tx) + 16i] = v253_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l247_2: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v248_2: f32 = acc0_2 + l247_2;
    let v249_2: f32 = 1.0f / (1.0f + exp(min(-v248_2, 88.0f)));
    let v250_2: f32 = v248_2 * v249_2;
    let l252_2: f32 = t251[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v253_2: f32 = v250_2 * l252_2;
    t253[(row0 + ty) * 64i + (col0 + tx) + 32i] = v253_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l247_3: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v248_3: f32 = acc0_3 + l247_3;
    let v249_3: f32 = 1.0f / (1.0f + exp(min(-v248_3, 88.0f)));
    let v250_3: f32 = v248_3 * v249_3;
    let l252_3: f32 = t251[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v253_3: f32 = v250_3 * l252_3;
    t253[(row0 + ty) * 64i + (col0 + tx) + 48i] = v253_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l247_4: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v248_4: f32 = acc1_0 + l247_4;
    let v249_4: f32 = 1.0f / (1.0f + exp(min(-v248_4, 88.0f)));
    let v250_4: f32 = v248_4 * v249_4;
    let l252_4: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v253_4: f32 = v250_4 * l252_4;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx)] = v253_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l247_5: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v248_5: f32 = acc1_1 + l247_5;
    let v249_5: f32 = 1.0f / (1.0f + exp(min(-v248_5, 88.0f)));
    let v250_5: f32 = v248_5 * v249_5;
    let l252_5: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v253_5: f32 = v250_5 * l252_5;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v253_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l247_6: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v248_6: f32 = acc1_2 + l247_6;
    let v249_6: f32 = 1.0f / (1.0f + exp(min(-v248_6, 88.0f)));
    let v250_6: f32 = v248_6 * v249_6;
    let l252_6: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v253_6: f32 = v250_6 * l252_6;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v253_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l247_7: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v248_7: f32 = acc1_3 + l247_7;
    let v249_7: f32 = 1.0f / (1.0f + exp(min(-v248_7, 88.0f)));
    let v250_7: f32 = v248_7 * v249_7;
    let l252_7: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v253_7: f32 = v250_7 * l252_7;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v253_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l247_8: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v248_8: f32 = acc2_0 + l247_8;
    let v249_8: f32 = 1.0f / (1.0f + exp(min(-v248_8, 88.0f)));
    let v250_8: f32 = v248_8 * v249_8;
    let l252_8: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v253_8: f32 = v250_8 * l252_8;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx)] = v253_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l247_9: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v248_9: f32 = acc2_1 + l247_9;
    let v249_9: f32 = 1.0f / (1.0f + exp(min(-v248_9, 88.0f)));
    let v250_9: f32 = v248_9 * v249_9;
    let l252_9: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v253_9: f32 = v250_9 * l252_9;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v253_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l247_10: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v248_10: f32 = acc2_2 + l247_10;
    let v249_10: f32 = 1.0f / (1.0f + exp(min(-v248_10, 88.0f)));
    let v250_10: f32 = v248_10 * v249_10;
    let l252_10: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v253_10: f32 = v250_10 * l252_10;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v253_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l247_11: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v248_11: f32 = acc2_3 + l247_11;
    let v249_11: f32 = 1.0f / (1.0f + exp(min(-v248_11, 88.0f)));
    let v250_11: f32 = v248_11 * v249_11;
    let l252_11: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v253_11: f32 = v250_11 * l252_11;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v253_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l247_12: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v248_12: f32 = acc3_0 + l247_12;
    let v249_12: f32 = 1.0f / (1.0f + exp(min(-v248_12, 88.0f)));
    let v250_12: f32 = v248_12 * v249_12;
    let l252_12: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v253_12: f32 = v250_12 * l252_12;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx)] = v253_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l247_13: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v248_13: f32 = acc3_1 + l247_13;
    let v249_13: f32 = 1.0f / (1.0f + exp(min(-v248_13, 88.0f)));
    let v250_13: f32 = v248_13 * v249_13;
    let l252_13: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v253_13: f32 = v250_13 * l252_13;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v253_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l247_14: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v248_14: f32 = acc3_2 + l247_14;
    let v249_14: f32 = 1.0f / (1.0f + exp(min(-v248_14, 88.0f)));
    let v250_14: f32 = v248_14 * v249_14;
    let l252_14: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v253_14: f32 = v250_14 * l252_14;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v253_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l247_15: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v248_15: f32 = acc3_3 + l247_15;
    let v249_15: f32 = 1.0f / (1.0f + exp(min(-v248_15, 88.0f)));
    let v250_15: f32 = v248_15 * v249_15;
    let l252_15: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v253_15: f32 = v250_15 * l252_15;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v253_15;
  }
}
