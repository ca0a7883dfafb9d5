// kernel k97_einsum
@group(0) @binding(0) var<storage, read> t596: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t597: array<f32>;
@group(0) @binding(3) var<storage, read> t174: array<f32>;
@group(0) @binding(4) var<storage, read> t616: array<f32>;
@group(0) @binding(5) var<storage, read> t163: array<f32>;
@group(0) @binding(6) var<storage, read_write> t627: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k97_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t596[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t596[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t596[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t596[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t597[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l176: f32 = t174[col0 + tx];
    let v599: f32 = acc0_0 * l176;
    let l616: f32 = t616[(row0 + ty) * 64i + (col0 + tx)];
    let l165: f32 = t163[col0 + tx];
    let v618: f32 = l616 * l165;
    let v627: f32 = v599 + v618;
    t627[(row0 + ty) * 64i + (col0 + tx)] = v627;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t597[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l176_1: f32 = t174[col0 + tx + 16i];
    let v599_1: f32 = acc0_1 * l176_1;
    let l616_1: f32 = t616[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l165_1: f32 = t163[col0 + tx + 16i];
    let v618_1: f32 = l616_1 * l165_1;
    let v627_1: f32 = v599_1 + v618_1;
    t627[(row0 + ty) * 64i + (col0 + tx) + 16i] = v627_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t597[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l176_2: f32 = t174[col0 + tx + 32i];
    let v599_2: f32 = acc0_2 * l176_2;
    let l616_2: f32 = t616[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l165_2: f32 = t163[col0 + tx + 32i];
    let v618_2: f32 = l616_2 * l165_2;
    let v627_2: f32 = v599_2 + v618_2;
    t627[(row0 + ty) * 64i + (col0 + tx) + 32i] = v627_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t597[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l176_3: f32 = t174[col0 + tx + 48i];
    let v599_3: f32 = acc0_3 * l176_3;
    let l616_3: f32 = t616[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l165_3: f32 = t163[col0 + tx + 48i];
    let v618_3: f32 = l616_3 * l165_3;
    let v627_3: f32 = v599_3 + v618_3;
    t627[(row0 + ty) * 64i + (col0 + tx) + 48i] = v627_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t597[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l176_4: f32 = t174[col0 + tx];
    let v599_4: f32 = acc1_0 * l176_4;
    let l616_4: f32 = t616[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l165_4: f32 = t163[col0 + tx];
    let v618_4: f32 = l616_4 * l165_4;
    let v627_4: f32 = v599_4 + v618_4;
    t627[(row0 + ty + 16i) * 64i + (col0 + tx)] = v627_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t597[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l176_5: f32 = t174[col0 + tx + 16i];
    let v599_5: f32 = acc1_1 * l176_5;
    let l616_5: f32 = t616[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l165_5: f32 = t163[col0 + tx + 16i];
    let v618_5: f32 = l616_5 * l165_5;
    let v627_5: f32 = v599_5 + v618_5;
    t627[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v627_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t597[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l176_6: f32 = t174[col0 + tx + 32i];
    let v599_6: f32 = acc1_2 * l176_6;
    let l616_6: f32 = t616[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l165_6: f32 = t163[col0 + tx + 32i];
    let v618_6: f32 = l616_6 * l165_6;
    let v627_6: f32 = v599_6 + v618_6;
    t627[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v627_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t597[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l176_7: f32 = t174[col0 + tx + 48i];
    let v599_7: f32 = acc1_3 * l176_7;
    let l616_7: f32 = t616[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l165_7: f32 = t163[col0 + tx + 48i];
    let v618_7: f32 = l616_7 * l165_7;
    let v627_7: f32 = v599_7 + v618_7;
    t627[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v627_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t597[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l176_8: f32 = t174[col0 + tx];
    let v599_8: f32 = acc2_0 * l176_8;
    let l616_8: f32 = t616[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l165_8: f32 = t163[col0 + tx];
    let v618_8: f32 = l616_8 * l165_8;
    let v627_8: f32 = v599_8 + v618_8;
    t627[(row0 + ty + 32i) * 64i + (col0 + tx)] = v627_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t597[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l176_9: f32 = t174[col0 + tx + 16i];
    let v599_9: f32 = acc2_1 * l176_9;
    let l616_9: f32 = t616[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l165_9: f32 = t163[col0 + tx + 16i];
    let v618_9: f32 = l616_9 * l165_9;
    let v627_9: f32 = v599_9 + v618_9;
    t627[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v627_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t597[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l176_10: f32 = t174[col0 + tx + 32i];
    let v599_10: f32 = acc2_2 * l176_10;
    let l616_10: f32 = t616[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l165_10: f32 = t163[col0 + tx + 32i];
    let v618_10: f32 = l616_10 * l165_10;
    let v627_10: f32 = v599_10 + v618_10;
    t627[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v627_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t597[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l176_11: f32 = t174[col0 + tx + 48i];
    let v599_11: f32 = acc2_3 * l176_11;
    let l616_11: f32 = t616[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l165_11: f32 = t163[col0 + tx + 48i];
    let v618_11: f32 = l616_11 * l165_11;
    let v627_11: f32 = v599_11 + v618_11;
    t627[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v627_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t597[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l176_12: f32 = t174[col0 + tx];
    let v599_12: f32 = acc3_0 * l176_12;
    let l616_12: f32 = t616[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l165_12: f32 = t163[col0 + tx];
    let v618_12: f32 = l616_12 * l165_12;
    let v627_12: f32 = v599_12 + v618_12;
    t627[(row0 + ty + 48i) * 64i + (col0 + tx)] = v627_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t597[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l176_13: f32 = t174[col0 + tx + 16i];
    let v599_13: f32 = acc3_1 * l176_13;
    let l616_13: f32 = t616[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l165_13: f32 = t163[col0 + tx + 16i];
    let v618_13: f32 = l616_13 * l165_13;
    let v627_13: f32 = v599_13 + v618_13;
    t627[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v627_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t597[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l176_14: f32 = t174[col0 + tx + 32i];
    let v599_14: f32 = acc3_2 * l176_14;
    let l616_14: f32 = t616[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l165_14: f32 = t163[col0 + tx + 32i];
    let v618_14: f32 = l616_14 * l165_14;
    let v627_14: f32 = v599_14 + v618_14;
    t627[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v627_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t597[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l176_15: f32 = t174[col0 + tx + 48i];
    let v599_15: f32 = acc3_3 * l176_15;
    let l616_15: f32 = t616[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l165_15: f32 = t163[col0 + tx + 48i];
    let v618_15: f32 = l616_15 * l165_15;
    let v627_15: f32 = v599_15 + v618_15;
    t627[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v627_15;
  }
}
