// kernel k116_einsum
@group(0) @binding(0) var<storage, read> t561: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t567: array<f32>;
@group(0) @binding(3) var<storage, read> t571: array<f32>;
@group(0) @binding(4) var<storage, read_write> t574: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t575: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k116_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t561[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t561[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t561[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t561[(row0 + ty + 48i) * 32i + kA];
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
    let l567: f32 = t567[(row0 + ty) * 64i + (col0 + tx)];
    let v573: f32 = acc0_0 + l567;
    let l571: f32 = t571[(row0 + ty) * 64i + (col0 + tx)];
    let v574: f32 = v573 + l571;
    t574[(row0 + ty) * 64i + (col0 + tx)] = v574;
    let l180: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v575: f32 = v574 * l180;
    t575[(row0 + ty) * 64i + (col0 + tx)] = v575;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l567_1: f32 = t567[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v573_1: f32 = acc0_1 + l567_1;
    let l571_1: f32 = t571[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v574_1: f32 = v573_1 + l571_1;
    t574[(row0 + ty) * 64i + (col0 + tx) + 16i] = v574_1;
    let l180_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v575_1: f32 = v574_1 * l180_1;
    t575[(row0 + ty) * 64i + (col0 + tx) + 16i] = v575_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l567_2: f32 = t567[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v573_2: f32 = acc0_2 + l567_2;
    let l571_2: f32 = t571[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v574_2: f32 = v573_2 + l571_2;
    t574[(row0 + ty) * 64i + (col0 + tx) + 32i] = v574_2;
    let l180_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v575_2: f32 = v574_2 * l180_2;
    t575[(row0 + ty) * 64i + (col0 + tx) + 32i] = v575_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l567_3: f32 = t567[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v573_3: f32 = acc0_3 + l567_3;
    let l571_3: f32 = t571[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v574_3: f32 = v573_3 + l571_3;
    t574[(row0 + ty) * 64i + (col0 + tx) + 48i] = v574_3;
    let l180_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v575_3: f32 = v574_3 * l180_3;
    t575[(row0 + ty) * 64i + (col0 + tx) + 48i] = v575_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l567_4: f32 = t567[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v573_4: f32 = acc1_0 + l567_4;
    let l571_4: f32 = t571[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v574_4: f32 = v573_4 + l571_4;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx)] = v574_4;
    let l180_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v575_4: f32 = v574_4 * l180_4;
    t575[(row0 + ty + 16i) * 64i + (col0 + tx)] = v575_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l567_5: f32 = t567[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v573_5: f32 = acc1_1 + l567_5;
    let l571_5: f32 = t571[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v574_5: f32 = v573_5 + l571_5;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v574_5;
    let l180_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v575_5: f32 = v574_5 * l180_5;
    t575[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v575_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l567_6: f32 = t567[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v573_6: f32 = acc1_2 + l567_6;
    let l571_6: f32 = t571[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v574_6: f32 = v573_6 + l571_6;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v574_6;
    let l180_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v575_6: f32 = v574_6 * l180_6;
    t575[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v575_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l567_7: f32 = t567[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v573_7: f32 = acc1_3 + l567_7;
    let l571_7: f32 = t571[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v574_7: f32 = v573_7 + l571_7;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v574_7;
    let l180_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v575_7: f32 = v574_7 * l180_7;
    t575[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v575_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l567_8: f32 = t567[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v573_8: f32 = acc2_0 + l567_8;
    let l571_8: f32 = t571[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v574_8: f32 = v573_8 + l571_8;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx)] = v574_8;
    let l180_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v575_8: f32 = v574_8 * l180_8;
    t575[(row0 + ty + 32i) * 64i + (col0 + tx)] = v575_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l567_9: f32 = t567[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v573_9: f32 = acc2_1 + l567_9;
    let l571_9: f32 = t571[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v574_9: f32 = v573_9 + l571_9;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v574_9;
    let l180_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v575_9: f32 = v574_9 * l180_9;
    t575[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v575_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l567_10: f32 = t567[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v573_10: f32 = acc2_2 + l567_10;
    let l571_10: f32 = t571[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v574_10: f32 = v573_10 + l571_10;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v574_10;
    let l180_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v575_10: f32 = v574_10 * l180_10;
    t575[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v575_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l567_11: f32 = t567[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v573_11: f32 = acc2_3 + l567_11;
    let l571_11: f32 = t571[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v574_11: f32 = v573_11 + l571_11;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v574_11;
    let l180_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v575_11: f32 = v574_11 * l180_11;
    t575[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v575_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l567_12: f32 = t567[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v573_12: f32 = acc3_0 + l567_12;
    let l571_12: f32 = t571[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v574_12: f32 = v573_12 + l571_12;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx)] = v574_12;
    let l180_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v575_12: f32 = v574_12 * l180_12;
    t575[(row0 + ty + 48i) * 64i + (col0 + tx)] = v575_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l567_13: f32 = t567[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v573_13: f32 = acc3_1 + l567_13;
    let l571_13: f32 = t571[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v574_13: f32 = v573_13 + l571_13;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v574_13;
    let l180_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v575_13: f32 = v574_13 * l180_13;
    t575[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v575_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l567_14: f32 = t567[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v573_14: f32 = acc3_2 + l567_14;
    let l571_14: f32 = t571[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v574_14: f32 = v573_14 + l571_14;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v574_14;
    let l180_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v575_14: f32 = v574_14 * l180_14;
    t575[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v575_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l567_15: f32 = t567[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v573_15: f32 = acc3_3 + l567_15;
    let l571_15: f32 = t571[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v574_15: f32 = v573_15 + l571_15;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v574_15;
    let l180_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v575_15: f32 = v574_15 * l180_15;
    t575[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v575_15;
  }
}
