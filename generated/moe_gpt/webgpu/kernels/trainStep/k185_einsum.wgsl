// kernel k185_einsum
@group(0) @binding(0) var<storage, read> t825: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t831: array<f32>;
@group(0) @binding(3) var<storage, read> t835: array<f32>;
@group(0) @binding(4) var<storage, read_write> t838: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t839: array<f32>;
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
      tileA[tx * 64i + ty] = t825[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t825[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t825[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t825[(row0 + ty + 48i) * 64i + kA];
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
    let l831: f32 = t831[(row0 + ty) * 64i + (col0 + tx)];
    let v837: f32 = acc0_0 + l831;
    let l835: f32 = t835[(row0 + ty) * 64i + (col0 + tx)];
    let v838: f32 = v837 + l835;
    t838[(row0 + ty) * 64i + (col0 + tx)] = v838;
    let l44: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v839: f32 = v838 * l44;
    t839[(row0 + ty) * 64i + (col0 + tx)] = v839;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l831_1: f32 = t831[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v837_1: f32 = acc0_1 + l831_1;
    let l835_1: f32 = t835[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v838_1: f32 = v837_1 + l835_1;
    t838[(row0 + ty) * 64i + (col0 + tx) + 16i] = v838_1;
    let l44_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v839_1: f32 = v838_1 * l44_1;
    t839[(row0 + ty) * 64i + (col0 + tx) + 16i] = v839_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l831_2: f32 = t831[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v837_2: f32 = acc0_2 + l831_2;
    let l835_2: f32 = t835[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v838_2: f32 = v837_2 + l835_2;
    t838[(row0 + ty) * 64i + (col0 + tx) + 32i] = v838_2;
    let l44_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v839_2: f32 = v838_2 * l44_2;
    t839[(row0 + ty) * 64i + (col0 + tx) + 32i] = v839_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l831_3: f32 = t831[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v837_3: f32 = acc0_3 + l831_3;
    let l835_3: f32 = t835[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v838_3: f32 = v837_3 + l835_3;
    t838[(row0 + ty) * 64i + (col0 + tx) + 48i] = v838_3;
    let l44_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v839_3: f32 = v838_3 * l44_3;
    t839[(row0 + ty) * 64i + (col0 + tx) + 48i] = v839_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l831_4: f32 = t831[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v837_4: f32 = acc1_0 + l831_4;
    let l835_4: f32 = t835[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v838_4: f32 = v837_4 + l835_4;
    t838[(row0 + ty + 16i) * 64i + (col0 + tx)] = v838_4;
    let l44_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v839_4: f32 = v838_4 * l44_4;
    t839[(row0 + ty + 16i) * 64i + (col0 + tx)] = v839_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l831_5: f32 = t831[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v837_5: f32 = acc1_1 + l831_5;
    let l835_5: f32 = t835[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v838_5: f32 = v837_5 + l835_5;
    t838[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v838_5;
    let l44_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v839_5: f32 = v838_5 * l44_5;
    t839[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v839_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l831_6: f32 = t831[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v837_6: f32 = acc1_2 + l831_6;
    let l835_6: f32 = t835[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v838_6: f32 = v837_6 + l835_6;
    t838[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v838_6;
    let l44_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v839_6: f32 = v838_6 * l44_6;
    t839[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v839_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l831_7: f32 = t831[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v837_7: f32 = acc1_3 + l831_7;
    let l835_7: f32 = t835[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v838_7: f32 = v837_7 + l835_7;
    t838[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v838_7;
    let l44_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v839_7: f32 = v838_7 * l44_7;
    t839[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v839_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l831_8: f32 = t831[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v837_8: f32 = acc2_0 + l831_8;
    let l835_8: f32 = t835[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v838_8: f32 = v837_8 + l835_8;
    t838[(row0 + ty + 32i) * 64i + (col0 + tx)] = v838_8;
    let l44_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v839_8: f32 = v838_8 * l44_8;
    t839[(row0 + ty + 32i) * 64i + (col0 + tx)] = v839_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l831_9: f32 = t831[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v837_9: f32 = acc2_1 + l831_9;
    let l835_9: f32 = t835[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v838_9: f32 = v837_9 + l835_9;
    t838[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v838_9;
    let l44_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v839_9: f32 = v838_9 * l44_9;
    t839[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v839_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l831_10: f32 = t831[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v837_10: f32 = acc2_2 + l831_10;
    let l835_10: f32 = t835[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v838_10: f32 = v837_10 + l835_10;
    t838[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v838_10;
    let l44_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v839_10: f32 = v838_10 * l44_10;
    t839[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v839_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l831_11: f32 = t831[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v837_11: f32 = acc2_3 + l831_11;
    let l835_11: f32 = t835[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v838_11: f32 = v837_11 + l835_11;
    t838[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v838_11;
    let l44_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v839_11: f32 = v838_11 * l44_11;
    t839[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v839_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l831_12: f32 = t831[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v837_12: f32 = acc3_0 + l831_12;
    let l835_12: f32 = t835[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v838_12: f32 = v837_12 + l835_12;
    t838[(row0 + ty + 48i) * 64i + (col0 + tx)] = v838_12;
    let l44_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v839_12: f32 = v838_12 * l44_12;
    t839[(row0 + ty + 48i) * 64i + (col0 + tx)] = v839_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l831_13: f32 = t831[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v837_13: f32 = acc3_1 + l831_13;
    let l835_13: f32 = t835[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v838_13: f32 = v837_13 + l835_13;
    t838[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v838_13;
    let l44_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v839_13: f32 = v838_13 * l44_13;
    t839[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v839_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l831_14: f32 = t831[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v837_14: f32 = acc3_2 + l831_14;
    let l835_14: f32 = t835[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v838_14: f32 = v837_14 + l835_14;
    t838[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v838_14;
    let l44_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v839_14: f32 = v838_14 * l44_14;
    t839[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v839_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l831_15: f32 = t831[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v837_15: f32 = acc3_3 + l831_15;
    let l835_15: f32 = t835[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v838_15: f32 = v837_15 + l835_15;
    t838[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v838_15;
    let l44_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v839_15: f32 = v838_15 * l44_15;
    t839[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v839_15;
  }
}
