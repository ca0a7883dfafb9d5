// kernel k61_einsum
@group(0) @binding(0) var<storage, read> t400: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t401: array<f32>;
@group(0) @binding(3) var<storage, read> t286: array<f32>;
@group(0) @binding(4) var<storage, read> t421: array<f32>;
@group(0) @binding(5) var<storage, read> t276: array<f32>;
@group(0) @binding(6) var<storage, read_write> t432: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k61_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t400[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t400[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t400[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t400[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t401[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l288: f32 = t286[col0 + tx];
    let v403: f32 = acc0_0 * l288;
    let l421: f32 = t421[(row0 + ty) * 64i + (col0 + tx)];
    let l278: f32 = t276[col0 + tx];
    let v423: f32 = l421 * l278;
    let v432: f32 = v403 + v423;
    t432[(row0 + ty) * 64i + (col0 + tx)] = v432;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t401[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l288_1: f32 = t286[col0 + tx + 16i];
    let v403_1: f32 = acc0_1 * l288_1;
    let l421_1: f32 = t421[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l278_1: f32 = t276[col0 + tx + 16i];
    let v423_1: f32 = l421_1 * l278_1;
    let v432_1: f32 = v403_1 + v423_1;
    t432[(row0 + ty) * 64i + (col0 + tx) + 16i] = v432_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t401[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l288_2: f32 = t286[col0 + tx + 32i];
    let v403_2: f32 = acc0_2 * l288_2;
    let l421_2: f32 = t421[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l278_2: f32 = t276[col0 + tx + 32i];
    let v423_2: f32 = l421_2 * l278_2;
    let v432_2: f32 = v403_2 + v423_2;
    t432[(row0 + ty) * 64i + (col0 + tx) + 32i] = v432_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t401[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l288_3: f32 = t286[col0 + tx + 48i];
    let v403_3: f32 = acc0_3 * l288_3;
    let l421_3: f32 = t421[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l278_3: f32 = t276[col0 + tx + 48i];
    let v423_3: f32 = l421_3 * l278_3;
    let v432_3: f32 = v403_3 + v423_3;
    t432[(row0 + ty) * 64i + (col0 + tx) + 48i] = v432_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t401[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l288_4: f32 = t286[col0 + tx];
    let v403_4: f32 = acc1_0 * l288_4;
    let l421_4: f32 = t421[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l278_4: f32 = t276[col0 + tx];
    let v423_4: f32 = l421_4 * l278_4;
    let v432_4: f32 = v403_4 + v423_4;
    t432[(row0 + ty + 16i) * 64i + (col0 + tx)] = v432_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t401[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l288_5: f32 = t286[col0 + tx + 16i];
    let v403_5: f32 = acc1_1 * l288_5;
    let l421_5: f32 = t421[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l278_5: f32 = t276[col0 + tx + 16i];
    let v423_5: f32 = l421_5 * l278_5;
    let v432_5: f32 = v403_5 + v423_5;
    t432[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v432_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t401[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l288_6: f32 = t286[col0 + tx + 32i];
    let v403_6: f32 = acc1_2 * l288_6;
    let l421_6: f32 = t421[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l278_6: f32 = t276[col0 + tx + 32i];
    let v423_6: f32 = l421_6 * l278_6;
    let v432_6: f32 = v403_6 + v423_6;
    t432[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v432_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t401[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l288_7: f32 = t286[col0 + tx + 48i];
    let v403_7: f32 = acc1_3 * l288_7;
    let l421_7: f32 = t421[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l278_7: f32 = t276[col0 + tx + 48i];
    let v423_7: f32 = l421_7 * l278_7;
    let v432_7: f32 = v403_7 + v423_7;
    t432[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v432_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t401[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l288_8: f32 = t286[col0 + tx];
    let v403_8: f32 = acc2_0 * l288_8;
    let l421_8: f32 = t421[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l278_8: f32 = t276[col0 + tx];
    let v423_8: f32 = l421_8 * l278_8;
    let v432_8: f32 = v403_8 + v423_8;
    t432[(row0 + ty + 32i) * 64i + (col0 + tx)] = v432_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t401[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l288_9: f32 = t286[col0 + tx + 16i];
    let v403_9: f32 = acc2_1 * l288_9;
    let l421_9: f32 = t421[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l278_9: f32 = t276[col0 + tx + 16i];
    let v423_9: f32 = l421_9 * l278_9;
    let v432_9: f32 = v403_9 + v423_9;
    t432[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v432_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t401[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l288_10: f32 = t286[col0 + tx + 32i];
    let v403_10: f32 = acc2_2 * l288_10;
    let l421_10: f32 = t421[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l278_10: f32 = t276[col0 + tx + 32i];
    let v423_10: f32 = l421_10 * l278_10;
    let v432_10: f32 = v403_10 + v423_10;
    t432[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v432_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t401[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l288_11: f32 = t286[col0 + tx + 48i];
    let v403_11: f32 = acc2_3 * l288_11;
    let l421_11: f32 = t421[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l278_11: f32 = t276[col0 + tx + 48i];
    let v423_11: f32 = l421_11 * l278_11;
    let v432_11: f32 = v403_11 + v423_11;
    t432[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v432_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t401[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l288_12: f32 = t286[col0 + tx];
    let v403_12: f32 = acc3_0 * l288_12;
    let l421_12: f32 = t421[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l278_12: f32 = t276[col0 + tx];
    let v423_12: f32 = l421_12 * l278_12;
    let v432_12: f32 = v403_12 + v423_12;
    t432[(row0 + ty + 48i) * 64i + (col0 + tx)] = v432_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t401[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l288_13: f32 = t286[col0 + tx + 16i];
    let v403_13: f32 = acc3_1 * l288_13;
    let l421_13: f32 = t421[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l278_13: f32 = t276[col0 + tx + 16i];
    let v423_13: f32 = l421_13 * l278_13;
    let v432_13: f32 = v403_13 + v423_13;
    t432[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v432_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t401[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l288_14: f32 = t286[col0 + tx + 32i];
    let v403_14: f32 = acc3_2 * l288_14;
    let l421_14: f32 = t421[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l278_14: f32 = t276[col0 + tx + 32i];
    let v423_14: f32 = l421_14 * l278_14;
    let v432_14: f32 = v403_14 + v423_14;
    t432[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v432_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t401[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l288_15: f32 = t286[col0 + tx + 48i];
    let v403_15: f32 = acc3_3 * l288_15;
    let l421_15: f32 = t421[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l278_15: f32 = t276[col0 + tx + 48i];
    let v423_15: f32 = l421_15 * l278_15;
    let v432_15: f32 = v403_15 + v423_15;
    t432[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v432_15;
  }
}
