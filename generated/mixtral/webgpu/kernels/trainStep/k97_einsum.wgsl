// kernel k97_einsum
@group(0) @binding(0) var<storage, read> t460: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t466: array<f32>;
@group(0) @binding(3) var<storage, read> t470: array<f32>;
@group(0) @binding(4) var<storage, read_write> t473: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t474: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k97_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t460[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t460[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t460[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t460[(row0 + ty + 48i) * 32i + kA];
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
    let l466: f32 = t466[(row0 + ty) * 64i + (col0 + tx)];
    let v472: f32 = acc0_0 + l466;
    let l470: f32 = t470[(row0 + ty) * 64i + (col0 + tx)];
    let v473: f32 = v472 + l470;
    t473[(row0 + ty) * 64i + (col0 + tx)] = v473;
    let l180: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v474: f32 = v473 * l180;
    t474[(row0 + ty) * 64i + (col0 + tx)] = v474;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l466_1: f32 = t466[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v472_1: f32 = acc0_1 + l466_1;
    let l470_1: f32 = t470[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v473_1: f32 = v472_1 + l470_1;
    t473[(row0 + ty) * 64i + (col0 + tx) + 16i] = v473_1;
    let l180_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v474_1: f32 = v473_1 * l180_1;
    t474[(row0 + ty) * 64i + (col0 + tx) + 16i] = v474_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l466_2: f32 = t466[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v472_2: f32 = acc0_2 + l466_2;
    let l470_2: f32 = t470[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v473_2: f32 = v472_2 + l470_2;
    t473[(row0 + ty) * 64i + (col0 + tx) + 32i] = v473_2;
    let l180_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v474_2: f32 = v473_2 * l180_2;
    t474[(row0 + ty) * 64i + (col0 + tx) + 32i] = v474_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l466_3: f32 = t466[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v472_3: f32 = acc0_3 + l466_3;
    let l470_3: f32 = t470[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v473_3: f32 = v472_3 + l470_3;
    t473[(row0 + ty) * 64i + (col0 + tx) + 48i] = v473_3;
    let l180_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v474_3: f32 = v473_3 * l180_3;
    t474[(row0 + ty) * 64i + (col0 + tx) + 48i] = v474_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l466_4: f32 = t466[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v472_4: f32 = acc1_0 + l466_4;
    let l470_4: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v473_4: f32 = v472_4 + l470_4;
    t473[(row0 + ty + 16i) * 64i + (col0 + tx)] = v473_4;
    let l180_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v474_4: f32 = v473_4 * l180_4;
    t474[(row0 + ty + 16i) * 64i + (col0 + tx)] = v474_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l466_5: f32 = t466[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v472_5: f32 = acc1_1 + l466_5;
    let l470_5: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v473_5: f32 = v472_5 + l470_5;
    t473[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v473_5;
    let l180_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v474_5: f32 = v473_5 * l180_5;
    t474[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v474_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l466_6: f32 = t466[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v472_6: f32 = acc1_2 + l466_6;
    let l470_6: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v473_6: f32 = v472_6 + l470_6;
    t473[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v473_6;
    let l180_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v474_6: f32 = v473_6 * l180_6;
    t474[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v474_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l466_7: f32 = t466[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v472_7: f32 = acc1_3 + l466_7;
    let l470_7: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v473_7: f32 = v472_7 + l470_7;
    t473[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v473_7;
    let l180_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v474_7: f32 = v473_7 * l180_7;
    t474[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v474_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l466_8: f32 = t466[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v472_8: f32 = acc2_0 + l466_8;
    let l470_8: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v473_8: f32 = v472_8 + l470_8;
    t473[(row0 + ty + 32i) * 64i + (col0 + tx)] = v473_8;
    let l180_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v474_8: f32 = v473_8 * l180_8;
    t474[(row0 + ty + 32i) * 64i + (col0 + tx)] = v474_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l466_9: f32 = t466[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v472_9: f32 = acc2_1 + l466_9;
    let l470_9: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v473_9: f32 = v472_9 + l470_9;
    t473[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v473_9;
    let l180_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v474_9: f32 = v473_9 * l180_9;
    t474[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v474_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l466_10: f32 = t466[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v472_10: f32 = acc2_2 + l466_10;
    let l470_10: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v473_10: f32 = v472_10 + l470_10;
    t473[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v473_10;
    let l180_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v474_10: f32 = v473_10 * l180_10;
    t474[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v474_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l466_11: f32 = t466[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v472_11: f32 = acc2_3 + l466_11;
    let l470_11: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v473_11: f32 = v472_11 + l470_11;
    t473[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v473_11;
    let l180_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v474_11: f32 = v473_11 * l180_11;
    t474[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v474_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l466_12: f32 = t466[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v472_12: f32 = acc3_0 + l466_12;
    let l470_12: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v473_12: f32 = v472_12 + l470_12;
    t473[(row0 + ty + 48i) * 64i + (col0 + tx)] = v473_12;
    let l180_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v474_12: f32 = v473_12 * l180_12;
    t474[(row0 + ty + 48i) * 64i + (col0 + tx)] = v474_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l466_13: f32 = t466[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v472_13: f32 = acc3_1 + l466_13;
    let l470_13: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v473_13: f32 = v472_13 + l470_13;
    t473[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v473_13;
    let l180_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v474_13: f32 = v473_13 * l180_13;
    t474[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v474_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l466_14: f32 = t466[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v472_14: f32 = acc3_2 + l466_14;
    let l470_14: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v473_14: f32 = v472_14 + l470_14;
    t473[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v473_14;
    let l180_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v474_14: f32 = v473_14 * l180_14;
    t474[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v474_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l466_15: f32 = t466[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v472_15: f32 = acc3_3 + l466_15;
    let l470_15: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v473_15: f32 = v472_15 + l470_15;
    t473[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v473_15;
    let l180_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v474_15: f32 = v473_15 * l180_15;
    t474[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v474_15;
  }
}
