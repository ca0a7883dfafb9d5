// kernel k88_einsum
@group(0) @binding(0) var<storage, read> t442: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t448: array<f32>;
@group(0) @binding(3) var<storage, read> t452: array<f32>;
@group(0) @binding(4) var<storage, read_write> t455: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t456: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k88_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t442[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t442[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t442[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t442[(row0 + ty + 48i) * 64i + kA];
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
    let l448: f32 = t448[(row0 + ty) * 64i + (col0 + tx)];
    let v454: f32 = acc0_0 + l448;
    let l452: f32 = t452[(row0 + ty) * 64i + (col0 + tx)];
    let v455: f32 = v454 + l452;
    t455[(row0 + ty) * 64i + (col0 + tx)] = v455;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v456: f32 = v455 * l34;
    t456[(row0 + ty) * 64i + (col0 + tx)] = v456;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l448_1: f32 = t448[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v454_1: f32 = acc0_1 + l448_1;
    let l452_1: f32 = t452[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v455_1: f32 = v454_1 + l452_1;
    t455[(row0 + ty) * 64i + (col0 + tx) + 16i] = v455_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v456_1: f32 = v455_1 * l34_1;
    t456[(row0 + ty) * 64i + (col0 + tx) + 16i] = v456_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l448_2: f32 = t448[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v454_2: f32 = acc0_2 + l448_2;
    let l452_2: f32 = t452[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v455_2: f32 = v454_2 + l452_2;
    t455[(row0 + ty) * 64i + (col0 + tx) + 32i] = v455_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v456_2: f32 = v455_2 * l34_2;
    t456[(row0 + ty) * 64i + (col0 + tx) + 32i] = v456_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l448_3: f32 = t448[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v454_3: f32 = acc0_3 + l448_3;
    let l452_3: f32 = t452[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v455_3: f32 = v454_3 + l452_3;
    t455[(row0 + ty) * 64i + (col0 + tx) + 48i] = v455_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v456_3: f32 = v455_3 * l34_3;
    t456[(row0 + ty) * 64i + (col0 + tx) + 48i] = v456_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l448_4: f32 = t448[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v454_4: f32 = acc1_0 + l448_4;
    let l452_4: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v455_4: f32 = v454_4 + l452_4;
    t455[(row0 + ty + 16i) * 64i + (col0 + tx)] = v455_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v456_4: f32 = v455_4 * l34_4;
    t456[(row0 + ty + 16i) * 64i + (col0 + tx)] = v456_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l448_5: f32 = t448[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v454_5: f32 = acc1_1 + l448_5;
    let l452_5: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v455_5: f32 = v454_5 + l452_5;
    t455[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v455_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v456_5: f32 = v455_5 * l34_5;
    t456[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v456_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l448_6: f32 = t448[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v454_6: f32 = acc1_2 + l448_6;
    let l452_6: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v455_6: f32 = v454_6 + l452_6;
    t455[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v455_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v456_6: f32 = v455_6 * l34_6;
    t456[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v456_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l448_7: f32 = t448[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v454_7: f32 = acc1_3 + l448_7;
    let l452_7: f32 = t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v455_7: f32 = v454_7 + l452_7;
    t455[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v455_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v456_7: f32 = v455_7 * l34_7;
    t456[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v456_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l448_8: f32 = t448[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v454_8: f32 = acc2_0 + l448_8;
    let l452_8: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v455_8: f32 = v454_8 + l452_8;
    t455[(row0 + ty + 32i) * 64i + (col0 + tx)] = v455_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v456_8: f32 = v455_8 * l34_8;
    t456[(row0 + ty + 32i) * 64i + (col0 + tx)] = v456_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l448_9: f32 = t448[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v454_9: f32 = acc2_1 + l448_9;
    let l452_9: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v455_9: f32 = v454_9 + l452_9;
    t455[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v455_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v456_9: f32 = v455_9 * l34_9;
    t456[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v456_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l448_10: f32 = t448[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v454_10: f32 = acc2_2 + l448_10;
    let l452_10: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v455_10: f32 = v454_10 + l452_10;
    t455[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v455_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v456_10: f32 = v455_10 * l34_10;
    t456[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v456_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l448_11: f32 = t448[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v454_11: f32 = acc2_3 + l448_11;
    let l452_11: f32 = t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v455_11: f32 = v454_11 + l452_11;
    t455[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v455_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v456_11: f32 = v455_11 * l34_11;
    t456[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v456_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l448_12: f32 = t448[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v454_12: f32 = acc3_0 + l448_12;
    let l452_12: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v455_12: f32 = v454_12 + l452_12;
    t455[(row0 + ty + 48i) * 64i + (col0 + tx)] = v455_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v456_12: f32 = v455_12 * l34_12;
    t456[(row0 + ty + 48i) * 64i + (col0 + tx)] = v456_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l448_13: f32 = t448[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v454_13: f32 = acc3_1 + l448_13;
    let l452_13: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v455_13: f32 = v454_13 + l452_13;
    t455[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v455_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v456_13: f32 = v455_13 * l34_13;
    t456[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v456_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l448_14: f32 = t448[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v454_14: f32 = acc3_2 + l448_14;
    let l452_14: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v455_14: f32 = v454_14 + l452_14;
    t455[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v455_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v456_14: f32 = v455_14 * l34_14;
    t456[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v456_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l448_15: f32 = t448[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v454_15: f32 = acc3_3 + l448_15;
    let l452_15: f32 = t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v455_15: f32 = v454_15 + l452_15;
    t455[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v455_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v456_15: f32 = v455_15 * l34_15;
    t456[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v456_15;
  }
}
