// kernel k90_einsum
@group(0) @binding(0) var<storage, read> t446: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t452: array<f32>;
@group(0) @binding(3) var<storage, read> t456: array<f32>;
@group(0) @binding(4) var<storage, read_write> t459: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t460: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k90_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t446[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t446[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t446[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t446[(row0 + ty + 48i) * 64i + kA];
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
    let l452: f32 = t452[(row0 + ty) * 64i + (col0 + tx)];
    let v458: f32 = acc0_0 + l452;
    let l456: f32 = t456[(row0 + ty) * 64i + (col0 + tx)];
    let v459: f32 = v458 + l456;
    t459[(row0 + ty) * 64i + (col0 + tx)] = v459;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v460: f32 = v459 * l34;
    t460[(row0 + ty) * 64i + (col0 + tx)] = v460;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l452_1: f32 = t452[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v458_1: f32 = acc0_1 + l452_1;
    let l456_1: f32 = t456[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v459_1: f32 = v458_1 + l456_1;
    t459[(row0 + ty) * 64i + (col0 + tx) + 16i] = v459_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v460_1: f32 = v459_1 * l34_1;
    t460[(row0 + ty) * 64i + (col0 + tx) + 16i] = v460_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l452_2: f32 = t452[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v458_2: f32 = acc0_2 + l452_2;
    let l456_2: f32 = t456[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v459_2: f32 = v458_2 + l456_2;
    t459[(row0 + ty) * 64i + (col0 + tx) + 32i] = v459_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v460_2: f32 = v459_2 * l34_2;
    t460[(row0 + ty) * 64i + (col0 + tx) + 32i] = v460_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l452_3: f32 = t452[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v458_3: f32 = acc0_3 + l452_3;
    let l456_3: f32 = t456[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v459_3: f32 = v458_3 + l456_3;
    t459[(row0 + ty) * 64i + (col0 + tx) + 48i] = v459_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v460_3: f32 = v459_3 * l34_3;
    t460[(row0 + ty) * 64i + (col0 + tx) + 48i] = v460_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l452_4: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v458_4: f32 = acc1_0 + l452_4;
    let l456_4: f32 = t456[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v459_4: f32 = v458_4 + l456_4;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx)] = v459_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v460_4: f32 = v459_4 * l34_4;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx)] = v460_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l452_5: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v458_5: f32 = acc1_1 + l452_5;
    let l456_5: f32 = t456[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v459_5: f32 = v458_5 + l456_5;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v459_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v460_5: f32 = v459_5 * l34_5;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v460_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l452_6: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v458_6: f32 = acc1_2 + l452_6;
    let l456_6: f32 = t456[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v459_6: f32 = v458_6 + l456_6;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v459_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v460_6: f32 = v459_6 * l34_6;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v460_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l452_7: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v458_7: f32 = acc1_3 + l452_7;
    let l456_7: f32 = t456[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v459_7: f32 = v458_7 + l456_7;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v459_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v460_7: f32 = v459_7 * l34_7;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v460_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l452_8: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v458_8: f32 = acc2_0 + l452_8;
    let l456_8: f32 = t456[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v459_8: f32 = v458_8 + l456_8;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx)] = v459_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v460_8: f32 = v459_8 * l34_8;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx)] = v460_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l452_9: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v458_9: f32 = acc2_1 + l452_9;
    let l456_9: f32 = t456[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v459_9: f32 = v458_9 + l456_9;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v459_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v460_9: f32 = v459_9 * l34_9;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v460_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l452_10: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v458_10: f32 = acc2_2 + l452_10;
    let l456_10: f32 = t456[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v459_10: f32 = v458_10 + l456_10;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v459_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v460_10: f32 = v459_10 * l34_10;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v460_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l452_11: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v458_11: f32 = acc2_3 + l452_11;
    let l456_11: f32 = t456[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v459_11: f32 = v458_11 + l456_11;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v459_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v460_11: f32 = v459_11 * l34_11;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v460_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l452_12: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v458_12: f32 = acc3_0 + l452_12;
    let l456_12: f32 = t456[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v459_12: f32 = v458_12 + l456_12;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx)] = v459_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v460_12: f32 = v459_12 * l34_12;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx)] = v460_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l452_13: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v458_13: f32 = acc3_1 + l452_13;
    let l456_13: f32 = t456[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v459_13: f32 = v458_13 + l456_13;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v459_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v460_13: f32 = v459_13 * l34_13;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v460_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l452_14: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v458_14: f32 = acc3_2 + l452_14;
    let l456_14: f32 = t456[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v459_14: f32 = v458_14 + l456_14;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v459_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v460_14: f32 = v459_14 * l34_14;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v460_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l452_15: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v458_15: f32 = acc3_3 + l452_15;
    let l456_15: f32 = t456[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v459_15: f32 = v458_15 + l456_15;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v459_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v460_15: f32 = v459_15 * l34_15;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v460_15;
  }
}
