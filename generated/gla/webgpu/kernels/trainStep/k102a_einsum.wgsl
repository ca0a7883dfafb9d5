// kernel k102a_einsum
@group(0) @binding(0) var<storage, read> t406: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> t512: array<f32>;
@group(0) @binding(3) var<storage, read> t516: array<f32>;
@group(0) @binding(4) var<storage, read> t520: array<f32>;
@group(0) @binding(5) var<storage, read> t525: array<f32>;
@group(0) @binding(6) var<storage, read_write> t530: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k102a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t406[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t406[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t406[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t406[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 12i + (col0 + bN) * 64i];
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
    let l512: f32 = t512[(row0 + ty) * 64i + (col0 + tx)];
    let v527: f32 = acc0_0 + l512;
    let l516: f32 = t516[(row0 + ty) * 64i + (col0 + tx)];
    let v528: f32 = v527 + l516;
    let l520: f32 = t520[(row0 + ty) * 64i + (col0 + tx)];
    let v529: f32 = v528 + l520;
    let l525: f32 = t525[(row0 + ty) * 64i + (col0 + tx)];
    let v530: f32 = v529 + l525;
    t530[(row0 + ty) * 64i + (col0 + tx)] = v530;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l512_1: f32 = t512[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v527_1: f32 = acc0_1 + l512_1;
    let l516_1: f32 = t516[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v528_1: f32 = v527_1 + l516_1;
    let l520_1: f32 = t520[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v529_1: f32 = v528_1 + l520_1;
    let l525_1: f32 = t525[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v530_1: f32 = v529_1 + l525_1;
    t530[(row0 + ty) * 64i + (col0 + tx) + 16i] = v530_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l512_2: f32 = t512[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v527_2: f32 = acc0_2 + l512_2;
    let l516_2: f32 = t516[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v528_2: f32 = v527_2 + l516_2;
    let l520_2: f32 = t520[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v529_2: f32 = v528_2 + l520_2;
    let l525_2: f32 = t525[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v530_2: f32 = v529_2 + l525_2;
    t530[(row0 + ty) * 64i + (col0 + tx) + 32i] = v530_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l512_3: f32 = t512[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v527_3: f32 = acc0_3 + l512_3;
    let l516_3: f32 = t516[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v528_3: f32 = v527_3 + l516_3;
    let l520_3: f32 = t520[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v529_3: f32 = v528_3 + l520_3;
    let l525_3: f32 = t525[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v530_3: f32 = v529_3 + l525_3;
    t530[(row0 + ty) * 64i + (col0 + tx) + 48i] = v530_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l512_4: f32 = t512[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v527_4: f32 = acc1_0 + l512_4;
    let l516_4: f32 = t516[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v528_4: f32 = v527_4 + l516_4;
    let l520_4: f32 = t520[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v529_4: f32 = v528_4 + l520_4;
    let l525_4: f32 = t525[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v530_4: f32 = v529_4 + l525_4;
    t530[(row0 + ty + 16i) * 64i + (col0 + tx)] = v530_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l512_5: f32 = t512[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v527_5: f32 = acc1_1 + l512_5;
    let l516_5: f32 = t516[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v528_5: f32 = v527_5 + l516_5;
    let l520_5: f32 = t520[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v529_5: f32 = v528_5 + l520_5;
    let l525_5: f32 = t525[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v530_5: f32 = v529_5 + l525_5;
    t530[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v530_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l512_6: f32 = t512[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v527_6: f32 = acc1_2 + l512_6;
    let l516_6: f32 = t516[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v528_6: f32 = v527_6 + l516_6;
    let l520_6: f32 = t520[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v529_6: f32 = v528_6 + l520_6;
    let l525_6: f32 = t525[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v530_6: f32 = v529_6 + l525_6;
    t530[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v530_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l512_7: f32 = t512[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v527_7: f32 = acc1_3 + l512_7;
    let l516_7: f32 = t516[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v528_7: f32 = v527_7 + l516_7;
    let l520_7: f32 = t520[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v529_7: f32 = v528_7 + l520_7;
    let l525_7: f32 = t525[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v530_7: f32 = v529_7 + l525_7;
    t530[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v530_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l512_8: f32 = t512[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v527_8: f32 = acc2_0 + l512_8;
    let l516_8: f32 = t516[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v528_8: f32 = v527_8 + l516_8;
    let l520_8: f32 = t520[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v529_8: f32 = v528_8 + l520_8;
    let l525_8: f32 = t525[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v530_8: f32 = v529_8 + l525_8;
    t530[(row0 + ty + 32i) * 64i + (col0 + tx)] = v530_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l512_9: f32 = t512[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v527_9: f32 = acc2_1 + l512_9;
    let l516_9: f32 = t516[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v528_9: f32 = v527_9 + l516_9;
    let l520_9: f32 = t520[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v529_9: f32 = v528_9 + l520_9;
    let l525_9: f32 = t525[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v530_9: f32 = v529_9 + l525_9;
    t530[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v530_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l512_10: f32 = t512[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v527_10: f32 = acc2_2 + l512_10;
    let l516_10: f32 = t516[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v528_10: f32 = v527_10 + l516_10;
    let l520_10: f32 = t520[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v529_10: f32 = v528_10 + l520_10;
    let l525_10: f32 = t525[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v530_10: f32 = v529_10 + l525_10;
    t530[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v530_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l512_11: f32 = t512[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v527_11: f32 = acc2_3 + l512_11;
    let l516_11: f32 = t516[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v528_11: f32 = v527_11 + l516_11;
    let l520_11: f32 = t520[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v529_11: f32 = v528_11 + l520_11;
    let l525_11: f32 = t525[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v530_11: f32 = v529_11 + l525_11;
    t530[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v530_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l512_12: f32 = t512[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v527_12: f32 = acc3_0 + l512_12;
    let l516_12: f32 = t516[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v528_12: f32 = v527_12 + l516_12;
    let l520_12: f32 = t520[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v529_12: f32 = v528_12 + l520_12;
    let l525_12: f32 = t525[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v530_12: f32 = v529_12 + l525_12;
    t530[(row0 + ty + 48i) * 64i + (col0 + tx)] = v530_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l512_13: f32 = t512[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v527_13: f32 = acc3_1 + l512_13;
    let l516_13: f32 = t516[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v528_13: f32 = v527_13 + l516_13;
    let l520_13: f32 = t520[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v529_13: f32 = v528_13 + l520_13;
    let l525_13: f32 = t525[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v530_13: f32 = v529_13 + l525_13;
    t530[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v530_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l512_14: f32 = t512[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v527_14: f32 = acc3_2 + l512_14;
    let l516_14: f32 = t516[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v528_14: f32 = v527_14 + l516_14;
    let l520_14: f32 = t520[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v529_14: f32 = v528_14 + l520_14;
    let l525_14: f32 = t525[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v530_14: f32 = v529_14 + l525_14;
    t530[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v530_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l512_15: f32 = t512[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v527_15: f32 = acc3_3 + l512_15;
    let l516_15: f32 = t516[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v528_15: f32 = v527_15 + l516_15;
    let l520_15: f32 = t520[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v529_15: f32 = v528_15 + l520_15;
    let l525_15: f32 = t525[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v530_15: f32 = v529_15 + l525_15;
    t530[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v530_15;
  }
}
