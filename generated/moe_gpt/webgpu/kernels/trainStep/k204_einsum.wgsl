// kernel k204_einsum
@group(0) @binding(0) var<storage, read> t905: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t911: array<f32>;
@group(0) @binding(3) var<storage, read> t915: array<f32>;
@group(0) @binding(4) var<storage, read_write> t918: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t919: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k204_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t905[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t905[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t905[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t905[(row0 + ty + 48i) * 64i + kA];
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
    let l911: f32 = t911[(row0 + ty) * 64i + (col0 + tx)];
    let v917: f32 = acc0_0 + l911;
    let l915: f32 = t915[(row0 + ty) * 64i + (col0 + tx)];
    let v918: f32 = v917 + l915;
    t918[(row0 + ty) * 64i + (col0 + tx)] = v918;
    let l44: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v919: f32 = v918 * l44;
    t919[(row0 + ty) * 64i + (col0 + tx)] = v919;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l911_1: f32 = t911[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v917_1: f32 = acc0_1 + l911_1;
    let l915_1: f32 = t915[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v918_1: f32 = v917_1 + l915_1;
    t918[(row0 + ty) * 64i + (col0 + tx) + 16i] = v918_1;
    let l44_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v919_1: f32 = v918_1 * l44_1;
    t919[(row0 + ty) * 64i + (col0 + tx) + 16i] = v919_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l911_2: f32 = t911[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v917_2: f32 = acc0_2 + l911_2;
    let l915_2: f32 = t915[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v918_2: f32 = v917_2 + l915_2;
    t918[(row0 + ty) * 64i + (col0 + tx) + 32i] = v918_2;
    let l44_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v919_2: f32 = v918_2 * l44_2;
    t919[(row0 + ty) * 64i + (col0 + tx) + 32i] = v919_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l911_3: f32 = t911[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v917_3: f32 = acc0_3 + l911_3;
    let l915_3: f32 = t915[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v918_3: f32 = v917_3 + l915_3;
    t918[(row0 + ty) * 64i + (col0 + tx) + 48i] = v918_3;
    let l44_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v919_3: f32 = v918_3 * l44_3;
    t919[(row0 + ty) * 64i + (col0 + tx) + 48i] = v919_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l911_4: f32 = t911[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v917_4: f32 = acc1_0 + l911_4;
    let l915_4: f32 = t915[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v918_4: f32 = v917_4 + l915_4;
    t918[(row0 + ty + 16i) * 64i + (col0 + tx)] = v918_4;
    let l44_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v919_4: f32 = v918_4 * l44_4;
    t919[(row0 + ty + 16i) * 64i + (col0 + tx)] = v919_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l911_5: f32 = t911[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v917_5: f32 = acc1_1 + l911_5;
    let l915_5: f32 = t915[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v918_5: f32 = v917_5 + l915_5;
    t918[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v918_5;
    let l44_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v919_5: f32 = v918_5 * l44_5;
    t919[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v919_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l911_6: f32 = t911[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v917_6: f32 = acc1_2 + l911_6;
    let l915_6: f32 = t915[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v918_6: f32 = v917_6 + l915_6;
    t918[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v918_6;
    let l44_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v919_6: f32 = v918_6 * l44_6;
    t919[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v919_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l911_7: f32 = t911[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v917_7: f32 = acc1_3 + l911_7;
    let l915_7: f32 = t915[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v918_7: f32 = v917_7 + l915_7;
    t918[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v918_7;
    let l44_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v919_7: f32 = v918_7 * l44_7;
    t919[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v919_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l911_8: f32 = t911[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v917_8: f32 = acc2_0 + l911_8;
    let l915_8: f32 = t915[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v918_8: f32 = v917_8 + l915_8;
    t918[(row0 + ty + 32i) * 64i + (col0 + tx)] = v918_8;
    let l44_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v919_8: f32 = v918_8 * l44_8;
    t919[(row0 + ty + 32i) * 64i + (col0 + tx)] = v919_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l911_9: f32 = t911[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v917_9: f32 = acc2_1 + l911_9;
    let l915_9: f32 = t915[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v918_9: f32 = v917_9 + l915_9;
    t918[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v918_9;
    let l44_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v919_9: f32 = v918_9 * l44_9;
    t919[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v919_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l911_10: f32 = t911[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v917_10: f32 = acc2_2 + l911_10;
    let l915_10: f32 = t915[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v918_10: f32 = v917_10 + l915_10;
    t918[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v918_10;
    let l44_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v919_10: f32 = v918_10 * l44_10;
    t919[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v919_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l911_11: f32 = t911[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v917_11: f32 = acc2_3 + l911_11;
    let l915_11: f32 = t915[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v918_11: f32 = v917_11 + l915_11;
    t918[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v918_11;
    let l44_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v919_11: f32 = v918_11 * l44_11;
    t919[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v919_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l911_12: f32 = t911[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v917_12: f32 = acc3_0 + l911_12;
    let l915_12: f32 = t915[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v918_12: f32 = v917_12 + l915_12;
    t918[(row0 + ty + 48i) * 64i + (col0 + tx)] = v918_12;
    let l44_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v919_12: f32 = v918_12 * l44_12;
    t919[(row0 + ty + 48i) * 64i + (col0 + tx)] = v919_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l911_13: f32 = t911[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v917_13: f32 = acc3_1 + l911_13;
    let l915_13: f32 = t915[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v918_13: f32 = v917_13 + l915_13;
    t918[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v918_13;
    let l44_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v919_13: f32 = v918_13 * l44_13;
    t919[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v919_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l911_14: f32 = t911[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v917_14: f32 = acc3_2 + l911_14;
    let l915_14: f32 = t915[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v918_14: f32 = v917_14 + l915_14;
    t918[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v918_14;
    let l44_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v919_14: f32 = v918_14 * l44_14;
    t919[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v919_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l911_15: f32 = t911[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v917_15: f32 = acc3_3 + l911_15;
    let l915_15: f32 = t915[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v918_15: f32 = v917_15 + l915_15;
    t918[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v918_15;
    let l44_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v919_15: f32 = v918_15 * l44_15;
    t919[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v919_15;
  }
}
