// kernel k185_einsum
@group(0) @binding(0) var<storage, read> t805: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t811: array<f32>;
@group(0) @binding(3) var<storage, read> t815: array<f32>;
@group(0) @binding(4) var<storage, read_write> t818: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t819: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k185_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t805[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t805[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t805[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t805[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l811: f32 = t811[(row0 + ty) * 64i + (col0 + tx)];
    let v817: f32 = acc0_0 + l811;
    let l815: f32 = t815[(row0 + ty) * 64i + (col0 + tx)];
    let v818: f32 = v817 + l815;
    t818[(row0 + ty) * 64i + (col0 + tx)] = v818;
    let l44: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v819: f32 = v818 * l44;
    t819[(row0 + ty) * 64i + (col0 + tx)] = v819;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l811_1: f32 = t811[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v817_1: f32 = acc0_1 + l811_1;
    let l815_1: f32 = t815[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v818_1: f32 = v817_1 + l815_1;
    t818[(row0 + ty) * 64i + (col0 + tx) + 16i] = v818_1;
    let l44_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v819_1: f32 = v818_1 * l44_1;
    t819[(row0 + ty) * 64i + (col0 + tx) + 16i] = v819_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l811_2: f32 = t811[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v817_2: f32 = acc0_2 + l811_2;
    let l815_2: f32 = t815[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v818_2: f32 = v817_2 + l815_2;
    t818[(row0 + ty) * 64i + (col0 + tx) + 32i] = v818_2;
    let l44_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v819_2: f32 = v818_2 * l44_2;
    t819[(row0 + ty) * 64i + (col0 + tx) + 32i] = v819_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l811_3: f32 = t811[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v817_3: f32 = acc0_3 + l811_3;
    let l815_3: f32 = t815[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v818_3: f32 = v817_3 + l815_3;
    t818[(row0 + ty) * 64i + (col0 + tx) + 48i] = v818_3;
    let l44_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v819_3: f32 = v818_3 * l44_3;
    t819[(row0 + ty) * 64i + (col0 + tx) + 48i] = v819_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l811_4: f32 = t811[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v817_4: f32 = acc1_0 + l811_4;
    let l815_4: f32 = t815[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v818_4: f32 = v817_4 + l815_4;
    t818[(row0 + ty + 16i) * 64i + (col0 + tx)] = v818_4;
    let l44_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v819_4: f32 = v818_4 * l44_4;
    t819[(row0 + ty + 16i) * 64i + (col0 + tx)] = v819_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l811_5: f32 = t811[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v817_5: f32 = acc1_1 + l811_5;
    let l815_5: f32 = t815[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v818_5: f32 = v817_5 + l815_5;
    t818[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v818_5;
    let l44_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v819_5: f32 = v818_5 * l44_5;
    t819[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v819_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l811_6: f32 = t811[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v817_6: f32 = acc1_2 + l811_6;
    let l815_6: f32 = t815[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v818_6: f32 = v817_6 + l815_6;
    t818[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v818_6;
    let l44_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v819_6: f32 = v818_6 * l44_6;
    t819[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v819_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l811_7: f32 = t811[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v817_7: f32 = acc1_3 + l811_7;
    let l815_7: f32 = t815[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v818_7: f32 = v817_7 + l815_7;
    t818[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v818_7;
    let l44_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v819_7: f32 = v818_7 * l44_7;
    t819[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v819_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l811_8: f32 = t811[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v817_8: f32 = acc2_0 + l811_8;
    let l815_8: f32 = t815[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v818_8: f32 = v817_8 + l815_8;
    t818[(row0 + ty + 32i) * 64i + (col0 + tx)] = v818_8;
    let l44_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v819_8: f32 = v818_8 * l44_8;
    t819[(row0 + ty + 32i) * 64i + (col0 + tx)] = v819_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l811_9: f32 = t811[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v817_9: f32 = acc2_1 + l811_9;
    let l815_9: f32 = t815[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v818_9: f32 = v817_9 + l815_9;
    t818[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v818_9;
    let l44_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v819_9: f32 = v818_9 * l44_9;
    t819[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v819_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l811_10: f32 = t811[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v817_10: f32 = acc2_2 + l811_10;
    let l815_10: f32 = t815[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v818_10: f32 = v817_10 + l815_10;
    t818[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v818_10;
    let l44_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v819_10: f32 = v818_10 * l44_10;
    t819[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v819_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l811_11: f32 = t811[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v817_11: f32 = acc2_3 + l811_11;
    let l815_11: f32 = t815[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v818_11: f32 = v817_11 + l815_11;
    t818[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v818_11;
    let l44_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v819_11: f32 = v818_11 * l44_11;
    t819[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v819_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l811_12: f32 = t811[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v817_12: f32 = acc3_0 + l811_12;
    let l815_12: f32 = t815[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v818_12: f32 = v817_12 + l815_12;
    t818[(row0 + ty + 48i) * 64i + (col0 + tx)] = v818_12;
    let l44_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v819_12: f32 = v818_12 * l44_12;
    t819[(row0 + ty + 48i) * 64i + (col0 + tx)] = v819_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l811_13: f32 = t811[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v817_13: f32 = acc3_1 + l811_13;
    let l815_13: f32 = t815[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v818_13: f32 = v817_13 + l815_13;
    t818[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v818_13;
    let l44_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v819_13: f32 = v818_13 * l44_13;
    t819[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v819_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l811_14: f32 = t811[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v817_14: f32 = acc3_2 + l811_14;
    let l815_14: f32 = t815[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v818_14: f32 = v817_14 + l815_14;
    t818[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v818_14;
    let l44_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v819_14: f32 = v818_14 * l44_14;
    t819[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v819_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l811_15: f32 = t811[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v817_15: f32 = acc3_3 + l811_15;
    let l815_15: f32 = t815[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v818_15: f32 = v817_15 + l815_15;
    t818[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v818_15;
    let l44_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v819_15: f32 = v818_15 * l44_15;
    t819[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v819_15;
  }
}
