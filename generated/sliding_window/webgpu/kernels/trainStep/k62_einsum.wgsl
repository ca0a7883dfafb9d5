// kernel k62_einsum
@group(0) @binding(0) var<storage, read> t337: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t343: array<f32>;
@group(0) @binding(3) var<storage, read> t347: array<f32>;
@group(0) @binding(4) var<storage, read_write> t350: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t351: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k62_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t337[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t337[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t337[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t337[(row0 + ty + 48i) * 32i + kA];
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
    let l343: f32 = t343[(row0 + ty) * 64i + (col0 + tx)];
    let v349: f32 = acc0_0 + l343;
    let l347: f32 = t347[(row0 + ty) * 64i + (col0 + tx)];
    let v350: f32 = v349 + l347;
    t350[(row0 + ty) * 64i + (col0 + tx)] = v350;
    let l129: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v351: f32 = v350 * l129;
    t351[(row0 + ty) * 64i + (col0 + tx)] = v351;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l343_1: f32 = t343[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v349_1: f32 = acc0_1 + l343_1;
    let l347_1: f32 = t347[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v350_1: f32 = v349_1 + l347_1;
    t350[(row0 + ty) * 64i + (col0 + tx) + 16i] = v350_1;
    let l129_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v351_1: f32 = v350_1 * l129_1;
    t351[(row0 + ty) * 64i + (col0 + tx) + 16i] = v351_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l343_2: f32 = t343[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v349_2: f32 = acc0_2 + l343_2;
    let l347_2: f32 = t347[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v350_2: f32 = v349_2 + l347_2;
    t350[(row0 + ty) * 64i + (col0 + tx) + 32i] = v350_2;
    let l129_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v351_2: f32 = v350_2 * l129_2;
    t351[(row0 + ty) * 64i + (col0 + tx) + 32i] = v351_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l343_3: f32 = t343[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v349_3: f32 = acc0_3 + l343_3;
    let l347_3: f32 = t347[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v350_3: f32 = v349_3 + l347_3;
    t350[(row0 + ty) * 64i + (col0 + tx) + 48i] = v350_3;
    let l129_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v351_3: f32 = v350_3 * l129_3;
    t351[(row0 + ty) * 64i + (col0 + tx) + 48i] = v351_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l343_4: f32 = t343[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v349_4: f32 = acc1_0 + l343_4;
    let l347_4: f32 = t347[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v350_4: f32 = v349_4 + l347_4;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx)] = v350_4;
    let l129_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v351_4: f32 = v350_4 * l129_4;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx)] = v351_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l343_5: f32 = t343[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v349_5: f32 = acc1_1 + l343_5;
    let l347_5: f32 = t347[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v350_5: f32 = v349_5 + l347_5;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v350_5;
    let l129_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v351_5: f32 = v350_5 * l129_5;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v351_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l343_6: f32 = t343[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v349_6: f32 = acc1_2 + l343_6;
    let l347_6: f32 = t347[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v350_6: f32 = v349_6 + l347_6;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v350_6;
    let l129_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v351_6: f32 = v350_6 * l129_6;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v351_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l343_7: f32 = t343[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v349_7: f32 = acc1_3 + l343_7;
    let l347_7: f32 = t347[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v350_7: f32 = v349_7 + l347_7;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v350_7;
    let l129_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v351_7: f32 = v350_7 * l129_7;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v351_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l343_8: f32 = t343[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v349_8: f32 = acc2_0 + l343_8;
    let l347_8: f32 = t347[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v350_8: f32 = v349_8 + l347_8;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx)] = v350_8;
    let l129_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v351_8: f32 = v350_8 * l129_8;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx)] = v351_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l343_9: f32 = t343[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v349_9: f32 = acc2_1 + l343_9;
    let l347_9: f32 = t347[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v350_9: f32 = v349_9 + l347_9;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v350_9;
    let l129_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v351_9: f32 = v350_9 * l129_9;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v351_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l343_10: f32 = t343[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v349_10: f32 = acc2_2 + l343_10;
    let l347_10: f32 = t347[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v350_10: f32 = v349_10 + l347_10;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v350_10;
    let l129_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v351_10: f32 = v350_10 * l129_10;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v351_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l343_11: f32 = t343[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v349_11: f32 = acc2_3 + l343_11;
    let l347_11: f32 = t347[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v350_11: f32 = v349_11 + l347_11;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v350_11;
    let l129_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v351_11: f32 = v350_11 * l129_11;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v351_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l343_12: f32 = t343[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v349_12: f32 = acc3_0 + l343_12;
    let l347_12: f32 = t347[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v350_12: f32 = v349_12 + l347_12;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx)] = v350_12;
    let l129_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v351_12: f32 = v350_12 * l129_12;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx)] = v351_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l343_13: f32 = t343[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v349_13: f32 = acc3_1 + l343_13;
    let l347_13: f32 = t347[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v350_13: f32 = v349_13 + l347_13;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v350_13;
    let l129_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v351_13: f32 = v350_13 * l129_13;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v351_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l343_14: f32 = t343[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v349_14: f32 = acc3_2 + l343_14;
    let l347_14: f32 = t347[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v350_14: f32 = v349_14 + l347_14;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v350_14;
    let l129_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v351_14: f32 = v350_14 * l129_14;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v351_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l343_15: f32 = t343[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v349_15: f32 = acc3_3 + l343_15;
    let l347_15: f32 = t347[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v350_15: f32 = v349_15 + l347_15;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v350_15;
    let l129_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v351_15: f32 = v350_15 * l129_15;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v351_15;
  }
}
