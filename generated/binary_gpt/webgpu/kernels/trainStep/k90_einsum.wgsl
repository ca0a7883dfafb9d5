// kernel k90_einsum
@group(0) @binding(0) var<storage, read> t452: array<f32>;
@group(0) @binding(1) var<storage, read> t87: array<f32>;
@group(0) @binding(2) var<storage, read> t464: array<f32>;
@group(0) @binding(3) var<storage, read> t474: array<f32>;
@group(0) @binding(4) var<storage, read_write> t483: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t484: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k90_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t452[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t452[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t452[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t452[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t87[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t87[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t87[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t87[bK + 12i + (col0 + bN) * 64i];
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
    let l464: f32 = t464[(row0 + ty) * 64i + (col0 + tx)];
    let v482: f32 = acc0_0 + l464;
    let l474: f32 = t474[(row0 + ty) * 64i + (col0 + tx)];
    let v483: f32 = v482 + l474;
    t483[(row0 + ty) * 64i + (col0 + tx)] = v483;
    let l59: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v484: f32 = v483 * l59;
    t484[(row0 + ty) * 64i + (col0 + tx)] = v484;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l464_1: f32 = t464[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v482_1: f32 = acc0_1 + l464_1;
    let l474_1: f32 = t474[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v483_1: f32 = v482_1 + l474_1;
    t483[(row0 + ty) * 64i + (col0 + tx) + 16i] = v483_1;
    let l59_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v484_1: f32 = v483_1 * l59_1;
    t484[(row0 + ty) * 64i + (col0 + tx) + 16i] = v484_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l464_2: f32 = t464[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v482_2: f32 = acc0_2 + l464_2;
    let l474_2: f32 = t474[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v483_2: f32 = v482_2 + l474_2;
    t483[(row0 + ty) * 64i + (col0 + tx) + 32i] = v483_2;
    let l59_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v484_2: f32 = v483_2 * l59_2;
    t484[(row0 + ty) * 64i + (col0 + tx) + 32i] = v484_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l464_3: f32 = t464[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v482_3: f32 = acc0_3 + l464_3;
    let l474_3: f32 = t474[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v483_3: f32 = v482_3 + l474_3;
    t483[(row0 + ty) * 64i + (col0 + tx) + 48i] = v483_3;
    let l59_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v484_3: f32 = v483_3 * l59_3;
    t484[(row0 + ty) * 64i + (col0 + tx) + 48i] = v484_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l464_4: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v482_4: f32 = acc1_0 + l464_4;
    let l474_4: f32 = t474[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v483_4: f32 = v482_4 + l474_4;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx)] = v483_4;
    let l59_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v484_4: f32 = v483_4 * l59_4;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx)] = v484_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l464_5: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v482_5: f32 = acc1_1 + l464_5;
    let l474_5: f32 = t474[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v483_5: f32 = v482_5 + l474_5;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v483_5;
    let l59_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v484_5: f32 = v483_5 * l59_5;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v484_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l464_6: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v482_6: f32 = acc1_2 + l464_6;
    let l474_6: f32 = t474[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v483_6: f32 = v482_6 + l474_6;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v483_6;
    let l59_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v484_6: f32 = v483_6 * l59_6;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v484_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l464_7: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v482_7: f32 = acc1_3 + l464_7;
    let l474_7: f32 = t474[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v483_7: f32 = v482_7 + l474_7;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v483_7;
    let l59_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v484_7: f32 = v483_7 * l59_7;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v484_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l464_8: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v482_8: f32 = acc2_0 + l464_8;
    let l474_8: f32 = t474[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v483_8: f32 = v482_8 + l474_8;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx)] = v483_8;
    let l59_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v484_8: f32 = v483_8 * l59_8;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx)] = v484_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l464_9: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v482_9: f32 = acc2_1 + l464_9;
    let l474_9: f32 = t474[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v483_9: f32 = v482_9 + l474_9;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v483_9;
    let l59_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v484_9: f32 = v483_9 * l59_9;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v484_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l464_10: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v482_10: f32 = acc2_2 + l464_10;
    let l474_10: f32 = t474[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v483_10: f32 = v482_10 + l474_10;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v483_10;
    let l59_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v484_10: f32 = v483_10 * l59_10;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v484_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l464_11: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v482_11: f32 = acc2_3 + l464_11;
    let l474_11: f32 = t474[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v483_11: f32 = v482_11 + l474_11;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v483_11;
    let l59_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v484_11: f32 = v483_11 * l59_11;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v484_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l464_12: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v482_12: f32 = acc3_0 + l464_12;
    let l474_12: f32 = t474[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v483_12: f32 = v482_12 + l474_12;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx)] = v483_12;
    let l59_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v484_12: f32 = v483_12 * l59_12;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx)] = v484_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l464_13: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v482_13: f32 = acc3_1 + l464_13;
    let l474_13: f32 = t474[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v483_13: f32 = v482_13 + l474_13;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v483_13;
    let l59_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v484_13: f32 = v483_13 * l59_13;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v484_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l464_14: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v482_14: f32 = acc3_2 + l464_14;
    let l474_14: f32 = t474[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v483_14: f32 = v482_14 + l474_14;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v483_14;
    let l59_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v484_14: f32 = v483_14 * l59_14;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v484_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l464_15: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v482_15: f32 = acc3_3 + l464_15;
    let l474_15: f32 = t474[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v483_15: f32 = v482_15 + l474_15;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v483_15;
    let l59_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v484_15: f32 = v483_15 * l59_15;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v484_15;
  }
}
