// kernel k155_einsum
@group(0) @binding(0) var<storage, read> t696: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t702: array<f32>;
@group(0) @binding(3) var<storage, read> t706: array<f32>;
@group(0) @binding(4) var<storage, read_write> t709: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t710: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k155_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t696[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t696[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t696[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t696[(row0 + ty + 48i) * 32i + kA];
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
    let l702: f32 = t702[(row0 + ty) * 64i + (col0 + tx)];
    let v708: f32 = acc0_0 + l702;
    let l706: f32 = t706[(row0 + ty) * 64i + (col0 + tx)];
    let v709: f32 = v708 + l706;
    t709[(row0 + ty) * 64i + (col0 + tx)] = v709;
    let l36: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v710: f32 = v709 * l36;
    t710[(row0 + ty) * 64i + (col0 + tx)] = v710;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l702_1: f32 = t702[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v708_1: f32 = acc0_1 + l702_1;
    let l706_1: f32 = t706[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v709_1: f32 = v708_1 + l706_1;
    t709[(row0 + ty) * 64i + (col0 + tx) + 16i] = v709_1;
    let l36_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v710_1: f32 = v709_1 * l36_1;
    t710[(row0 + ty) * 64i + (col0 + tx) + 16i] = v710_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l702_2: f32 = t702[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v708_2: f32 = acc0_2 + l702_2;
    let l706_2: f32 = t706[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v709_2: f32 = v708_2 + l706_2;
    t709[(row0 + ty) * 64i + (col0 + tx) + 32i] = v709_2;
    let l36_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v710_2: f32 = v709_2 * l36_2;
    t710[(row0 + ty) * 64i + (col0 + tx) + 32i] = v710_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l702_3: f32 = t702[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v708_3: f32 = acc0_3 + l702_3;
    let l706_3: f32 = t706[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v709_3: f32 = v708_3 + l706_3;
    t709[(row0 + ty) * 64i + (col0 + tx) + 48i] = v709_3;
    let l36_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v710_3: f32 = v709_3 * l36_3;
    t710[(row0 + ty) * 64i + (col0 + tx) + 48i] = v710_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l702_4: f32 = t702[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v708_4: f32 = acc1_0 + l702_4;
    let l706_4: f32 = t706[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v709_4: f32 = v708_4 + l706_4;
    t709[(row0 + ty + 16i) * 64i + (col0 + tx)] = v709_4;
    let l36_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v710_4: f32 = v709_4 * l36_4;
    t710[(row0 + ty + 16i) * 64i + (col0 + tx)] = v710_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l702_5: f32 = t702[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v708_5: f32 = acc1_1 + l702_5;
    let l706_5: f32 = t706[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v709_5: f32 = v708_5 + l706_5;
    t709[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v709_5;
    let l36_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v710_5: f32 = v709_5 * l36_5;
    t710[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v710_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l702_6: f32 = t702[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v708_6: f32 = acc1_2 + l702_6;
    let l706_6: f32 = t706[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v709_6: f32 = v708_6 + l706_6;
    t709[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v709_6;
    let l36_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v710_6: f32 = v709_6 * l36_6;
    t710[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v710_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l702_7: f32 = t702[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v708_7: f32 = acc1_3 + l702_7;
    let l706_7: f32 = t706[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v709_7: f32 = v708_7 + l706_7;
    t709[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v709_7;
    let l36_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v710_7: f32 = v709_7 * l36_7;
    t710[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v710_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l702_8: f32 = t702[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v708_8: f32 = acc2_0 + l702_8;
    let l706_8: f32 = t706[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v709_8: f32 = v708_8 + l706_8;
    t709[(row0 + ty + 32i) * 64i + (col0 + tx)] = v709_8;
    let l36_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v710_8: f32 = v709_8 * l36_8;
    t710[(row0 + ty + 32i) * 64i + (col0 + tx)] = v710_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l702_9: f32 = t702[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v708_9: f32 = acc2_1 + l702_9;
    let l706_9: f32 = t706[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v709_9: f32 = v708_9 + l706_9;
    t709[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v709_9;
    let l36_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v710_9: f32 = v709_9 * l36_9;
    t710[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v710_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l702_10: f32 = t702[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v708_10: f32 = acc2_2 + l702_10;
    let l706_10: f32 = t706[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v709_10: f32 = v708_10 + l706_10;
    t709[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v709_10;
    let l36_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v710_10: f32 = v709_10 * l36_10;
    t710[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v710_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l702_11: f32 = t702[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v708_11: f32 = acc2_3 + l702_11;
    let l706_11: f32 = t706[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v709_11: f32 = v708_11 + l706_11;
    t709[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v709_11;
    let l36_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v710_11: f32 = v709_11 * l36_11;
    t710[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v710_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l702_12: f32 = t702[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v708_12: f32 = acc3_0 + l702_12;
    let l706_12: f32 = t706[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v709_12: f32 = v708_12 + l706_12;
    t709[(row0 + ty + 48i) * 64i + (col0 + tx)] = v709_12;
    let l36_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v710_12: f32 = v709_12 * l36_12;
    t710[(row0 + ty + 48i) * 64i + (col0 + tx)] = v710_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l702_13: f32 = t702[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v708_13: f32 = acc3_1 + l702_13;
    let l706_13: f32 = t706[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v709_13: f32 = v708_13 + l706_13;
    t709[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v709_13;
    let l36_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v710_13: f32 = v709_13 * l36_13;
    t710[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v710_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l702_14: f32 = t702[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v708_14: f32 = acc3_2 + l702_14;
    let l706_14: f32 = t706[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v709_14: f32 = v708_14 + l706_14;
    t709[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v709_14;
    let l36_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v710_14: f32 = v709_14 * l36_14;
    t710[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v710_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l702_15: f32 = t702[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v708_15: f32 = acc3_3 + l702_15;
    let l706_15: f32 = t706[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v709_15: f32 = v708_15 + l706_15;
    t709[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v709_15;
    let l36_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v710_15: f32 = v709_15 * l36_15;
    t710[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v710_15;
  }
}
