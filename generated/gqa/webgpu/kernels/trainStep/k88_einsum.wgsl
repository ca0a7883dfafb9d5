// kernel k88_einsum
@group(0) @binding(0) var<storage, read> t444: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t450: array<f32>;
@group(0) @binding(3) var<storage, read> t454: array<f32>;
@group(0) @binding(4) var<storage, read_write> t457: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t458: array<f32>;
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
      tileA[tx * 64i + ty] = t444[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t444[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t444[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t444[(row0 + ty + 48i) * 32i + kA];
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
    let l450: f32 = t450[(row0 + ty) * 64i + (col0 + tx)];
    let v456: f32 = acc0_0 + l450;
    let l454: f32 = t454[(row0 + ty) * 64i + (col0 + tx)];
    let v457: f32 = v456 + l454;
    t457[(row0 + ty) * 64i + (col0 + tx)] = v457;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v458: f32 = v457 * l34;
    t458[(row0 + ty) * 64i + (col0 + tx)] = v458;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l450_1: f32 = t450[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v456_1: f32 = acc0_1 + l450_1;
    let l454_1: f32 = t454[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v457_1: f32 = v456_1 + l454_1;
    t457[(row0 + ty) * 64i + (col0 + tx) + 16i] = v457_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v458_1: f32 = v457_1 * l34_1;
    t458[(row0 + ty) * 64i + (col0 + tx) + 16i] = v458_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l450_2: f32 = t450[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v456_2: f32 = acc0_2 + l450_2;
    let l454_2: f32 = t454[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v457_2: f32 = v456_2 + l454_2;
    t457[(row0 + ty) * 64i + (col0 + tx) + 32i] = v457_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v458_2: f32 = v457_2 * l34_2;
    t458[(row0 + ty) * 64i + (col0 + tx) + 32i] = v458_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l450_3: f32 = t450[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v456_3: f32 = acc0_3 + l450_3;
    let l454_3: f32 = t454[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v457_3: f32 = v456_3 + l454_3;
    t457[(row0 + ty) * 64i + (col0 + tx) + 48i] = v457_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v458_3: f32 = v457_3 * l34_3;
    t458[(row0 + ty) * 64i + (col0 + tx) + 48i] = v458_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l450_4: f32 = t450[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v456_4: f32 = acc1_0 + l450_4;
    let l454_4: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v457_4: f32 = v456_4 + l454_4;
    t457[(row0 + ty + 16i) * 64i + (col0 + tx)] = v457_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v458_4: f32 = v457_4 * l34_4;
    t458[(row0 + ty + 16i) * 64i + (col0 + tx)] = v458_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l450_5: f32 = t450[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v456_5: f32 = acc1_1 + l450_5;
    let l454_5: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v457_5: f32 = v456_5 + l454_5;
    t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v457_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v458_5: f32 = v457_5 * l34_5;
    t458[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v458_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l450_6: f32 = t450[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v456_6: f32 = acc1_2 + l450_6;
    let l454_6: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v457_6: f32 = v456_6 + l454_6;
    t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v457_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v458_6: f32 = v457_6 * l34_6;
    t458[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v458_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l450_7: f32 = t450[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v456_7: f32 = acc1_3 + l450_7;
    let l454_7: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v457_7: f32 = v456_7 + l454_7;
    t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v457_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v458_7: f32 = v457_7 * l34_7;
    t458[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v458_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l450_8: f32 = t450[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v456_8: f32 = acc2_0 + l450_8;
    let l454_8: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v457_8: f32 = v456_8 + l454_8;
    t457[(row0 + ty + 32i) * 64i + (col0 + tx)] = v457_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v458_8: f32 = v457_8 * l34_8;
    t458[(row0 + ty + 32i) * 64i + (col0 + tx)] = v458_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l450_9: f32 = t450[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v456_9: f32 = acc2_1 + l450_9;
    let l454_9: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v457_9: f32 = v456_9 + l454_9;
    t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v457_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v458_9: f32 = v457_9 * l34_9;
    t458[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v458_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l450_10: f32 = t450[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v456_10: f32 = acc2_2 + l450_10;
    let l454_10: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v457_10: f32 = v456_10 + l454_10;
    t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v457_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v458_10: f32 = v457_10 * l34_10;
    t458[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v458_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l450_11: f32 = t450[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v456_11: f32 = acc2_3 + l450_11;
    let l454_11: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v457_11: f32 = v456_11 + l454_11;
    t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v457_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v458_11: f32 = v457_11 * l34_11;
    t458[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v458_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l450_12: f32 = t450[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v456_12: f32 = acc3_0 + l450_12;
    let l454_12: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v457_12: f32 = v456_12 + l454_12;
    t457[(row0 + ty + 48i) * 64i + (col0 + tx)] = v457_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v458_12: f32 = v457_12 * l34_12;
    t458[(row0 + ty + 48i) * 64i + (col0 + tx)] = v458_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l450_13: f32 = t450[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v456_13: f32 = acc3_1 + l450_13;
    let l454_13: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v457_13: f32 = v456_13 + l454_13;
    t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v457_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v458_13: f32 = v457_13 * l34_13;
    t458[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v458_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l450_14: f32 = t450[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v456_14: f32 = acc3_2 + l450_14;
    let l454_14: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v457_14: f32 = v456_14 + l454_14;
    t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v457_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v458_14: f32 = v457_14 * l34_14;
    t458[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v458_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l450_15: f32 = t450[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v456_15: f32 = acc3_3 + l450_15;
    let l454_15: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v457_15: f32 = v456_15 + l454_15;
    t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v457_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v458_15: f32 = v457_15 * l34_15;
    t458[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v458_15;
  }
}
