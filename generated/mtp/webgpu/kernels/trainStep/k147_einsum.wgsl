// kernel k147_einsum
@group(0) @binding(0) var<storage, read> t859: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_2_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t865: array<f32>;
@group(0) @binding(3) var<storage, read> t869: array<f32>;
@group(0) @binding(4) var<storage, read_write> t872: array<f32>;
@group(0) @binding(5) var<storage, read> p_mtp_blocks_2_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t873: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k147_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t859[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t859[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t859[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t859[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_2_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_2_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_2_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_2_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l865: f32 = t865[(row0 + ty) * 64i + (col0 + tx)];
    let v871: f32 = acc0_0 + l865;
    let l869: f32 = t869[(row0 + ty) * 64i + (col0 + tx)];
    let v872: f32 = v871 + l869;
    t872[(row0 + ty) * 64i + (col0 + tx)] = v872;
    let l356: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx];
    let v873: f32 = v872 * l356;
    t873[(row0 + ty) * 64i + (col0 + tx)] = v873;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l865_1: f32 = t865[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v871_1: f32 = acc0_1 + l865_1;
    let l869_1: f32 = t869[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v872_1: f32 = v871_1 + l869_1;
    t872[(row0 + ty) * 64i + (col0 + tx) + 16i] = v872_1;
    let l356_1: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 16i];
    let v873_1: f32 = v872_1 * l356_1;
    t873[(row0 + ty) * 64i + (col0 + tx) + 16i] = v873_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l865_2: f32 = t865[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v871_2: f32 = acc0_2 + l865_2;
    let l869_2: f32 = t869[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v872_2: f32 = v871_2 + l869_2;
    t872[(row0 + ty) * 64i + (col0 + tx) + 32i] = v872_2;
    let l356_2: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 32i];
    let v873_2: f32 = v872_2 * l356_2;
    t873[(row0 + ty) * 64i + (col0 + tx) + 32i] = v873_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l865_3: f32 = t865[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v871_3: f32 = acc0_3 + l865_3;
    let l869_3: f32 = t869[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v872_3: f32 = v871_3 + l869_3;
    t872[(row0 + ty) * 64i + (col0 + tx) + 48i] = v872_3;
    let l356_3: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 48i];
    let v873_3: f32 = v872_3 * l356_3;
    t873[(row0 + ty) * 64i + (col0 + tx) + 48i] = v873_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l865_4: f32 = t865[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v871_4: f32 = acc1_0 + l865_4;
    let l869_4: f32 = t869[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v872_4: f32 = v871_4 + l869_4;
    t872[(row0 + ty + 16i) * 64i + (col0 + tx)] = v872_4;
    let l356_4: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx];
    let v873_4: f32 = v872_4 * l356_4;
    t873[(row0 + ty + 16i) * 64i + (col0 + tx)] = v873_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l865_5: f32 = t865[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v871_5: f32 = acc1_1 + l865_5;
    let l869_5: f32 = t869[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v872_5: f32 = v871_5 + l869_5;
    t872[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v872_5;
    let l356_5: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 16i];
    let v873_5: f32 = v872_5 * l356_5;
    t873[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v873_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l865_6: f32 = t865[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v871_6: f32 = acc1_2 + l865_6;
    let l869_6: f32 = t869[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v872_6: f32 = v871_6 + l869_6;
    t872[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v872_6;
    let l356_6: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 32i];
    let v873_6: f32 = v872_6 * l356_6;
    t873[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v873_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l865_7: f32 = t865[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v871_7: f32 = acc1_3 + l865_7;
    let l869_7: f32 = t869[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v872_7: f32 = v871_7 + l869_7;
    t872[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v872_7;
    let l356_7: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 48i];
    let v873_7: f32 = v872_7 * l356_7;
    t873[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v873_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l865_8: f32 = t865[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v871_8: f32 = acc2_0 + l865_8;
    let l869_8: f32 = t869[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v872_8: f32 = v871_8 + l869_8;
    t872[(row0 + ty + 32i) * 64i + (col0 + tx)] = v872_8;
    let l356_8: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx];
    let v873_8: f32 = v872_8 * l356_8;
    t873[(row0 + ty + 32i) * 64i + (col0 + tx)] = v873_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l865_9: f32 = t865[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v871_9: f32 = acc2_1 + l865_9;
    let l869_9: f32 = t869[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v872_9: f32 = v871_9 + l869_9;
    t872[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v872_9;
    let l356_9: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 16i];
    let v873_9: f32 = v872_9 * l356_9;
    t873[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v873_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l865_10: f32 = t865[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v871_10: f32 = acc2_2 + l865_10;
    let l869_10: f32 = t869[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v872_10: f32 = v871_10 + l869_10;
    t872[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v872_10;
    let l356_10: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 32i];
    let v873_10: f32 = v872_10 * l356_10;
    t873[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v873_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l865_11: f32 = t865[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v871_11: f32 = acc2_3 + l865_11;
    let l869_11: f32 = t869[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v872_11: f32 = v871_11 + l869_11;
    t872[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v872_11;
    let l356_11: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 48i];
    let v873_11: f32 = v872_11 * l356_11;
    t873[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v873_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l865_12: f32 = t865[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v871_12: f32 = acc3_0 + l865_12;
    let l869_12: f32 = t869[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v872_12: f32 = v871_12 + l869_12;
    t872[(row0 + ty + 48i) * 64i + (col0 + tx)] = v872_12;
    let l356_12: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx];
    let v873_12: f32 = v872_12 * l356_12;
    t873[(row0 + ty + 48i) * 64i + (col0 + tx)] = v873_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l865_13: f32 = t865[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v871_13: f32 = acc3_1 + l865_13;
    let l869_13: f32 = t869[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v872_13: f32 = v871_13 + l869_13;
    t872[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v872_13;
    let l356_13: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 16i];
    let v873_13: f32 = v872_13 * l356_13;
    t873[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v873_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l865_14: f32 = t865[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v871_14: f32 = acc3_2 + l865_14;
    let l869_14: f32 = t869[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v872_14: f32 = v871_14 + l869_14;
    t872[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v872_14;
    let l356_14: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 32i];
    let v873_14: f32 = v872_14 * l356_14;
    t873[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v873_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l865_15: f32 = t865[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v871_15: f32 = acc3_3 + l865_15;
    let l869_15: f32 = t869[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v872_15: f32 = v871_15 + l869_15;
    t872[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v872_15;
    let l356_15: f32 = p_mtp_blocks_2_attn_norm_g[col0 + tx + 48i];
    let v873_15: f32 = v872_15 * l356_15;
    t873[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v873_15;
  }
}
