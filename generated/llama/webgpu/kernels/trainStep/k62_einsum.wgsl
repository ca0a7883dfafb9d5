// kernel k62_einsum
@group(0) @binding(0) var<storage, read> t335: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t341: array<f32>;
@group(0) @binding(3) var<storage, read> t345: array<f32>;
@group(0) @binding(4) var<storage, read_write> t348: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t349: array<f32>;
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t335[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t335[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t335[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t335[(row0 + ty + 48i) * 64i + kA];
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
    let l341: f32 = t341[(row0 + ty) * 64i + (col0 + tx)];
    let v347: f32 = acc0_0 + l341;
    let l345: f32 = t345[(row0 + ty) * 64i + (col0 + tx)];
    let v348: f32 = v347 + l345;
    t348[(row0 + ty) * 64i + (col0 + tx)] = v348;
    let l127: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v349: f32 = v348 * l127;
    t349[(row0 + ty) * 64i + (col0 + tx)] = v349;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l341_1: f32 = t341[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v347_1: f32 = acc0_1 + l341_1;
    let l345_1: f32 = t345[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v348_1: f32 = v347_1 + l345_1;
    t348[(row0 + ty) * 64i + (col0 + tx) + 16i] = v348_1;
    let l127_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v349_1: f32 = v348_1 * l127_1;
    t349[(row0 + ty) * 64i + (col0 + tx) + 16i] = v349_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l341_2: f32 = t341[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v347_2: f32 = acc0_2 + l341_2;
    let l345_2: f32 = t345[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v348_2: f32 = v347_2 + l345_2;
    t348[(row0 + ty) * 64i + (col0 + tx) + 32i] = v348_2;
    let l127_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v349_2: f32 = v348_2 * l127_2;
    t349[(row0 + ty) * 64i + (col0 + tx) + 32i] = v349_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l341_3: f32 = t341[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v347_3: f32 = acc0_3 + l341_3;
    let l345_3: f32 = t345[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v348_3: f32 = v347_3 + l345_3;
    t348[(row0 + ty) * 64i + (col0 + tx) + 48i] = v348_3;
    let l127_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v349_3: f32 = v348_3 * l127_3;
    t349[(row0 + ty) * 64i + (col0 + tx) + 48i] = v349_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l341_4: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v347_4: f32 = acc1_0 + l341_4;
    let l345_4: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v348_4: f32 = v347_4 + l345_4;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx)] = v348_4;
    let l127_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v349_4: f32 = v348_4 * l127_4;
    t349[(row0 + ty + 16i) * 64i + (col0 + tx)] = v349_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l341_5: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v347_5: f32 = acc1_1 + l341_5;
    let l345_5: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v348_5: f32 = v347_5 + l345_5;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v348_5;
    let l127_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v349_5: f32 = v348_5 * l127_5;
    t349[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v349_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l341_6: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v347_6: f32 = acc1_2 + l341_6;
    let l345_6: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v348_6: f32 = v347_6 + l345_6;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v348_6;
    let l127_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v349_6: f32 = v348_6 * l127_6;
    t349[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v349_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l341_7: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v347_7: f32 = acc1_3 + l341_7;
    let l345_7: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v348_7: f32 = v347_7 + l345_7;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v348_7;
    let l127_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v349_7: f32 = v348_7 * l127_7;
    t349[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v349_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l341_8: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v347_8: f32 = acc2_0 + l341_8;
    let l345_8: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v348_8: f32 = v347_8 + l345_8;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx)] = v348_8;
    let l127_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v349_8: f32 = v348_8 * l127_8;
    t349[(row0 + ty + 32i) * 64i + (col0 + tx)] = v349_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l341_9: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v347_9: f32 = acc2_1 + l341_9;
    let l345_9: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v348_9: f32 = v347_9 + l345_9;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v348_9;
    let l127_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v349_9: f32 = v348_9 * l127_9;
    t349[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v349_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l341_10: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v347_10: f32 = acc2_2 + l341_10;
    let l345_10: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v348_10: f32 = v347_10 + l345_10;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v348_10;
    let l127_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v349_10: f32 = v348_10 * l127_10;
    t349[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v349_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l341_11: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v347_11: f32 = acc2_3 + l341_11;
    let l345_11: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v348_11: f32 = v347_11 + l345_11;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v348_11;
    let l127_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v349_11: f32 = v348_11 * l127_11;
    t349[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v349_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l341_12: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v347_12: f32 = acc3_0 + l341_12;
    let l345_12: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v348_12: f32 = v347_12 + l345_12;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx)] = v348_12;
    let l127_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v349_12: f32 = v348_12 * l127_12;
    t349[(row0 + ty + 48i) * 64i + (col0 + tx)] = v349_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l341_13: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v347_13: f32 = acc3_1 + l341_13;
    let l345_13: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v348_13: f32 = v347_13 + l345_13;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v348_13;
    let l127_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v349_13: f32 = v348_13 * l127_13;
    t349[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v349_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l341_14: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v347_14: f32 = acc3_2 + l341_14;
    let l345_14: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v348_14: f32 = v347_14 + l345_14;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v348_14;
    let l127_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v349_14: f32 = v348_14 * l127_14;
    t349[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v349_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l341_15: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v347_15: f32 = acc3_3 + l341_15;
    let l345_15: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v348_15: f32 = v347_15 + l345_15;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v348_15;
    let l127_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v349_15: f32 = v348_15 * l127_15;
    t349[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v349_15;
  }
}
