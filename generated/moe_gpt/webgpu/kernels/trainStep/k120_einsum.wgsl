// kernel k120_einsum
@group(0) @binding(0) var<storage, read> t573: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t579: array<f32>;
@group(0) @binding(3) var<storage, read> t583: array<f32>;
@group(0) @binding(4) var<storage, read_write> t586: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t587: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k120_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t573[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t573[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t573[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t573[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l579: f32 = t579[(row0 + ty) * 64i + (col0 + tx)];
    let v585: f32 = acc0_0 + l579;
    let l583: f32 = t583[(row0 + ty) * 64i + (col0 + tx)];
    let v586: f32 = v585 + l583;
    t586[(row0 + ty) * 64i + (col0 + tx)] = v586;
    let l238: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v587: f32 = v586 * l238;
    t587[(row0 + ty) * 64i + (col0 + tx)] = v587;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l579_1: f32 = t579[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v585_1: f32 = acc0_1 + l579_1;
    let l583_1: f32 = t583[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v586_1: f32 = v585_1 + l583_1;
    t586[(row0 + ty) * 64i + (col0 + tx) + 16i] = v586_1;
    let l238_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v587_1: f32 = v586_1 * l238_1;
    t587[(row0 + ty) * 64i + (col0 + tx) + 16i] = v587_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l579_2: f32 = t579[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v585_2: f32 = acc0_2 + l579_2;
    let l583_2: f32 = t583[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v586_2: f32 = v585_2 + l583_2;
    t586[(row0 + ty) * 64i + (col0 + tx) + 32i] = v586_2;
    let l238_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v587_2: f32 = v586_2 * l238_2;
    t587[(row0 + ty) * 64i + (col0 + tx) + 32i] = v587_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l579_3: f32 = t579[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v585_3: f32 = acc0_3 + l579_3;
    let l583_3: f32 = t583[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v586_3: f32 = v585_3 + l583_3;
    t586[(row0 + ty) * 64i + (col0 + tx) + 48i] = v586_3;
    let l238_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v587_3: f32 = v586_3 * l238_3;
    t587[(row0 + ty) * 64i + (col0 + tx) + 48i] = v587_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l579_4: f32 = t579[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v585_4: f32 = acc1_0 + l579_4;
    let l583_4: f32 = t583[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v586_4: f32 = v585_4 + l583_4;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx)] = v586_4;
    let l238_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v587_4: f32 = v586_4 * l238_4;
    t587[(row0 + ty + 16i) * 64i + (col0 + tx)] = v587_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l579_5: f32 = t579[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v585_5: f32 = acc1_1 + l579_5;
    let l583_5: f32 = t583[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v586_5: f32 = v585_5 + l583_5;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v586_5;
    let l238_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v587_5: f32 = v586_5 * l238_5;
    t587[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v587_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l579_6: f32 = t579[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v585_6: f32 = acc1_2 + l579_6;
    let l583_6: f32 = t583[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v586_6: f32 = v585_6 + l583_6;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v586_6;
    let l238_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v587_6: f32 = v586_6 * l238_6;
    t587[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v587_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l579_7: f32 = t579[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v585_7: f32 = acc1_3 + l579_7;
    let l583_7: f32 = t583[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v586_7: f32 = v585_7 + l583_7;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v586_7;
    let l238_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v587_7: f32 = v586_7 * l238_7;
    t587[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v587_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l579_8: f32 = t579[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v585_8: f32 = acc2_0 + l579_8;
    let l583_8: f32 = t583[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v586_8: f32 = v585_8 + l583_8;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx)] = v586_8;
    let l238_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v587_8: f32 = v586_8 * l238_8;
    t587[(row0 + ty + 32i) * 64i + (col0 + tx)] = v587_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l579_9: f32 = t579[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v585_9: f32 = acc2_1 + l579_9;
    let l583_9: f32 = t583[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v586_9: f32 = v585_9 + l583_9;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v586_9;
    let l238_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v587_9: f32 = v586_9 * l238_9;
    t587[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v587_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l579_10: f32 = t579[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v585_10: f32 = acc2_2 + l579_10;
    let l583_10: f32 = t583[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v586_10: f32 = v585_10 + l583_10;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v586_10;
    let l238_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v587_10: f32 = v586_10 * l238_10;
    t587[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v587_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l579_11: f32 = t579[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v585_11: f32 = acc2_3 + l579_11;
    let l583_11: f32 = t583[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v586_11: f32 = v585_11 + l583_11;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v586_11;
    let l238_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v587_11: f32 = v586_11 * l238_11;
    t587[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v587_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l579_12: f32 = t579[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v585_12: f32 = acc3_0 + l579_12;
    let l583_12: f32 = t583[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v586_12: f32 = v585_12 + l583_12;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx)] = v586_12;
    let l238_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v587_12: f32 = v586_12 * l238_12;
    t587[(row0 + ty + 48i) * 64i + (col0 + tx)] = v587_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l579_13: f32 = t579[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v585_13: f32 = acc3_1 + l579_13;
    let l583_13: f32 = t583[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v586_13: f32 = v585_13 + l583_13;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v586_13;
    let l238_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v587_13: f32 = v586_13 * l238_13;
    t587[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v587_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l579_14: f32 = t579[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v585_14: f32 = acc3_2 + l579_14;
    let l583_14: f32 = t583[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v586_14: f32 = v585_14 + l583_14;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v586_14;
    let l238_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v587_14: f32 = v586_14 * l238_14;
    t587[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v587_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l579_15: f32 = t579[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v585_15: f32 = acc3_3 + l579_15;
    let l583_15: f32 = t583[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v586_15: f32 = v585_15 + l583_15;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v586_15;
    let l238_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v587_15: f32 = v586_15 * l238_15;
    t587[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v587_15;
  }
}
