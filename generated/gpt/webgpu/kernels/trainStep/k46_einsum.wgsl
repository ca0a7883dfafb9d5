// kernel k46_einsum
@group(0) @binding(0) var<storage, read> t323: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t333: array<f32>;
@group(0) @binding(3) var<storage, read> t339: array<f32>;
@group(0) @binding(4) var<storage, read_write> t342: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t345: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k46_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t323[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t323[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t323[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t323[(row0 + ty + 48i) * 64i + kA];
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
    let l333: f32 = t333[(row0 + ty) * 64i + (col0 + tx)];
    let v341: f32 = acc0_0 + l333;
    let l339: f32 = t339[(row0 + ty) * 64i + (col0 + tx)];
    let v342: f32 = v341 + l339;
    t342[(row0 + ty) * 64i + (col0 + tx)] = v342;
    let l132: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v345: f32 = v342 * l132;
    t345[(row0 + ty) * 64i + (col0 + tx)] = v345;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l333_1: f32 = t333[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v341_1: f32 = acc0_1 + l333_1;
    let l339_1: f32 = t339[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v342_1: f32 = v341_1 + l339_1;
    t342[(row0 + ty) * 64i + (col0 + tx) + 16i] = v342_1;
    let l132_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v345_1: f32 = v342_1 * l132_1;
    t345[(row0 + ty) * 64i + (col0 + tx) + 16i] = v345_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l333_2: f32 = t333[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v341_2: f32 = acc0_2 + l333_2;
    let l339_2: f32 = t339[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v342_2: f32 = v341_2 + l339_2;
    t342[(row0 + ty) * 64i + (col0 + tx) + 32i] = v342_2;
    let l132_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v345_2: f32 = v342_2 * l132_2;
    t345[(row0 + ty) * 64i + (col0 + tx) + 32i] = v345_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l333_3: f32 = t333[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v341_3: f32 = acc0_3 + l333_3;
    let l339_3: f32 = t339[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v342_3: f32 = v341_3 + l339_3;
    t342[(row0 + ty) * 64i + (col0 + tx) + 48i] = v342_3;
    let l132_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v345_3: f32 = v342_3 * l132_3;
    t345[(row0 + ty) * 64i + (col0 + tx) + 48i] = v345_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l333_4: f32 = t333[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v341_4: f32 = acc1_0 + l333_4;
    let l339_4: f32 = t339[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v342_4: f32 = v341_4 + l339_4;
    t342[(row0 + ty + 16i) * 64i + (col0 + tx)] = v342_4;
    let l132_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v345_4: f32 = v342_4 * l132_4;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx)] = v345_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l333_5: f32 = t333[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v341_5: f32 = acc1_1 + l333_5;
    let l339_5: f32 = t339[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v342_5: f32 = v341_5 + l339_5;
    t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v342_5;
    let l132_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v345_5: f32 = v342_5 * l132_5;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v345_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l333_6: f32 = t333[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v341_6: f32 = acc1_2 + l333_6;
    let l339_6: f32 = t339[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v342_6: f32 = v341_6 + l339_6;
    t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v342_6;
    let l132_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v345_6: f32 = v342_6 * l132_6;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v345_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l333_7: f32 = t333[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v341_7: f32 = acc1_3 + l333_7;
    let l339_7: f32 = t339[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v342_7: f32 = v341_7 + l339_7;
    t342[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v342_7;
    let l132_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v345_7: f32 = v342_7 * l132_7;
    t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v345_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l333_8: f32 = t333[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v341_8: f32 = acc2_0 + l333_8;
    let l339_8: f32 = t339[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v342_8: f32 = v341_8 + l339_8;
    t342[(row0 + ty + 32i) * 64i + (col0 + tx)] = v342_8;
    let l132_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v345_8: f32 = v342_8 * l132_8;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx)] = v345_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l333_9: f32 = t333[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v341_9: f32 = acc2_1 + l333_9;
    let l339_9: f32 = t339[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v342_9: f32 = v341_9 + l339_9;
    t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v342_9;
    let l132_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v345_9: f32 = v342_9 * l132_9;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v345_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l333_10: f32 = t333[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v341_10: f32 = acc2_2 + l333_10;
    let l339_10: f32 = t339[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v342_10: f32 = v341_10 + l339_10;
    t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v342_10;
    let l132_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v345_10: f32 = v342_10 * l132_10;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v345_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l333_11: f32 = t333[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v341_11: f32 = acc2_3 + l333_11;
    let l339_11: f32 = t339[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v342_11: f32 = v341_11 + l339_11;
    t342[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v342_11;
    let l132_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v345_11: f32 = v342_11 * l132_11;
    t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v345_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l333_12: f32 = t333[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v341_12: f32 = acc3_0 + l333_12;
    let l339_12: f32 = t339[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v342_12: f32 = v341_12 + l339_12;
    t342[(row0 + ty + 48i) * 64i + (col0 + tx)] = v342_12;
    let l132_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v345_12: f32 = v342_12 * l132_12;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx)] = v345_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l333_13: f32 = t333[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v341_13: f32 = acc3_1 + l333_13;
    let l339_13: f32 = t339[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v342_13: f32 = v341_13 + l339_13;
    t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v342_13;
    let l132_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v345_13: f32 = v342_13 * l132_13;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v345_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l333_14: f32 = t333[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v341_14: f32 = acc3_2 + l333_14;
    let l339_14: f32 = t339[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v342_14: f32 = v341_14 + l339_14;
    t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v342_14;
    let l132_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v345_14: f32 = v342_14 * l132_14;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v345_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l333_15: f32 = t333[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v341_15: f32 = acc3_3 + l333_15;
    let l339_15: f32 = t339[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v342_15: f32 = v341_15 + l339_15;
    t342[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v342_15;
    let l132_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v345_15: f32 = v342_15 * l132_15;
    t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v345_15;
  }
}
