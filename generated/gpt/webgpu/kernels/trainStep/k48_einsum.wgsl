// kernel k48_einsum
@group(0) @binding(0) var<storage, read> t326: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t336: array<f32>;
@group(0) @binding(3) var<storage, read> t342: array<f32>;
@group(0) @binding(4) var<storage, read_write> t345: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t348: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k48_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t326[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t326[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t326[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t326[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l336: f32 = t336[(row0 + ty) * 64i + (col0 + tx)];
    let v344: f32 = acc0_0 + l336;
    let l342: f32 = t342[(row0 + ty) * 64i + (col0 + tx)];
    let v345: f32 = v344 + l342;
    t345[(row0 + ty) * 64i + (col0 + tx)] = v345;
    let l133: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v348: f32 = v345 * l133;
    t348[(row0 + ty) * 64i + (col0 + tx)] = v348;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l336_1: f32 = t336[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v344_1: f32 = acc0_1 + l336_1;
    let l342_1: f32 = t342[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v345_1: f32 = v344_1 + l342_1;
    t345[(row0 + ty) * 64i + (col0 + tx) + 16i] = v345_1;
    let l133_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v348_1: f32 = v345_1 * l133_1;
    t348[(row0 + ty) * 64i + (col0 + tx) + 16i] = v348_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l336_2: f32 = t336[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v344_2: f32 = acc0_2 + l336_2;
    let l342_2: f32 = t342[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v345_2: f32 = v344_2 + l342_2;
    t345[(row0 + ty) * 64i + (col0 + tx) + 32i] = v345_2;
    let l133_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v348_2: f32 = v345_2 * l133_2;
    t348[(row0 + ty) * 64i + (col0 + tx) + 32i] = v348_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l336_3: f32 = t336[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v344_3: f32 = acc0_3 + l336_3;
    let l342_3: f32 = t342[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v345_3: f32 = v344_3 + l342_3;
    t345[(row0 + ty) * 64i + (col0 + tx) + 48i] = v345_3;
    let l133_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v348_3: f32 = v345_3 * l133_3;
    t348[(row0 + ty) * 64i + (col0 + tx) + 48i] = v348_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l336_4: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v344_4: f32 = acc1_0 + l336_4;
    let l342_4: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v345_4: f32 = v344_4 + l342_4;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx)] = v345_4;
    let l133_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v348_4: f32 = v345_4 * l133_4;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx)] = v348_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l336_5: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v344_5: f32 = acc1_1 + l336_5;
    let l342_5: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v345_5: f32 = v344_5 + l342_5;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v345_5;
    let l133_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v348_5: f32 = v345_5 * l133_5;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v348_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l336_6: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v344_6: f32 = acc1_2 + l336_6;
    let l342_6: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v345_6: f32 = v344_6 + l342_6;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v345_6;
    let l133_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v348_6: f32 = v345_6 * l133_6;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v348_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l336_7: f32 = t336[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v344_7: f32 = acc1_3 + l336_7;
    let l342_7: f32 = t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v345_7: f32 = v344_7 + l342_7;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v345_7;
    let l133_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v348_7: f32 = v345_7 * l133_7;
    t348[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v348_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l336_8: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v344_8: f32 = acc2_0 + l336_8;
    let l342_8: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v345_8: f32 = v344_8 + l342_8;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx)] = v345_8;
    let l133_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v348_8: f32 = v345_8 * l133_8;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx)] = v348_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l336_9: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v344_9: f32 = acc2_1 + l336_9;
    let l342_9: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v345_9: f32 = v344_9 + l342_9;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v345_9;
    let l133_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v348_9: f32 = v345_9 * l133_9;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v348_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l336_10: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v344_10: f32 = acc2_2 + l336_10;
    let l342_10: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v345_10: f32 = v344_10 + l342_10;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v345_10;
    let l133_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v348_10: f32 = v345_10 * l133_10;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v348_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l336_11: f32 = t336[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v344_11: f32 = acc2_3 + l336_11;
    let l342_11: f32 = t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v345_11: f32 = v344_11 + l342_11;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v345_11;
    let l133_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v348_11: f32 = v345_11 * l133_11;
    t348[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v348_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l336_12: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v344_12: f32 = acc3_0 + l336_12;
    let l342_12: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v345_12: f32 = v344_12 + l342_12;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx)] = v345_12;
    let l133_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v348_12: f32 = v345_12 * l133_12;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx)] = v348_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l336_13: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v344_13: f32 = acc3_1 + l336_13;
    let l342_13: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v345_13: f32 = v344_13 + l342_13;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v345_13;
    let l133_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v348_13: f32 = v345_13 * l133_13;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v348_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l336_14: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v344_14: f32 = acc3_2 + l336_14;
    let l342_14: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v345_14: f32 = v344_14 + l342_14;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v345_14;
    let l133_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v348_14: f32 = v345_14 * l133_14;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v348_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l336_15: f32 = t336[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v344_15: f32 = acc3_3 + l336_15;
    let l342_15: f32 = t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v345_15: f32 = v344_15 + l342_15;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v345_15;
    let l133_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v348_15: f32 = v345_15 * l133_15;
    t348[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v348_15;
  }
}
