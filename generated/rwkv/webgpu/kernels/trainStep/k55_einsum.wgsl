// kernel k55_einsum
@group(0) @binding(0) var<storage, read> t409: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_output_w: array<f32>;
@group(0) @binding(2) var<storage, read> t219: array<f32>;
@group(0) @binding(3) var<storage, read_write> t413: array<f32>;
@group(0) @binding(4) var<storage, read> t206: array<f32>;
@group(0) @binding(5) var<storage, read_write> t416: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k55_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t409[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t409[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t409[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t409[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_att_output_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_att_output_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_att_output_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_att_output_w[bK + 12i + (col0 + bN) * 64i];
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
    let l219: f32 = t219[(row0 + ty) * 64i + (col0 + tx)];
    let v413: f32 = acc0_0 * l219;
    t413[(row0 + ty) * 64i + (col0 + tx)] = v413;
    let l209: f32 = t206[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx)];
    let v412: f32 = acc0_0 * l209;
    let v414: f32 = 1.0f - l219;
    let v415: f32 = l219 * v414;
    let v416: f32 = v412 * v415;
    t416[(row0 + ty) * 64i + (col0 + tx)] = v416;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l219_1: f32 = t219[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v413_1: f32 = acc0_1 * l219_1;
    t413[(row0 + ty) * 64i + (col0 + tx) + 16i] = v413_1;
    let l209_1: f32 = t206[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 16i];
    let v412_1: f32 = acc0_1 * l209_1;
    let v414_1: f32 = 1.0f - l219_1;
    let v415_1: f32 = l219_1 * v414_1;
    let v416_1: f32 = v412_1 * v415_1;
    t416[(row0 + ty) * 64i + (col0 + tx) + 16i] = v416_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l219_2: f32 = t219[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v413_2: f32 = acc0_2 * l219_2;
    t413[(row0 + ty) * 64i + (col0 + tx) + 32i] = v413_2;
    let l209_2: f32 = t206[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 32i];
    let v412_2: f32 = acc0_2 * l209_2;
    let v414_2: f32 = 1.0f - l219_2;
    let v415_2: f32 = l219_2 * v414_2;
    let v416_2: f32 = v412_2 * v415_2;
    t416[(row0 + ty) * 64i + (col0 + tx) + 32i] = v416_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l219_3: f32 = t219[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v413_3: f32 = acc0_3 * l219_3;
    t413[(row0 + ty) * 64i + (col0 + tx) + 48i] = v413_3;
    let l209_3: f32 = t206[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 48i];
    let v412_3: f32 = acc0_3 * l209_3;
    let v414_3: f32 = 1.0f - l219_3;
    let v415_3: f32 = l219_3 * v414_3;
    let v416_3: f32 = v412_3 * v415_3;
    t416[(row0 + ty) * 64i + (col0 + tx) + 48i] = v416_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l219_4: f32 = t219[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v413_4: f32 = acc1_0 * l219_4;
    t413[(row0 + ty + 16i) * 64i + (col0 + tx)] = v413_4;
    let l209_4: f32 = t206[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx)];
    let v412_4: f32 = acc1_0 * l209_4;
    let v414_4: f32 = 1.0f - l219_4;
    let v415_4: f32 = l219_4 * v414_4;
    let v416_4: f32 = v412_4 * v415_4;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx)] = v416_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l219_5: f32 = t219[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v413_5: f32 = acc1_1 * l219_5;
    t413[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v413_5;
    let l209_5: f32 = t206[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 16i];
    let v412_5: f32 = acc1_1 * l209_5;
    let v414_5: f32 = 1.0f - l219_5;
    let v415_5: f32 = l219_5 * v414_5;
    let v416_5: f32 = v412_5 * v415_5;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v416_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l219_6: f32 = t219[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v413_6: f32 = acc1_2 * l219_6;
    t413[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v413_6;
    let l209_6: f32 = t206[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 32i];
    let v412_6: f32 = acc1_2 * l209_6;
    let v414_6: f32 = 1.0f - l219_6;
    let v415_6: f32 = l219_6 * v414_6;
    let v416_6: f32 = v412_6 * v415_6;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v416_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l219_7: f32 = t219[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v413_7: f32 = acc1_3 * l219_7;
    t413[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v413_7;
    let l209_7: f32 = t206[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 48i];
    let v412_7: f32 = acc1_3 * l209_7;
    let v414_7: f32 = 1.0f - l219_7;
    let v415_7: f32 = l219_7 * v414_7;
    let v416_7: f32 = v412_7 * v415_7;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v416_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l219_8: f32 = t219[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v413_8: f32 = acc2_0 * l219_8;
    t413[(row0 + ty + 32i) * 64i + (col0 + tx)] = v413_8;
    let l209_8: f32 = t206[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx)];
    let v412_8: f32 = acc2_0 * l209_8;
    let v414_8: f32 = 1.0f - l219_8;
    let v415_8: f32 = l219_8 * v414_8;
    let v416_8: f32 = v412_8 * v415_8;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx)] = v416_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l219_9: f32 = t219[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v413_9: f32 = acc2_1 * l219_9;
    t413[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v413_9;
    let l209_9: f32 = t206[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 16i];
    let v412_9: f32 = acc2_1 * l209_9;
    let v414_9: f32 = 1.0f - l219_9;
    let v415_9: f32 = l219_9 * v414_9;
    let v416_9: f32 = v412_9 * v415_9;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v416_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l219_10: f32 = t219[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v413_10: f32 = acc2_2 * l219_10;
    t413[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v413_10;
    let l209_10: f32 = t206[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 32i];
    let v412_10: f32 = acc2_2 * l209_10;
    let v414_10: f32 = 1.0f - l219_10;
    let v415_10: f32 = l219_10 * v414_10;
    let v416_10: f32 = v412_10 * v415_10;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v416_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l219_11: f32 = t219[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v413_11: f32 = acc2_3 * l219_11;
    t413[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v413_11;
    let l209_11: f32 = t206[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 48i];
    let v412_11: f32 = acc2_3 * l209_11;
    let v414_11: f32 = 1.0f - l219_11;
    let v415_11: f32 = l219_11 * v414_11;
    let v416_11: f32 = v412_11 * v415_11;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v416_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l219_12: f32 = t219[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v413_12: f32 = acc3_0 * l219_12;
    t413[(row0 + ty + 48i) * 64i + (col0 + tx)] = v413_12;
    let l209_12: f32 = t206[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx)];
    let v412_12: f32 = acc3_0 * l209_12;
    let v414_12: f32 = 1.0f - l219_12;
    let v415_12: f32 = l219_12 * v414_12;
    let v416_12: f32 = v412_12 * v415_12;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx)] = v416_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l219_13: f32 = t219[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v413_13: f32 = acc3_1 * l219_13;
    t413[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v413_13;
    let l209_13: f32 = t206[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 16i];
    let v412_13: f32 = acc3_1 * l209_13;
    let v414_13: f32 = 1.0f - l219_13;
    let v415_13: f32 = l219_13 * v414_13;
    let v416_13: f32 = v412_13 * v415_13;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v416_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l219_14: f32 = t219[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v413_14: f32 = acc3_2 * l219_14;
    t413[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v413_14;
    let l209_14: f32 = t206[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 32i];
    let v412_14: f32 = acc3_2 * l209_14;
    let v414_14: f32 = 1.0f - l219_14;
    let v415_14: f32 = l219_14 * v414_14;
    let v416_14: f32 = v412_14 * v415_14;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v416_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l219_15: f32 = t219[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v413_15: f32 = acc3_3 * l219_15;
    t413[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v413_15;
    let l209_15: f32 = t206[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 48i];
    let v412_15: f32 = acc3_3 * l209_15;
    let v414_15: f32 = 1.0f - l219_15;
    let v415_15: f32 = l219_15 * v414_15;
    let v416_15: f32 = v412_15 * v415_15;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v416_15;
  }
}
