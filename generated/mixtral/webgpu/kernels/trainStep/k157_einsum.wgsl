// kernel k157_einsum
@group(0) @binding(0) var<storage, read> t727: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t733: array<f32>;
@group(0) @binding(3) var<storage, read> t737: array<f32>;
@group(0) @binding(4) var<storage, read_write> t740: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t741: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k157_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t727[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t727[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t727[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t727[(row0 + ty + 48i) * 32i + kA];
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
    let l733: f32 = t733[(row0 + ty) * 64i + (col0 + tx)];
    let v739: f32 = acc0_0 + l733;
    let l737: f32 = t737[(row0 + ty) * 64i + (col0 + tx)];
    let v740: f32 = v739 + l737;
    t740[(row0 + ty) * 64i + (col0 + tx)] = v740;
    let l36: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v741: f32 = v740 * l36;
    t741[(row0 + ty) * 64i + (col0 + tx)] = v741;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l733_1: f32 = t733[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v739_1: f32 = acc0_1 + l733_1;
    let l737_1: f32 = t737[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v740_1: f32 = v739_1 + l737_1;
    t740[(row0 + ty) * 64i + (col0 + tx) + 16i] = v740_1;
    let l36_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v741_1: f32 = v740_1 * l36_1;
    t741[(row0 + ty) * 64i + (col0 + tx) + 16i] = v741_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l733_2: f32 = t733[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v739_2: f32 = acc0_2 + l733_2;
    let l737_2: f32 = t737[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v740_2: f32 = v739_2 + l737_2;
    t740[(row0 + ty) * 64i + (col0 + tx) + 32i] = v740_2;
    let l36_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v741_2: f32 = v740_2 * l36_2;
    t741[(row0 + ty) * 64i + (col0 + tx) + 32i] = v741_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l733_3: f32 = t733[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v739_3: f32 = acc0_3 + l733_3;
    let l737_3: f32 = t737[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v740_3: f32 = v739_3 + l737_3;
    t740[(row0 + ty) * 64i + (col0 + tx) + 48i] = v740_3;
    let l36_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v741_3: f32 = v740_3 * l36_3;
    t741[(row0 + ty) * 64i + (col0 + tx) + 48i] = v741_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l733_4: f32 = t733[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v739_4: f32 = acc1_0 + l733_4;
    let l737_4: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v740_4: f32 = v739_4 + l737_4;
    t740[(row0 + ty + 16i) * 64i + (col0 + tx)] = v740_4;
    let l36_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v741_4: f32 = v740_4 * l36_4;
    t741[(row0 + ty + 16i) * 64i + (col0 + tx)] = v741_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l733_5: f32 = t733[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v739_5: f32 = acc1_1 + l733_5;
    let l737_5: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v740_5: f32 = v739_5 + l737_5;
    t740[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v740_5;
    let l36_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v741_5: f32 = v740_5 * l36_5;
    t741[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v741_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l733_6: f32 = t733[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v739_6: f32 = acc1_2 + l733_6;
    let l737_6: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v740_6: f32 = v739_6 + l737_6;
    t740[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v740_6;
    let l36_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v741_6: f32 = v740_6 * l36_6;
    t741[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v741_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l733_7: f32 = t733[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v739_7: f32 = acc1_3 + l733_7;
    let l737_7: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v740_7: f32 = v739_7 + l737_7;
    t740[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v740_7;
    let l36_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v741_7: f32 = v740_7 * l36_7;
    t741[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v741_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l733_8: f32 = t733[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v739_8: f32 = acc2_0 + l733_8;
    let l737_8: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v740_8: f32 = v739_8 + l737_8;
    t740[(row0 + ty + 32i) * 64i + (col0 + tx)] = v740_8;
    let l36_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v741_8: f32 = v740_8 * l36_8;
    t741[(row0 + ty + 32i) * 64i + (col0 + tx)] = v741_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l733_9: f32 = t733[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v739_9: f32 = acc2_1 + l733_9;
    let l737_9: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v740_9: f32 = v739_9 + l737_9;
    t740[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v740_9;
    let l36_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v741_9: f32 = v740_9 * l36_9;
    t741[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v741_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l733_10: f32 = t733[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v739_10: f32 = acc2_2 + l733_10;
    let l737_10: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v740_10: f32 = v739_10 + l737_10;
    t740[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v740_10;
    let l36_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v741_10: f32 = v740_10 * l36_10;
    t741[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v741_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l733_11: f32 = t733[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v739_11: f32 = acc2_3 + l733_11;
    let l737_11: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v740_11: f32 = v739_11 + l737_11;
    t740[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v740_11;
    let l36_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v741_11: f32 = v740_11 * l36_11;
    t741[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v741_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l733_12: f32 = t733[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v739_12: f32 = acc3_0 + l733_12;
    let l737_12: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v740_12: f32 = v739_12 + l737_12;
    t740[(row0 + ty + 48i) * 64i + (col0 + tx)] = v740_12;
    let l36_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v741_12: f32 = v740_12 * l36_12;
    t741[(row0 + ty + 48i) * 64i + (col0 + tx)] = v741_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l733_13: f32 = t733[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v739_13: f32 = acc3_1 + l733_13;
    let l737_13: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v740_13: f32 = v739_13 + l737_13;
    t740[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v740_13;
    let l36_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v741_13: f32 = v740_13 * l36_13;
    t741[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v741_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l733_14: f32 = t733[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v739_14: f32 = acc3_2 + l733_14;
    let l737_14: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v740_14: f32 = v739_14 + l737_14;
    t740[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v740_14;
    let l36_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v741_14: f32 = v740_14 * l36_14;
    t741[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v741_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l733_15: f32 = t733[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v739_15: f32 = acc3_3 + l733_15;
    let l737_15: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v740_15: f32 = v739_15 + l737_15;
    t740[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v740_15;
    let l36_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v741_15: f32 = v740_15 * l36_15;
    t741[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v741_15;
  }
}
