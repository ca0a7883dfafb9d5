// kernel k90_einsum
@group(0) @binding(0) var<storage, read> t448: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t454: array<f32>;
@group(0) @binding(3) var<storage, read> t458: array<f32>;
@group(0) @binding(4) var<storage, read_write> t461: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t462: array<f32>;
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t448[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t448[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t448[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t448[(row0 + ty + 48i) * 32i + kA];
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
    let l454: f32 = t454[(row0 + ty) * 64i + (col0 + tx)];
    let v460: f32 = acc0_0 + l454;
    let l458: f32 = t458[(row0 + ty) * 64i + (col0 + tx)];
    let v461: f32 = v460 + l458;
    t461[(row0 + ty) * 64i + (col0 + tx)] = v461;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v462: f32 = v461 * l34;
    t462[(row0 + ty) * 64i + (col0 + tx)] = v462;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l454_1: f32 = t454[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v460_1: f32 = acc0_1 + l454_1;
    let l458_1: f32 = t458[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v461_1: f32 = v460_1 + l458_1;
    t461[(row0 + ty) * 64i + (col0 + tx) + 16i] = v461_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v462_1: f32 = v461_1 * l34_1;
    t462[(row0 + ty) * 64i + (col0 + tx) + 16i] = v462_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l454_2: f32 = t454[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v460_2: f32 = acc0_2 + l454_2;
    let l458_2: f32 = t458[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v461_2: f32 = v460_2 + l458_2;
    t461[(row0 + ty) * 64i + (col0 + tx) + 32i] = v461_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v462_2: f32 = v461_2 * l34_2;
    t462[(row0 + ty) * 64i + (col0 + tx) + 32i] = v462_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l454_3: f32 = t454[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v460_3: f32 = acc0_3 + l454_3;
    let l458_3: f32 = t458[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v461_3: f32 = v460_3 + l458_3;
    t461[(row0 + ty) * 64i + (col0 + tx) + 48i] = v461_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v462_3: f32 = v461_3 * l34_3;
    t462[(row0 + ty) * 64i + (col0 + tx) + 48i] = v462_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l454_4: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v460_4: f32 = acc1_0 + l454_4;
    let l458_4: f32 = t458[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v461_4: f32 = v460_4 + l458_4;
    t461[(row0 + ty + 16i) * 64i + (col0 + tx)] = v461_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v462_4: f32 = v461_4 * l34_4;
    t462[(row0 + ty + 16i) * 64i + (col0 + tx)] = v462_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l454_5: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v460_5: f32 = acc1_1 + l454_5;
    let l458_5: f32 = t458[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v461_5: f32 = v460_5 + l458_5;
    t461[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v461_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v462_5: f32 = v461_5 * l34_5;
    t462[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v462_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l454_6: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v460_6: f32 = acc1_2 + l454_6;
    let l458_6: f32 = t458[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v461_6: f32 = v460_6 + l458_6;
    t461[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v461_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v462_6: f32 = v461_6 * l34_6;
    t462[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v462_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l454_7: f32 = t454[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v460_7: f32 = acc1_3 + l454_7;
    let l458_7: f32 = t458[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v461_7: f32 = v460_7 + l458_7;
    t461[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v461_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v462_7: f32 = v461_7 * l34_7;
    t462[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v462_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l454_8: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v460_8: f32 = acc2_0 + l454_8;
    let l458_8: f32 = t458[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v461_8: f32 = v460_8 + l458_8;
    t461[(row0 + ty + 32i) * 64i + (col0 + tx)] = v461_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v462_8: f32 = v461_8 * l34_8;
    t462[(row0 + ty + 32i) * 64i + (col0 + tx)] = v462_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l454_9: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v460_9: f32 = acc2_1 + l454_9;
    let l458_9: f32 = t458[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v461_9: f32 = v460_9 + l458_9;
    t461[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v461_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v462_9: f32 = v461_9 * l34_9;
    t462[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v462_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l454_10: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v460_10: f32 = acc2_2 + l454_10;
    let l458_10: f32 = t458[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v461_10: f32 = v460_10 + l458_10;
    t461[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v461_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v462_10: f32 = v461_10 * l34_10;
    t462[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v462_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l454_11: f32 = t454[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v460_11: f32 = acc2_3 + l454_11;
    let l458_11: f32 = t458[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v461_11: f32 = v460_11 + l458_11;
    t461[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v461_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v462_11: f32 = v461_11 * l34_11;
    t462[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v462_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l454_12: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v460_12: f32 = acc3_0 + l454_12;
    let l458_12: f32 = t458[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v461_12: f32 = v460_12 + l458_12;
    t461[(row0 + ty + 48i) * 64i + (col0 + tx)] = v461_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v462_12: f32 = v461_12 * l34_12;
    t462[(row0 + ty + 48i) * 64i + (col0 + tx)] = v462_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l454_13: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v460_13: f32 = acc3_1 + l454_13;
    let l458_13: f32 = t458[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v461_13: f32 = v460_13 + l458_13;
    t461[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v461_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v462_13: f32 = v461_13 * l34_13;
    t462[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v462_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l454_14: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v460_14: f32 = acc3_2 + l454_14;
    let l458_14: f32 = t458[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v461_14: f32 = v460_14 + l458_14;
    t461[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v461_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v462_14: f32 = v461_14 * l34_14;
    t462[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v462_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l454_15: f32 = t454[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v460_15: f32 = acc3_3 + l454_15;
    let l458_15: f32 = t458[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v461_15: f32 = v460_15 + l458_15;
    t461[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v461_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v462_15: f32 = v461_15 * l34_15;
    t462[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v462_15;
  }
}
