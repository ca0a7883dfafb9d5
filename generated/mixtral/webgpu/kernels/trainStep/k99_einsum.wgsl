// kernel k99_einsum
@group(0) @binding(0) var<storage, read> t491: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t497: array<f32>;
@group(0) @binding(3) var<storage, read> t501: array<f32>;
@group(0) @binding(4) var<storage, read_write> t504: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t505: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k99_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t491[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t491[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t491[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t491[(row0 + ty + 48i) * 32i + kA];
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
    let l497: f32 = t497[(row0 + ty) * 64i + (col0 + tx)];
    let v503: f32 = acc0_0 + l497;
    let l501: f32 = t501[(row0 + ty) * 64i + (col0 + tx)];
    let v504: f32 = v503 + l501;
    t504[(row0 + ty) * 64i + (col0 + tx)] = v504;
    let l197: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v505: f32 = v504 * l197;
    t505[(row0 + ty) * 64i + (col0 + tx)] = v505;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l497_1: f32 = t497[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v503_1: f32 = acc0_1 + l497_1;
    let l501_1: f32 = t501[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v504_1: f32 = v503_1 + l501_1;
    t504[(row0 + ty) * 64i + (col0 + tx) + 16i] = v504_1;
    let l197_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v505_1: f32 = v504_1 * l197_1;
    t505[(row0 + ty) * 64i + (col0 + tx) + 16i] = v505_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l497_2: f32 = t497[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v503_2: f32 = acc0_2 + l497_2;
    let l501_2: f32 = t501[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v504_2: f32 = v503_2 + l501_2;
    t504[(row0 + ty) * 64i + (col0 + tx) + 32i] = v504_2;
    let l197_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v505_2: f32 = v504_2 * l197_2;
    t505[(row0 + ty) * 64i + (col0 + tx) + 32i] = v505_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l497_3: f32 = t497[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v503_3: f32 = acc0_3 + l497_3;
    let l501_3: f32 = t501[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v504_3: f32 = v503_3 + l501_3;
    t504[(row0 + ty) * 64i + (col0 + tx) + 48i] = v504_3;
    let l197_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v505_3: f32 = v504_3 * l197_3;
    t505[(row0 + ty) * 64i + (col0 + tx) + 48i] = v505_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l497_4: f32 = t497[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v503_4: f32 = acc1_0 + l497_4;
    let l501_4: f32 = t501[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v504_4: f32 = v503_4 + l501_4;
    t504[(row0 + ty + 16i) * 64i + (col0 + tx)] = v504_4;
    let l197_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v505_4: f32 = v504_4 * l197_4;
    t505[(row0 + ty + 16i) * 64i + (col0 + tx)] = v505_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l497_5: f32 = t497[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v503_5: f32 = acc1_1 + l497_5;
    let l501_5: f32 = t501[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v504_5: f32 = v503_5 + l501_5;
    t504[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v504_5;
    let l197_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v505_5: f32 = v504_5 * l197_5;
    t505[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v505_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l497_6: f32 = t497[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v503_6: f32 = acc1_2 + l497_6;
    let l501_6: f32 = t501[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v504_6: f32 = v503_6 + l501_6;
    t504[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v504_6;
    let l197_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v505_6: f32 = v504_6 * l197_6;
    t505[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v505_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l497_7: f32 = t497[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v503_7: f32 = acc1_3 + l497_7;
    let l501_7: f32 = t501[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v504_7: f32 = v503_7 + l501_7;
    t504[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v504_7;
    let l197_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v505_7: f32 = v504_7 * l197_7;
    t505[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v505_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l497_8: f32 = t497[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v503_8: f32 = acc2_0 + l497_8;
    let l501_8: f32 = t501[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v504_8: f32 = v503_8 + l501_8;
    t504[(row0 + ty + 32i) * 64i + (col0 + tx)] = v504_8;
    let l197_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v505_8: f32 = v504_8 * l197_8;
    t505[(row0 + ty + 32i) * 64i + (col0 + tx)] = v505_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l497_9: f32 = t497[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v503_9: f32 = acc2_1 + l497_9;
    let l501_9: f32 = t501[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v504_9: f32 = v503_9 + l501_9;
    t504[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v504_9;
    let l197_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v505_9: f32 = v504_9 * l197_9;
    t505[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v505_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l497_10: f32 = t497[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v503_10: f32 = acc2_2 + l497_10;
    let l501_10: f32 = t501[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v504_10: f32 = v503_10 + l501_10;
    t504[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v504_10;
    let l197_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v505_10: f32 = v504_10 * l197_10;
    t505[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v505_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l497_11: f32 = t497[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v503_11: f32 = acc2_3 + l497_11;
    let l501_11: f32 = t501[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v504_11: f32 = v503_11 + l501_11;
    t504[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v504_11;
    let l197_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v505_11: f32 = v504_11 * l197_11;
    t505[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v505_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l497_12: f32 = t497[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v503_12: f32 = acc3_0 + l497_12;
    let l501_12: f32 = t501[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v504_12: f32 = v503_12 + l501_12;
    t504[(row0 + ty + 48i) * 64i + (col0 + tx)] = v504_12;
    let l197_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v505_12: f32 = v504_12 * l197_12;
    t505[(row0 + ty + 48i) * 64i + (col0 + tx)] = v505_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l497_13: f32 = t497[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v503_13: f32 = acc3_1 + l497_13;
    let l501_13: f32 = t501[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v504_13: f32 = v503_13 + l501_13;
    t504[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v504_13;
    let l197_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v505_13: f32 = v504_13 * l197_13;
    t505[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v505_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l497_14: f32 = t497[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v503_14: f32 = acc3_2 + l497_14;
    let l501_14: f32 = t501[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v504_14: f32 = v503_14 + l501_14;
    t504[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v504_14;
    let l197_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v505_14: f32 = v504_14 * l197_14;
    t505[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v505_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l497_15: f32 = t497[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v503_15: f32 = acc3_3 + l497_15;
    let l501_15: f32 = t501[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v504_15: f32 = v503_15 + l501_15;
    t504[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v504_15;
    let l197_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v505_15: f32 = v504_15 * l197_15;
    t505[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v505_15;
  }
}
