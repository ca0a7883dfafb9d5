// kernel k60_einsum
@group(0) @binding(0) var<storage, read> t332: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t338: array<f32>;
@group(0) @binding(3) var<storage, read> t342: array<f32>;
@group(0) @binding(4) var<storage, read_write> t345: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t346: array<f32>;
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t332[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t332[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t332[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t332[(row0 + ty + 48i) * 64i + kA];
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
    let l338: f32 = t338[(row0 + ty) * 64i + (col0 + tx)];
    let v344: f32 = acc0_0 + l338;
    let l342: f32 = t342[(row0 + ty) * 64i + (col0 + tx)];
    let v345: f32 = v344 + l342;
    t345[(row0 + ty) * 64i + (col0 + tx)] = v345;
    let l126: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v346: f32 = v345 * l126;
    t346[(row0 + ty) * 64i + (col0 + tx)] = v346;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l338_1: f32 = t338[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v344_1: f32 = acc0_1 + l338_1;
    let l342_1: f32 = t342[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v345_1: f32 = v344_1 + l342_1;
    t345[(row0 + ty) * 64i + (col0 + tx) + 16i] = v345_1;
    let l126_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v346_1: f32 = v345_1 * l126_1;
    t346[(row0 + ty) * 64i + (col0 + tx) + 16i] = v346_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l338_2: f32 = t338[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v344_2: f32 = acc0_2 + l338_2;
    let l342_2: f32 = t342[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v345_2: f32 = v344_2 + l342_2;
    t345[(row0 + ty) * 64i + (col0 + tx) + 32i] = v345_2;
    let l126_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v346_2: f32 = v345_2 * l126_2;
    t346[(row0 + ty) * 64i + (col0 + tx) + 32i] = v346_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l338_3: f32 = t338[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v344_3: f32 = acc0_3 + l338_3;
    let l342_3: f32 = t342[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v345_3: f32 = v344_3 + l342_3;
    t345[(row0 + ty) * 64i + (col0 + tx) + 48i] = v345_3;
    let l126_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v346_3: f32 = v345_3 * l126_3;
    t346[(row0 + ty) * 64i + (col0 + tx) + 48i] = v346_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l338_4: f32 = t338[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v344_4: f32 = acc1_0 + l338_4;
    let l342_4: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v345_4: f32 = v344_4 + l342_4;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx)] = v345_4;
    let l126_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v346_4: f32 = v345_4 * l126_4;
    t346[(row0 + ty + 16i) * 64i + (col0 + tx)] = v346_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l338_5: f32 = t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v344_5: f32 = acc1_1 + l338_5;
    let l342_5: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v345_5: f32 = v344_5 + l342_5;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v345_5;
    let l126_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v346_5: f32 = v345_5 * l126_5;
    t346[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v346_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l338_6: f32 = t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v344_6: f32 = acc1_2 + l338_6;
    let l342_6: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v345_6: f32 = v344_6 + l342_6;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v345_6;
    let l126_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v346_6: f32 = v345_6 * l126_6;
    t346[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v346_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l338_7: f32 = t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v344_7: f32 = acc1_3 + l338_7;
    let l342_7: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v345_7: f32 = v344_7 + l342_7;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v345_7;
    let l126_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v346_7: f32 = v345_7 * l126_7;
    t346[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v346_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l338_8: f32 = t338[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v344_8: f32 = acc2_0 + l338_8;
    let l342_8: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v345_8: f32 = v344_8 + l342_8;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx)] = v345_8;
    let l126_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v346_8: f32 = v345_8 * l126_8;
    t346[(row0 + ty + 32i) * 64i + (col0 + tx)] = v346_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l338_9: f32 = t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v344_9: f32 = acc2_1 + l338_9;
    let l342_9: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v345_9: f32 = v344_9 + l342_9;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v345_9;
    let l126_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v346_9: f32 = v345_9 * l126_9;
    t346[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v346_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l338_10: f32 = t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v344_10: f32 = acc2_2 + l338_10;
    let l342_10: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v345_10: f32 = v344_10 + l342_10;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v345_10;
    let l126_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v346_10: f32 = v345_10 * l126_10;
    t346[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v346_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l338_11: f32 = t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v344_11: f32 = acc2_3 + l338_11;
    let l342_11: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v345_11: f32 = v344_11 + l342_11;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v345_11;
    let l126_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v346_11: f32 = v345_11 * l126_11;
    t346[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v346_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l338_12: f32 = t338[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v344_12: f32 = acc3_0 + l338_12;
    let l342_12: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v345_12: f32 = v344_12 + l342_12;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx)] = v345_12;
    let l126_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v346_12: f32 = v345_12 * l126_12;
    t346[(row0 + ty + 48i) * 64i + (col0 + tx)] = v346_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l338_13: f32 = t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v344_13: f32 = acc3_1 + l338_13;
    let l342_13: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v345_13: f32 = v344_13 + l342_13;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v345_13;
    let l126_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v346_13: f32 = v345_13 * l126_13;
    t346[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v346_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l338_14: f32 = t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v344_14: f32 = acc3_2 + l338_14;
    let l342_14: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v345_14: f32 = v344_14 + l342_14;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v345_14;
    let l126_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v346_14: f32 = v345_14 * l126_14;
    t346[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v346_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l338_15: f32 = t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v344_15: f32 = acc3_3 + l338_15;
    let l342_15: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v345_15: f32 = v344_15 + l342_15;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v345_15;
    let l126_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v346_15: f32 = v345_15 * l126_15;
    t346[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v346_15;
  }
}
