// kernel k74_einsum
@group(0) @binding(0) var<storage, read> t412: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t92: array<f32>;
@group(0) @binding(3) var<storage, read_write> t416: array<f32>;
@group(0) @binding(4) var<storage, read> t93: array<f32>;
@group(0) @binding(5) var<storage, read> t91: array<f32>;
@group(0) @binding(6) var<storage, read> t90: array<f32>;
@group(0) @binding(7) var<storage, read_write> t424: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k74_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t412[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t412[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t412[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t412[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wo_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wo_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wo_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wo_w[bK + 12i + (col0 + bN) * 64i];
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
    let l92: f32 = t92[(row0 + ty) * 64i + (col0 + tx)];
    let v416: f32 = acc0_0 * l92;
    t416[(row0 + ty) * 64i + (col0 + tx)] = v416;
    let l94: f32 = t93[(row0 + ty) * 64i + (col0 + tx)];
    let v415: f32 = acc0_0 * l94;
    let l91: f32 = t91[(row0 + ty) * 64i + (col0 + tx)];
    let v419: f32 = v415 * l91;
    let l90: f32 = t90[(row0 + ty) * 64i + (col0 + tx)];
    let v420: f32 = v415 * l90;
    let v421: f32 = 1.0f - l91;
    let v422: f32 = l91 * v421;
    let v423: f32 = v420 * v422;
    let v424: f32 = v419 + v423;
    t424[(row0 + ty) * 64i + (col0 + tx)] = v424;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l92_1: f32 = t92[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v416_1: f32 = acc0_1 * l92_1;
    t416[(row0 + ty) * 64i + (col0 + tx) + 16i] = v416_1;
    let l94_1: f32 = t93[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v415_1: f32 = acc0_1 * l94_1;
    let l91_1: f32 = t91[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v419_1: f32 = v415_1 * l91_1;
    let l90_1: f32 = t90[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v420_1: f32 = v415_1 * l90_1;
    let v421_1: f32 = 1.0f - l91_1;
    let v422_1: f32 = l91_1 * v421_1;
    let v423_1: f32 = v420_1 * v422_1;
    let v424_1: f32 = v419_1 + v423_1;
    t424[(row0 + ty) * 64i + (col0 + tx) + 16i] = v424_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l92_2: f32 = t92[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v416_2: f32 = acc0_2 * l92_2;
    t416[(row0 + ty) * 64i + (col0 + tx) + 32i] = v416_2;
    let l94_2: f32 = t93[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v415_2: f32 = acc0_2 * l94_2;
    let l91_2: f32 = t91[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v419_2: f32 = v415_2 * l91_2;
    let l90_2: f32 = t90[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v420_2: f32 = v415_2 * l90_2;
    let v421_2: f32 = 1.0f - l91_2;
    let v422_2: f32 = l91_2 * v421_2;
    let v423_2: f32 = v420_2 * v422_2;
    let v424_2: f32 = v419_2 + v423_2;
    t424[(row0 + ty) * 64i + (col0 + tx) + 32i] = v424_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l92_3: f32 = t92[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v416_3: f32 = acc0_3 * l92_3;
    t416[(row0 + ty) * 64i + (col0 + tx) + 48i] = v416_3;
    let l94_3: f32 = t93[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v415_3: f32 = acc0_3 * l94_3;
    let l91_3: f32 = t91[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v419_3: f32 = v415_3 * l91_3;
    let l90_3: f32 = t90[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v420_3: f32 = v415_3 * l90_3;
    let v421_3: f32 = 1.0f - l91_3;
    let v422_3: f32 = l91_3 * v421_3;
    let v423_3: f32 = v420_3 * v422_3;
    let v424_3: f32 = v419_3 + v423_3;
    t424[(row0 + ty) * 64i + (col0 + tx) + 48i] = v424_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l92_4: f32 = t92[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v416_4: f32 = acc1_0 * l92_4;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx)] = v416_4;
    let l94_4: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v415_4: f32 = acc1_0 * l94_4;
    let l91_4: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v419_4: f32 = v415_4 * l91_4;
    let l90_4: f32 = t90[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v420_4: f32 = v415_4 * l90_4;
    let v421_4: f32 = 1.0f - l91_4;
    let v422_4: f32 = l91_4 * v421_4;
    let v423_4: f32 = v420_4 * v422_4;
    let v424_4: f32 = v419_4 + v423_4;
    t424[(row0 + ty + 16i) * 64i + (col0 + tx)] = v424_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l92_5: f32 = t92[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v416_5: f32 = acc1_1 * l92_5;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v416_5;
    let l94_5: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v415_5: f32 = acc1_1 * l94_5;
    let l91_5: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v419_5: f32 = v415_5 * l91_5;
    let l90_5: f32 = t90[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v420_5: f32 = v415_5 * l90_5;
    let v421_5: f32 = 1.0f - l91_5;
    let v422_5: f32 = l91_5 * v421_5;
    let v423_5: f32 = v420_5 * v422_5;
    let v424_5: f32 = v419_5 + v423_5;
    t424[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v424_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l92_6: f32 = t92[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v416_6: f32 = acc1_2 * l92_6;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v416_6;
    let l94_6: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v415_6: f32 = acc1_2 * l94_6;
    let l91_6: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v419_6: f32 = v415_6 * l91_6;
    let l90_6: f32 = t90[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v420_6: f32 = v415_6 * l90_6;
    let v421_6: f32 = 1.0f - l91_6;
    let v422_6: f32 = l91_6 * v421_6;
    let v423_6: f32 = v420_6 * v422_6;
    let v424_6: f32 = v419_6 + v423_6;
    t424[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v424_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l92_7: f32 = t92[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v416_7: f32 = acc1_3 * l92_7;
    t416[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v416_7;
    let l94_7: f32 = t93[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v415_7: f32 = acc1_3 * l94_7;
    let l91_7: f32 = t91[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v419_7: f32 = v415_7 * l91_7;
    let l90_7: f32 = t90[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v420_7: f32 = v415_7 * l90_7;
    let v421_7: f32 = 1.0f - l91_7;
    let v422_7: f32 = l91_7 * v421_7;
    let v423_7: f32 = v420_7 * v422_7;
    let v424_7: f32 = v419_7 + v423_7;
    t424[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v424_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l92_8: f32 = t92[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v416_8: f32 = acc2_0 * l92_8;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx)] = v416_8;
    let l94_8: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v415_8: f32 = acc2_0 * l94_8;
    let l91_8: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v419_8: f32 = v415_8 * l91_8;
    let l90_8: f32 = t90[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v420_8: f32 = v415_8 * l90_8;
    let v421_8: f32 = 1.0f - l91_8;
    let v422_8: f32 = l91_8 * v421_8;
    let v423_8: f32 = v420_8 * v422_8;
    let v424_8: f32 = v419_8 + v423_8;
    t424[(row0 + ty + 32i) * 64i + (col0 + tx)] = v424_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l92_9: f32 = t92[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v416_9: f32 = acc2_1 * l92_9;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v416_9;
    let l94_9: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v415_9: f32 = acc2_1 * l94_9;
    let l91_9: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v419_9: f32 = v415_9 * l91_9;
    let l90_9: f32 = t90[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v420_9: f32 = v415_9 * l90_9;
    let v421_9: f32 = 1.0f - l91_9;
    let v422_9: f32 = l91_9 * v421_9;
    let v423_9: f32 = v420_9 * v422_9;
    let v424_9: f32 = v419_9 + v423_9;
    t424[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v424_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l92_10: f32 = t92[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v416_10: f32 = acc2_2 * l92_10;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v416_10;
    let l94_10: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v415_10: f32 = acc2_2 * l94_10;
    let l91_10: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v419_10: f32 = v415_10 * l91_10;
    let l90_10: f32 = t90[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v420_10: f32 = v415_10 * l90_10;
    let v421_10: f32 = 1.0f - l91_10;
    let v422_10: f32 = l91_10 * v421_10;
    let v423_10: f32 = v420_10 * v422_10;
    let v424_10: f32 = v419_10 + v423_10;
    t424[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v424_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l92_11: f32 = t92[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v416_11: f32 = acc2_3 * l92_11;
    t416[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v416_11;
    let l94_11: f32 = t93[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v415_11: f32 = acc2_3 * l94_11;
    let l91_11: f32 = t91[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v419_11: f32 = v415_11 * l91_11;
    let l90_11: f32 = t90[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v420_11: f32 = v415_11 * l90_11;
    let v421_11: f32 = 1.0f - l91_11;
    let v422_11: f32 = l91_11 * v421_11;
    let v423_11: f32 = v420_11 * v422_11;
    let v424_11: f32 = v419_11 + v423_11;
    t424[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v424_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l92_12: f32 = t92[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v416_12: f32 = acc3_0 * l92_12;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx)] = v416_12;
    let l94_12: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v415_12: f32 = acc3_0 * l94_12;
    let l91_12: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v419_12: f32 = v415_12 * l91_12;
    let l90_12: f32 = t90[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v420_12: f32 = v415_12 * l90_12;
    let v421_12: f32 = 1.0f - l91_12;
    let v422_12: f32 = l91_12 * v421_12;
    let v423_12: f32 = v420_12 * v422_12;
    let v424_12: f32 = v419_12 + v423_12;
    t424[(row0 + ty + 48i) * 64i + (col0 + tx)] = v424_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l92_13: f32 = t92[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v416_13: f32 = acc3_1 * l92_13;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v416_13;
    let l94_13: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v415_13: f32 = acc3_1 * l94_13;
    let l91_13: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v419_13: f32 = v415_13 * l91_13;
    let l90_13: f32 = t90[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v420_13: f32 = v415_13 * l90_13;
    let v421_13: f32 = 1.0f - l91_13;
    let v422_13: f32 = l91_13 * v421_13;
    let v423_13: f32 = v420_13 * v422_13;
    let v424_13: f32 = v419_13 + v423_13;
    t424[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v424_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l92_14: f32 = t92[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v416_14: f32 = acc3_2 * l92_14;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v416_14;
    let l94_14: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v415_14: f32 = acc3_2 * l94_14;
    let l91_14: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v419_14: f32 = v415_14 * l91_14;
    let l90_14: f32 = t90[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v420_14: f32 = v415_14 * l90_14;
    let v421_14: f32 = 1.0f - l91_14;
    let v422_14: f32 = l91_14 * v421_14;
    let v423_14: f32 = v420_14 * v422_14;
    let v424_14: f32 = v419_14 + v423_14;
    t424[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v424_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l92_15: f32 = t92[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v416_15: f32 = acc3_3 * l92_15;
    t416[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v416_15;
    let l94_15: f32 = t93[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v415_15: f32 = acc3_3 * l94_15;
    let l91_15: f32 = t91[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v419_15: f32 = v415_15 * l91_15;
    let l90_15: f32 = t90[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v420_15: f32 = v415_15 * l90_15;
    let v421_15: f32 = 1.0f - l91_15;
    let v422_15: f32 = l91_15 * v421_15;
    let v423_15: f32 = v420_15 * v422_15;
    let v424_15: f32 = v419_15 + v423_15;
    t424[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v424_15;
  }
}
