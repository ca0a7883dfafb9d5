// kernel k80_einsum
@group(0) @binding(0) var<storage, read> t576: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_output_w: array<f32>;
@group(0) @binding(2) var<storage, read> t120: array<f32>;
@group(0) @binding(3) var<storage, read_write> t580: array<f32>;
@group(0) @binding(4) var<storage, read> t107: array<f32>;
@group(0) @binding(5) var<storage, read_write> t583: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k80_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t576[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t576[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t576[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t576[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_att_output_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_att_output_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_att_output_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_att_output_w[bK + 12i + (col0 + bN) * 64i];
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
    let l120: f32 = t120[(row0 + ty) * 64i + (col0 + tx)];
    let v580: f32 = acc0_0 * l120;
    t580[(row0 + ty) * 64i + (col0 + tx)] = v580;
    let l110: f32 = t107[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx)];
    let v579: f32 = acc0_0 * l110;
    let v581: f32 = 1.0f - l120;
    let v582: f32 = l120 * v581;
    let v583: f32 = v579 * v582;
    t583[(row0 + ty) * 64i + (col0 + tx)] = v583;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l120_1: f32 = t120[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v580_1: f32 = acc0_1 * l120_1;
    t580[(row0 + ty) * 64i + (col0 + tx) + 16i] = v580_1;
    let l110_1: f32 = t107[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 16i];
    let v579_1: f32 = acc0_1 * l110_1;
    let v581_1: f32 = 1.0f - l120_1;
    let v582_1: f32 = l120_1 * v581_1;
    let v583_1: f32 = v579_1 * v582_1;
    t583[(row0 + ty) * 64i + (col0 + tx) + 16i] = v583_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l120_2: f32 = t120[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v580_2: f32 = acc0_2 * l120_2;
    t580[(row0 + ty) * 64i + (col0 + tx) + 32i] = v580_2;
    let l110_2: f32 = t107[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 32i];
    let v579_2: f32 = acc0_2 * l110_2;
    let v581_2: f32 = 1.0f - l120_2;
    let v582_2: f32 = l120_2 * v581_2;
    let v583_2: f32 = v579_2 * v582_2;
    t583[(row0 + ty) * 64i + (col0 + tx) + 32i] = v583_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l120_3: f32 = t120[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v580_3: f32 = acc0_3 * l120_3;
    t580[(row0 + ty) * 64i + (col0 + tx) + 48i] = v580_3;
    let l110_3: f32 = t107[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 48i];
    let v579_3: f32 = acc0_3 * l110_3;
    let v581_3: f32 = 1.0f - l120_3;
    let v582_3: f32 = l120_3 * v581_3;
    let v583_3: f32 = v579_3 * v582_3;
    t583[(row0 + ty) * 64i + (col0 + tx) + 48i] = v583_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l120_4: f32 = t120[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v580_4: f32 = acc1_0 * l120_4;
    t580[(row0 + ty + 16i) * 64i + (col0 + tx)] = v580_4;
    let l110_4: f32 = t107[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx)];
    let v579_4: f32 = acc1_0 * l110_4;
    let v581_4: f32 = 1.0f - l120_4;
    let v582_4: f32 = l120_4 * v581_4;
    let v583_4: f32 = v579_4 * v582_4;
    t583[(row0 + ty + 16i) * 64i + (col0 + tx)] = v583_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l120_5: f32 = t120[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v580_5: f32 = acc1_1 * l120_5;
    t580[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v580_5;
    let l110_5: f32 = t107[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 16i];
    let v579_5: f32 = acc1_1 * l110_5;
    let v581_5: f32 = 1.0f - l120_5;
    let v582_5: f32 = l120_5 * v581_5;
    let v583_5: f32 = v579_5 * v582_5;
    t583[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v583_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l120_6: f32 = t120[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v580_6: f32 = acc1_2 * l120_6;
    t580[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v580_6;
    let l110_6: f32 = t107[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 32i];
    let v579_6: f32 = acc1_2 * l110_6;
    let v581_6: f32 = 1.0f - l120_6;
    let v582_6: f32 = l120_6 * v581_6;
    let v583_6: f32 = v579_6 * v582_6;
    t583[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v583_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l120_7: f32 = t120[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v580_7: f32 = acc1_3 * l120_7;
    t580[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v580_7;
    let l110_7: f32 = t107[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 48i];
    let v579_7: f32 = acc1_3 * l110_7;
    let v581_7: f32 = 1.0f - l120_7;
    let v582_7: f32 = l120_7 * v581_7;
    let v583_7: f32 = v579_7 * v582_7;
    t583[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v583_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l120_8: f32 = t120[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v580_8: f32 = acc2_0 * l120_8;
    t580[(row0 + ty + 32i) * 64i + (col0 + tx)] = v580_8;
    let l110_8: f32 = t107[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx)];
    let v579_8: f32 = acc2_0 * l110_8;
    let v581_8: f32 = 1.0f - l120_8;
    let v582_8: f32 = l120_8 * v581_8;
    let v583_8: f32 = v579_8 * v582_8;
    t583[(row0 + ty + 32i) * 64i + (col0 + tx)] = v583_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l120_9: f32 = t120[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v580_9: f32 = acc2_1 * l120_9;
    t580[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v580_9;
    let l110_9: f32 = t107[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 16i];
    let v579_9: f32 = acc2_1 * l110_9;
    let v581_9: f32 = 1.0f - l120_9;
    let v582_9: f32 = l120_9 * v581_9;
    let v583_9: f32 = v579_9 * v582_9;
    t583[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v583_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l120_10: f32 = t120[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v580_10: f32 = acc2_2 * l120_10;
    t580[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v580_10;
    let l110_10: f32 = t107[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 32i];
    let v579_10: f32 = acc2_2 * l110_10;
    let v581_10: f32 = 1.0f - l120_10;
    let v582_10: f32 = l120_10 * v581_10;
    let v583_10: f32 = v579_10 * v582_10;
    t583[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v583_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l120_11: f32 = t120[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v580_11: f32 = acc2_3 * l120_11;
    t580[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v580_11;
    let l110_11: f32 = t107[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 48i];
    let v579_11: f32 = acc2_3 * l110_11;
    let v581_11: f32 = 1.0f - l120_11;
    let v582_11: f32 = l120_11 * v581_11;
    let v583_11: f32 = v579_11 * v582_11;
    t583[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v583_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l120_12: f32 = t120[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v580_12: f32 = acc3_0 * l120_12;
    t580[(row0 + ty + 48i) * 64i + (col0 + tx)] = v580_12;
    let l110_12: f32 = t107[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx)];
    let v579_12: f32 = acc3_0 * l110_12;
    let v581_12: f32 = 1.0f - l120_12;
    let v582_12: f32 = l120_12 * v581_12;
    let v583_12: f32 = v579_12 * v582_12;
    t583[(row0 + ty + 48i) * 64i + (col0 + tx)] = v583_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l120_13: f32 = t120[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v580_13: f32 = acc3_1 * l120_13;
    t580[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v580_13;
    let l110_13: f32 = t107[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 16i];
    let v579_13: f32 = acc3_1 * l110_13;
    let v581_13: f32 = 1.0f - l120_13;
    let v582_13: f32 = l120_13 * v581_13;
    let v583_13: f32 = v579_13 * v582_13;
    t583[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v583_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l120_14: f32 = t120[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v580_14: f32 = acc3_2 * l120_14;
    t580[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v580_14;
    let l110_14: f32 = t107[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 32i];
    let v579_14: f32 = acc3_2 * l110_14;
    let v581_14: f32 = 1.0f - l120_14;
    let v582_14: f32 = l120_14 * v581_14;
    let v583_14: f32 = v579_14 * v582_14;
    t583[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v583_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l120_15: f32 = t120[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v580_15: f32 = acc3_3 * l120_15;
    t580[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v580_15;
    let l110_15: f32 = t107[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 48i];
    let v579_15: f32 = acc3_3 * l110_15;
    let v581_15: f32 = 1.0f - l120_15;
    let v582_15: f32 = l120_15 * v581_15;
    let v583_15: f32 = v579_15 * v582_15;
    t583[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v583_15;
  }
}
