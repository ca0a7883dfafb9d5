// kernel k60_einsum
@group(0) @binding(0) var<storage, read> t334: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t340: array<f32>;
@group(0) @binding(3) var<storage, read> t344: array<f32>;
@group(0) @binding(4) var<storage, read_write> t347: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t348: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k60_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t334[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t334[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t334[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t334[(row0 + ty + 48i) * 32i + kA];
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
    let l340: f32 = t340[(row0 + ty) * 64i + (col0 + tx)];
    let v346: f32 = acc0_0 + l340;
    let l344: f32 = t344[(row0 + ty) * 64i + (col0 + tx)];
    let v347: f32 = v346 + l344;
    t347[(row0 + ty) * 64i + (col0 + tx)] = v347;
    let l128: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v348: f32 = v347 * l128;
    t348[(row0 + ty) * 64i + (col0 + tx)] = v348;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l340_1: f32 = t340[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v346_1: f32 = acc0_1 + l340_1;
    let l344_1: f32 = t344[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v347_1: f32 = v346_1 + l344_1;
    t347[(row0 + ty) * 64i + (col0 + tx) + 16i] = v347_1;
    let l128_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v348_1: f32 = v347_1 * l128_1;
    t348[(row0 + ty) * 64i + (col0 + tx) + 16i] = v348_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l340_2: f32 = t340[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v346_2: f32 = acc0_2 + l340_2;
    let l344_2: f32 = t344[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v347_2: f32 = v346_2 + l344_2;
    t347[(row0 + ty) * 64i + (col0 + tx) + 32i] = v347_2;
    let l128_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v348_2: f32 = v347_2 * l128_2;
    t348[(row0 + ty) * 64i + (col0 + tx) + 32i] = v348_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l340_3: f32 = t340[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v346_3: f32 = acc0_3 + l340_3;
    let l344_3: f32 = t344[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v347_3: f32 = v346_3 + l344_3;
    t347[(row0 + ty) * 64i + (col0 + tx) + 48i] = v347_3;
    let l128_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v348_3: f32 = v347_3 * l128_3;
    t348[(row0 + ty) * 64i + (col0 + tx) + 48i] = v348_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l340_4: f32 = t340[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v346_4: f32 = acc1_0 + l340_4;
    let l344_4: f32 = t344[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v347_4: f32 = v346_4 + l344_4;
    t347[(row0 + ty + 16i) * 64i + (col0 + tx)] = v347_4;
    let l128_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v348_4: f32 = v347_4 * l128_4;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx)] = v348_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l340_5: f32 = t340[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v346_5: f32 = acc1_1 + l340_5;
    let l344_5: f32 = t344[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v347_5: f32 = v346_5 + l344_5;
    t347[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v347_5;
    let l128_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v348_5: f32 = v347_5 * l128_5;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v348_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l340_6: f32 = t340[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v346_6: f32 = acc1_2 + l340_6;
    let l344_6: f32 = t344[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v347_6: f32 = v346_6 + l344_6;
    t347[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v347_6;
    let l128_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v348_6: f32 = v347_6 * l128_6;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v348_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l340_7: f32 = t340[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v346_7: f32 = acc1_3 + l340_7;
    let l344_7: f32 = t344[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v347_7: f32 = v346_7 + l344_7;
    t347[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v347_7;
    let l128_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v348_7: f32 = v347_7 * l128_7;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v348_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l340_8: f32 = t340[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v346_8: f32 = acc2_0 + l340_8;
    let l344_8: f32 = t344[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v347_8: f32 = v346_8 + l344_8;
    t347[(row0 + ty + 32i) * 64i + (col0 + tx)] = v347_8;
    let l128_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v348_8: f32 = v347_8 * l128_8;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx)] = v348_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l340_9: f32 = t340[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v346_9: f32 = acc2_1 + l340_9;
    let l344_9: f32 = t344[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v347_9: f32 = v346_9 + l344_9;
    t347[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v347_9;
    let l128_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v348_9: f32 = v347_9 * l128_9;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v348_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l340_10: f32 = t340[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v346_10: f32 = acc2_2 + l340_10;
    let l344_10: f32 = t344[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v347_10: f32 = v346_10 + l344_10;
    t347[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v347_10;
    let l128_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v348_10: f32 = v347_10 * l128_10;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v348_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l340_11: f32 = t340[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v346_11: f32 = acc2_3 + l340_11;
    let l344_11: f32 = t344[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v347_11: f32 = v346_11 + l344_11;
    t347[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v347_11;
    let l128_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v348_11: f32 = v347_11 * l128_11;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v348_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l340_12: f32 = t340[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v346_12: f32 = acc3_0 + l340_12;
    let l344_12: f32 = t344[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v347_12: f32 = v346_12 + l344_12;
    t347[(row0 + ty + 48i) * 64i + (col0 + tx)] = v347_12;
    let l128_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v348_12: f32 = v347_12 * l128_12;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx)] = v348_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l340_13: f32 = t340[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v346_13: f32 = acc3_1 + l340_13;
    let l344_13: f32 = t344[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v347_13: f32 = v346_13 + l344_13;
    t347[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v347_13;
    let l128_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v348_13: f32 = v347_13 * l128_13;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v348_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l340_14: f32 = t340[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v346_14: f32 = acc3_2 + l340_14;
    let l344_14: f32 = t344[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v347_14: f32 = v346_14 + l344_14;
    t347[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v347_14;
    let l128_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v348_14: f32 = v347_14 * l128_14;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v348_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l340_15: f32 = t340[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v346_15: f32 = acc3_3 + l340_15;
    let l344_15: f32 = t344[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v347_15: f32 = v346_15 + l344_15;
    t347[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v347_15;
    let l128_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v348_15: f32 = v347_15 * l128_15;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v348_15;
  }
}
