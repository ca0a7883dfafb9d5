// kernel k60_einsum
@group(0) @binding(0) var<storage, read> t326: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t332: array<f32>;
@group(0) @binding(3) var<storage, read> t336: array<f32>;
@group(0) @binding(4) var<storage, read_write> t339: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t340: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k60_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t326[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t326[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t326[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t326[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wv_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 12i + (col0 + bN) * 32i];
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
    let l332: f32 = t332[(row0 + ty) * 64i + (col0 + tx)];
    let v338: f32 = acc0_0 + l332;
    let l336: f32 = t336[(row0 + ty) * 64i + (col0 + tx)];
    let v339: f32 = v338 + l336;
    t339[(row0 + ty) * 64i + (col0 + tx)] = v339;
    let l124: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v340: f32 = v339 * l124;
    t340[(row0 + ty) * 64i + (col0 + tx)] = v340;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l332_1: f32 = t332[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v338_1: f32 = acc0_1 + l332_1;
    let l336_1: f32 = t336[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v339_1: f32 = v338_1 + l336_1;
    t339[(row0 + ty) * 64i + (col0 + tx) + 16i] = v339_1;
    let l124_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v340_1: f32 = v339_1 * l124_1;
    t340[(row0 + ty) * 64i + (col0 + tx) + 16i] = v340_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l332_2: f32 = t332[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v338_2: f32 = acc0_2 + l332_2;
    let l336_2: f32 = t336[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v339_2: f32 = v338_2 + l336_2;
    t339[(row0 + ty) * 64i + (col0 + tx) + 32i] = v339_2;
    let l124_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v340_2: f32 = v339_2 * l124_2;
    t340[(row0 + ty) * 64i + (col0 + tx) + 32i] = v340_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l332_3: f32 = t332[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v338_3: f32 = acc0_3 + l332_3;
    let l336_3: f32 = t336[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v339_3: f32 = v338_3 + l336_3;
    t339[(row0 + ty) * 64i + (col0 + tx) + 48i] = v339_3;
    let l124_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v340_3: f32 = v339_3 * l124_3;
    t340[(row0 + ty) * 64i + (col0 + tx) + 48i] = v340_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l332_4: f32 = t332[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v338_4: f32 = acc1_0 + l332_4;
    let l336_4: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v339_4: f32 = v338_4 + l336_4;
    t339[(row0 + ty + 16i) * 64i + (col0 + tx)] = v339_4;
    let l124_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v340_4: f32 = v339_4 * l124_4;
    t340[(row0 + ty + 16i) * 64i + (col0 + tx)] = v340_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l332_5: f32 = t332[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v338_5: f32 = acc1_1 + l332_5;
    let l336_5: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v339_5: f32 = v338_5 + l336_5;
    t339[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v339_5;
    let l124_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v340_5: f32 = v339_5 * l124_5;
    t340[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v340_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l332_6: f32 = t332[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v338_6: f32 = acc1_2 + l332_6;
    let l336_6: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v339_6: f32 = v338_6 + l336_6;
    t339[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v339_6;
    let l124_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v340_6: f32 = v339_6 * l124_6;
    t340[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v340_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l332_7: f32 = t332[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v338_7: f32 = acc1_3 + l332_7;
    let l336_7: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v339_7: f32 = v338_7 + l336_7;
    t339[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v339_7;
    let l124_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v340_7: f32 = v339_7 * l124_7;
    t340[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v340_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l332_8: f32 = t332[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v338_8: f32 = acc2_0 + l332_8;
    let l336_8: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v339_8: f32 = v338_8 + l336_8;
    t339[(row0 + ty + 32i) * 64i + (col0 + tx)] = v339_8;
    let l124_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v340_8: f32 = v339_8 * l124_8;
    t340[(row0 + ty + 32i) * 64i + (col0 + tx)] = v340_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l332_9: f32 = t332[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v338_9: f32 = acc2_1 + l332_9;
    let l336_9: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v339_9: f32 = v338_9 + l336_9;
    t339[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v339_9;
    let l124_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v340_9: f32 = v339_9 * l124_9;
    t340[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v340_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l332_10: f32 = t332[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v338_10: f32 = acc2_2 + l332_10;
    let l336_10: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v339_10: f32 = v338_10 + l336_10;
    t339[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v339_10;
    let l124_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v340_10: f32 = v339_10 * l124_10;
    t340[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v340_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l332_11: f32 = t332[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v338_11: f32 = acc2_3 + l332_11;
    let l336_11: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v339_11: f32 = v338_11 + l336_11;
    t339[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v339_11;
    let l124_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v340_11: f32 = v339_11 * l124_11;
    t340[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v340_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l332_12: f32 = t332[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v338_12: f32 = acc3_0 + l332_12;
    let l336_12: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v339_12: f32 = v338_12 + l336_12;
    t339[(row0 + ty + 48i) * 64i + (col0 + tx)] = v339_12;
    let l124_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v340_12: f32 = v339_12 * l124_12;
    t340[(row0 + ty + 48i) * 64i + (col0 + tx)] = v340_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l332_13: f32 = t332[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v338_13: f32 = acc3_1 + l332_13;
    let l336_13: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v339_13: f32 = v338_13 + l336_13;
    t339[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v339_13;
    let l124_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v340_13: f32 = v339_13 * l124_13;
    t340[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v340_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l332_14: f32 = t332[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v338_14: f32 = acc3_2 + l332_14;
    let l336_14: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v339_14: f32 = v338_14 + l336_14;
    t339[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v339_14;
    let l124_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v340_14: f32 = v339_14 * l124_14;
    t340[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v340_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l332_15: f32 = t332[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v338_15: f32 = acc3_3 + l332_15;
    let l336_15: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v339_15: f32 = v338_15 + l336_15;
    t339[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v339_15;
    let l124_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v340_15: f32 = v339_15 * l124_15;
    t340[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v340_15;
  }
}
