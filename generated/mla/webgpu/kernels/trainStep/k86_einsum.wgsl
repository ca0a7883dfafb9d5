// kernel k86_einsum
@group(0) @binding(0) var<storage, read> t411: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(2) var<storage, read> t457: array<f32>;
@group(0) @binding(3) var<storage, read_write> t459: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t460: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k86_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 24i) {
      tileA[tx * 64i + ty] = t411[(row0 + ty) * 24i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 16i] = t411[(row0 + ty + 16i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 32i] = t411[(row0 + ty + 32i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 48i] = t411[(row0 + ty + 48i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 24i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + (col0 + bN) * 24i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + 4i + (col0 + bN) * 24i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + 8i + (col0 + bN) * 24i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + 12i + (col0 + bN) * 24i];
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
    let l457: f32 = t457[(row0 + ty) * 64i + (col0 + tx)];
    let v459: f32 = acc0_0 + l457;
    t459[(row0 + ty) * 64i + (col0 + tx)] = v459;
    let l165: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v460: f32 = v459 * l165;
    t460[(row0 + ty) * 64i + (col0 + tx)] = v460;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l457_1: f32 = t457[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v459_1: f32 = acc0_1 + l457_1;
    t459[(row0 + ty) * 64i + (col0 + tx) + 16i] = v459_1;
    let l165_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v460_1: f32 = v459_1 * l165_1;
    t460[(row0 + ty) * 64i + (col0 + tx) + 16i] = v460_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l457_2: f32 = t457[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v459_2: f32 = acc0_2 + l457_2;
    t459[(row0 + ty) * 64i + (col0 + tx) + 32i] = v459_2;
    let l165_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v460_2: f32 = v459_2 * l165_2;
    t460[(row0 + ty) * 64i + (col0 + tx) + 32i] = v460_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l457_3: f32 = t457[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v459_3: f32 = acc0_3 + l457_3;
    t459[(row0 + ty) * 64i + (col0 + tx) + 48i] = v459_3;
    let l165_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v460_3: f32 = v459_3 * l165_3;
    t460[(row0 + ty) * 64i + (col0 + tx) + 48i] = v460_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l457_4: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v459_4: f32 = acc1_0 + l457_4;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx)] = v459_4;
    let l165_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v460_4: f32 = v459_4 * l165_4;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx)] = v460_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l457_5: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v459_5: f32 = acc1_1 + l457_5;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v459_5;
    let l165_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v460_5: f32 = v459_5 * l165_5;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v460_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l457_6: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v459_6: f32 = acc1_2 + l457_6;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v459_6;
    let l165_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v460_6: f32 = v459_6 * l165_6;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v460_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l457_7: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v459_7: f32 = acc1_3 + l457_7;
    t459[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v459_7;
    let l165_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v460_7: f32 = v459_7 * l165_7;
    t460[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v460_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l457_8: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v459_8: f32 = acc2_0 + l457_8;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx)] = v459_8;
    let l165_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v460_8: f32 = v459_8 * l165_8;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx)] = v460_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l457_9: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v459_9: f32 = acc2_1 + l457_9;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v459_9;
    let l165_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v460_9: f32 = v459_9 * l165_9;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v460_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l457_10: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v459_10: f32 = acc2_2 + l457_10;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v459_10;
    let l165_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v460_10: f32 = v459_10 * l165_10;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v460_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l457_11: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v459_11: f32 = acc2_3 + l457_11;
    t459[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v459_11;
    let l165_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v460_11: f32 = v459_11 * l165_11;
    t460[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v460_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l457_12: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v459_12: f32 = acc3_0 + l457_12;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx)] = v459_12;
    let l165_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v460_12: f32 = v459_12 * l165_12;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx)] = v460_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l457_13: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v459_13: f32 = acc3_1 + l457_13;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v459_13;
    let l165_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v460_13: f32 = v459_13 * l165_13;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v460_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l457_14: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v459_14: f32 = acc3_2 + l457_14;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v459_14;
    let l165_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v460_14: f32 = v459_14 * l165_14;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v460_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l457_15: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v459_15: f32 = acc3_3 + l457_15;
    t459[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v459_15;
    let l165_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v460_15: f32 = v459_15 * l165_15;
    t460[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v460_15;
  }
}
