// kernel k71_einsum
@group(0) @binding(0) var<storage, read> t420: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn1_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t424: array<f32>;
@group(0) @binding(4) var<storage, read> t112: array<f32>;
@group(0) @binding(5) var<storage, read> t110: array<f32>;
@group(0) @binding(6) var<storage, read> t109: array<f32>;
@group(0) @binding(7) var<storage, read_write> t432: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k71_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t420[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t420[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t420[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t420[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn1_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn1_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn1_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn1_w2_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    let l111: f32 = t111[(row0 + ty) * 176i + (col0 + tx)];
    let v424: f32 = acc0_0 * l111;
    t424[(row0 + ty) * 176i + (col0 + tx)] = v424;
    let l112: f32 = t112[(row0 + ty) * 176i + (col0 + tx)];
    let v423: f32 = acc0_0 * l112;
    let l110: f32 = t110[(row0 + ty) * 176i + (col0 + tx)];
    let v427: f32 = v423 * l110;
    let l109: f32 = t109[(row0 + ty) * 176i + (col0 + tx)];
    let v428: f32 = v423 * l109;
    let v429: f32 = 1.0f - l110;
    let v430: f32 = l110 * v429;
    let v431: f32 = v428 * v430;
    let v432: f32 = v427 + v431;
    t432[(row0 + ty) * 176i + (col0 + tx)] = v432;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l111_1: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v424_1: f32 = acc0_1 * l111_1;
    t424[(row0 + ty) * 176i + (col0 + tx) + 16i] = v424_1;
    let l112_1: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v423_1: f32 = acc0_1 * l112_1;
    let l110_1: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v427_1: f32 = v423_1 * l110_1;
    let l109_1: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v428_1: f32 = v423_1 * l109_1;
    let v429_1: f32 = 1.0f - l110_1;
    let v430_1: f32 = l110_1 * v429_1;
    let v431_1: f32 = v428_1 * v430_1;
    let v432_1: f32 = v427_1 + v431_1;
    t432[(row0 + ty) * 176i + (col0 + tx) + 16i] = v432_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l111_2: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v424_2: f32 = acc0_2 * l111_2;
    t424[(row0 + ty) * 176i + (col0 + tx) + 32i] = v424_2;
    let l112_2: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v423_2: f32 = acc0_2 * l112_2;
    let l110_2: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v427_2: f32 = v423_2 * l110_2;
    let l109_2: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v428_2: f32 = v423_2 * l109_2;
    let v429_2: f32 = 1.0f - l110_2;
    let v430_2: f32 = l110_2 * v429_2;
    let v431_2: f32 = v428_2 * v430_2;
    let v432_2: f32 = v427_2 + v431_2;
    t432[(row0 + ty) * 176i + (col0 + tx) + 32i] = v432_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l111_3: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v424_3: f32 = acc0_3 * l111_3;
    t424[(row0 + ty) * 176i + (col0 + tx) + 48i] = v424_3;
    let l112_3: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v423_3: f32 = acc0_3 * l112_3;
    let l110_3: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v427_3: f32 = v423_3 * l110_3;
    let l109_3: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v428_3: f32 = v423_3 * l109_3;
    let v429_3: f32 = 1.0f - l110_3;
    let v430_3: f32 = l110_3 * v429_3;
    let v431_3: f32 = v428_3 * v430_3;
    let v432_3: f32 = v427_3 + v431_3;
    t432[(row0 + ty) * 176i + (col0 + tx) + 48i] = v432_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l111_4: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v424_4: f32 = acc1_0 * l111_4;
    t424[(row0 + ty + 16i) * 176i + (col0 + tx)] = v424_4;
    let l112_4: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v423_4: f32 = acc1_0 * l112_4;
    let l110_4: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v427_4: f32 = v423_4 * l110_4;
    let l109_4: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v428_4: f32 = v423_4 * l109_4;
    let v429_4: f32 = 1.0f - l110_4;
    let v430_4: f32 = l110_4 * v429_4;
    let v431_4: f32 = v428_4 * v430_4;
    let v432_4: f32 = v427_4 + v431_4;
    t432[(row0 + ty + 16i) * 176i + (col0 + tx)] = v432_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l111_5: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v424_5: f32 = acc1_1 * l111_5;
    t424[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v424_5;
    let l112_5: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v423_5: f32 = acc1_1 * l112_5;
    let l110_5: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v427_5: f32 = v423_5 * l110_5;
    let l109_5: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v428_5: f32 = v423_5 * l109_5;
    let v429_5: f32 = 1.0f - l110_5;
    let v430_5: f32 = l110_5 * v429_5;
    let v431_5: f32 = v428_5 * v430_5;
    let v432_5: f32 = v427_5 + v431_5;
    t432[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v432_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l111_6: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v424_6: f32 = acc1_2 * l111_6;
    t424[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v424_6;
    let l112_6: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v423_6: f32 = acc1_2 * l112_6;
    let l110_6: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v427_6: f32 = v423_6 * l110_6;
    let l109_6: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v428_6: f32 = v423_6 * l109_6;
    let v429_6: f32 = 1.0f - l110_6;
    let v430_6: f32 = l110_6 * v429_6;
    let v431_6: f32 = v428_6 * v430_6;
    let v432_6: f32 = v427_6 + v431_6;
    t432[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v432_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l111_7: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v424_7: f32 = acc1_3 * l111_7;
    t424[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v424_7;
    let l112_7: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v423_7: f32 = acc1_3 * l112_7;
    let l110_7: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v427_7: f32 = v423_7 * l110_7;
    let l109_7: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v428_7: f32 = v423_7 * l109_7;
    let v429_7: f32 = 1.0f - l110_7;
    let v430_7: f32 = l110_7 * v429_7;
    let v431_7: f32 = v428_7 * v430_7;
    let v432_7: f32 = v427_7 + v431_7;
    t432[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v432_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l111_8: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v424_8: f32 = acc2_0 * l111_8;
    t424[(row0 + ty + 32i) * 176i + (col0 + tx)] = v424_8;
    let l112_8: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v423_8: f32 = acc2_0 * l112_8;
    let l110_8: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v427_8: f32 = v423_8 * l110_8;
    let l109_8: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v428_8: f32 = v423_8 * l109_8;
    let v429_8: f32 = 1.0f - l110_8;
    let v430_8: f32 = l110_8 * v429_8;
    let v431_8: f32 = v428_8 * v430_8;
    let v432_8: f32 = v427_8 + v431_8;
    t432[(row0 + ty + 32i) * 176i + (col0 + tx)] = v432_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l111_9: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v424_9: f32 = acc2_1 * l111_9;
    t424[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v424_9;
    let l112_9: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v423_9: f32 = acc2_1 * l112_9;
    let l110_9: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v427_9: f32 = v423_9 * l110_9;
    let l109_9: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v428_9: f32 = v423_9 * l109_9;
    let v429_9: f32 = 1.0f - l110_9;
    let v430_9: f32 = l110_9 * v429_9;
    let v431_9: f32 = v428_9 * v430_9;
    let v432_9: f32 = v427_9 + v431_9;
    t432[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v432_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l111_10: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v424_10: f32 = acc2_2 * l111_10;
    t424[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v424_10;
    let l112_10: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v423_10: f32 = acc2_2 * l112_10;
    let l110_10: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v427_10: f32 = v423_10 * l110_10;
    let l109_10: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v428_10: f32 = v423_10 * l109_10;
    let v429_10: f32 = 1.0f - l110_10;
    let v430_10: f32 = l110_10 * v429_10;
    let v431_10: f32 = v428_10 * v430_10;
    let v432_10: f32 = v427_10 + v431_10;
    t432[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v432_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l111_11: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v424_11: f32 = acc2_3 * l111_11;
    t424[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v424_11;
    let l112_11: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v423_11: f32 = acc2_3 * l112_11;
    let l110_11: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v427_11: f32 = v423_11 * l110_11;
    let l109_11: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v428_11: f32 = v423_11 * l109_11;
    let v429_11: f32 = 1.0f - l110_11;
    let v430_11: f32 = l110_11 * v429_11;
    let v431_11: f32 = v428_11 * v430_11;
    let v432_11: f32 = v427_11 + v431_11;
    t432[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v432_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l111_12: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v424_12: f32 = acc3_0 * l111_12;
    t424[(row0 + ty + 48i) * 176i + (col0 + tx)] = v424_12;
    let l112_12: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v423_12: f32 = acc3_0 * l112_12;
    let l110_12: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v427_12: f32 = v423_12 * l110_12;
    let l109_12: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v428_12: f32 = v423_12 * l109_12;
    let v429_12: f32 = 1.0f - l110_12;
    let v430_12: f32 = l110_12 * v429_12;
    let v431_12: f32 = v428_12 * v430_12;
    let v432_12: f32 = v427_12 + v431_12;
    t432[(row0 + ty + 48i) * 176i + (col0 + tx)] = v432_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l111_13: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v424_13: f32 = acc3_1 * l111_13;
    t424[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v424_13;
    let l112_13: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v423_13: f32 = acc3_1 * l112_13;
    let l110_13: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v427_13: f32 = v423_13 * l110_13;
    let l109_13: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v428_13: f32 = v423_13 * l109_13;
    let v429_13: f32 = 1.0f - l110_13;
    let v430_13: f32 = l110_13 * v429_13;
    let v431_13: f32 = v428_13 * v430_13;
    let v432_13: f32 = v427_13 + v431_13;
    t432[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v432_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l111_14: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v424_14: f32 = acc3_2 * l111_14;
    t424[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v424_14;
    let l112_14: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v423_14: f32 = acc3_2 * l112_14;
    let l110_14: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v427_14: f32 = v423_14 * l110_14;
    let l109_14: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v428_14: f32 = v423_14 * l109_14;
    let v429_14: f32 = 1.0f - l110_14;
    let v430_14: f32 = l110_14 * v429_14;
    let v431_14: f32 = v428_14 * v430_14;
    let v432_14: f32 = v427_14 + v431_14;
    t432[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v432_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l111_15: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v424_15: f32 = acc3_3 * l111_15;
    t424[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v424_15;
    let l112_15: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v423_15: f32 = acc3_3 * l112_15;
    let l110_15: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v427_15: f32 = v423_15 * l110_15;
    let l109_15: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v428_15: f32 = v423_15 * l109_15;
    let v429_15: f32 = 1.0f - l110_15;
    let v430_15: f32 = l110_15 * v429_15;
    let v431_15: f32 = v428_15 * v430_15;
    let v432_15: f32 = v427_15 + v431_15;
    t432[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v432_15;
  }
}
