// kernel k88_einsum
@group(0) @binding(0) var<storage, read> t434: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t440: array<f32>;
@group(0) @binding(3) var<storage, read> t444: array<f32>;
@group(0) @binding(4) var<storage, read_write> t447: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t448: array<f32>;
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t434[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t434[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t434[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t434[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wv_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 12i + (col0 + bN) * 32i];
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
    let l440: f32 = t440[(row0 + ty) * 64i + (col0 + tx)];
    let v446: f32 = acc0_0 + l440;
    let l444: f32 = t444[(row0 + ty) * 64i + (col0 + tx)];
    let v447: f32 = v446 + l444;
    t447[(row0 + ty) * 64i + (col0 + tx)] = v447;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v448: f32 = v447 * l34;
    t448[(row0 + ty) * 64i + (col0 + tx)] = v448;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l440_1: f32 = t440[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v446_1: f32 = acc0_1 + l440_1;
    let l444_1: f32 = t444[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v447_1: f32 = v446_1 + l444_1;
    t447[(row0 + ty) * 64i + (col0 + tx) + 16i] = v447_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v448_1: f32 = v447_1 * l34_1;
    t448[(row0 + ty) * 64i + (col0 + tx) + 16i] = v448_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l440_2: f32 = t440[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v446_2: f32 = acc0_2 + l440_2;
    let l444_2: f32 = t444[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v447_2: f32 = v446_2 + l444_2;
    t447[(row0 + ty) * 64i + (col0 + tx) + 32i] = v447_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v448_2: f32 = v447_2 * l34_2;
    t448[(row0 + ty) * 64i + (col0 + tx) + 32i] = v448_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l440_3: f32 = t440[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v446_3: f32 = acc0_3 + l440_3;
    let l444_3: f32 = t444[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v447_3: f32 = v446_3 + l444_3;
    t447[(row0 + ty) * 64i + (col0 + tx) + 48i] = v447_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v448_3: f32 = v447_3 * l34_3;
    t448[(row0 + ty) * 64i + (col0 + tx) + 48i] = v448_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l440_4: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v446_4: f32 = acc1_0 + l440_4;
    let l444_4: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v447_4: f32 = v446_4 + l444_4;
    t447[(row0 + ty + 16i) * 64i + (col0 + tx)] = v447_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v448_4: f32 = v447_4 * l34_4;
    t448[(row0 + ty + 16i) * 64i + (col0 + tx)] = v448_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l440_5: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v446_5: f32 = acc1_1 + l440_5;
    let l444_5: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v447_5: f32 = v446_5 + l444_5;
    t447[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v447_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v448_5: f32 = v447_5 * l34_5;
    t448[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v448_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l440_6: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v446_6: f32 = acc1_2 + l440_6;
    let l444_6: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v447_6: f32 = v446_6 + l444_6;
    t447[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v447_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v448_6: f32 = v447_6 * l34_6;
    t448[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v448_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l440_7: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v446_7: f32 = acc1_3 + l440_7;
    let l444_7: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v447_7: f32 = v446_7 + l444_7;
    t447[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v447_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v448_7: f32 = v447_7 * l34_7;
    t448[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v448_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l440_8: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v446_8: f32 = acc2_0 + l440_8;
    let l444_8: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v447_8: f32 = v446_8 + l444_8;
    t447[(row0 + ty + 32i) * 64i + (col0 + tx)] = v447_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v448_8: f32 = v447_8 * l34_8;
    t448[(row0 + ty + 32i) * 64i + (col0 + tx)] = v448_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l440_9: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v446_9: f32 = acc2_1 + l440_9;
    let l444_9: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v447_9: f32 = v446_9 + l444_9;
    t447[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v447_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v448_9: f32 = v447_9 * l34_9;
    t448[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v448_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l440_10: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v446_10: f32 = acc2_2 + l440_10;
    let l444_10: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v447_10: f32 = v446_10 + l444_10;
    t447[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v447_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v448_10: f32 = v447_10 * l34_10;
    t448[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v448_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l440_11: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v446_11: f32 = acc2_3 + l440_11;
    let l444_11: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v447_11: f32 = v446_11 + l444_11;
    t447[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v447_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v448_11: f32 = v447_11 * l34_11;
    t448[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v448_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l440_12: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v446_12: f32 = acc3_0 + l440_12;
    let l444_12: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v447_12: f32 = v446_12 + l444_12;
    t447[(row0 + ty + 48i) * 64i + (col0 + tx)] = v447_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v448_12: f32 = v447_12 * l34_12;
    t448[(row0 + ty + 48i) * 64i + (col0 + tx)] = v448_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l440_13: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v446_13: f32 = acc3_1 + l440_13;
    let l444_13: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v447_13: f32 = v446_13 + l444_13;
    t447[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v447_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v448_13: f32 = v447_13 * l34_13;
    t448[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v448_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l440_14: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v446_14: f32 = acc3_2 + l440_14;
    let l444_14: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v447_14: f32 = v446_14 + l444_14;
    t447[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v447_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v448_14: f32 = v447_14 * l34_14;
    t448[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v448_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l440_15: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v446_15: f32 = acc3_3 + l440_15;
    let l444_15: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v447_15: f32 = v446_15 + l444_15;
    t447[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v447_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v448_15: f32 = v447_15 * l34_15;
    t448[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v448_15;
  }
}
