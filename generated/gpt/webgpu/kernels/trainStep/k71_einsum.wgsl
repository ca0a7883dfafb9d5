// kernel k71_einsum
@group(0) @binding(0) var<storage, read> t420: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t430: array<f32>;
@group(0) @binding(3) var<storage, read> t436: array<f32>;
@group(0) @binding(4) var<storage, read_write> t439: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t442: array<f32>;
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
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l430: f32 = t430[(row0 + ty) * 64i + (col0 + tx)];
    let v438: f32 = acc0_0 + l430;
    let l436: f32 = t436[(row0 + ty) * 64i + (col0 + tx)];
    let v439: f32 = v438 + l436;
    t439[(row0 + ty) * 64i + (col0 + tx)] = v439;
    let l56: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v442: f32 = v439 * l56;
    t442[(row0 + ty) * 64i + (col0 + tx)] = v442;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l430_1: f32 = t430[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v438_1: f32 = acc0_1 + l430_1;
    let l436_1: f32 = t436[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v439_1: f32 = v438_1 + l436_1;
    t439[(row0 + ty) * 64i + (col0 + tx) + 16i] = v439_1;
    let l56_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v442_1: f32 = v439_1 * l56_1;
    t442[(row0 + ty) * 64i + (col0 + tx) + 16i] = v442_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l430_2: f32 = t430[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v438_2: f32 = acc0_2 + l430_2;
    let l436_2: f32 = t436[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v439_2: f32 = v438_2 + l436_2;
    t439[(row0 + ty) * 64i + (col0 + tx) + 32i] = v439_2;
    let l56_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v442_2: f32 = v439_2 * l56_2;
    t442[(row0 + ty) * 64i + (col0 + tx) + 32i] = v442_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l430_3: f32 = t430[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v438_3: f32 = acc0_3 + l430_3;
    let l436_3: f32 = t436[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v439_3: f32 = v438_3 + l436_3;
    t439[(row0 + ty) * 64i + (col0 + tx) + 48i] = v439_3;
    let l56_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v442_3: f32 = v439_3 * l56_3;
    t442[(row0 + ty) * 64i + (col0 + tx) + 48i] = v442_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l430_4: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v438_4: f32 = acc1_0 + l430_4;
    let l436_4: f32 = t436[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v439_4: f32 = v438_4 + l436_4;
    t439[(row0 + ty + 16i) * 64i + (col0 + tx)] = v439_4;
    let l56_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v442_4: f32 = v439_4 * l56_4;
    t442[(row0 + ty + 16i) * 64i + (col0 + tx)] = v442_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l430_5: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v438_5: f32 = acc1_1 + l430_5;
    let l436_5: f32 = t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v439_5: f32 = v438_5 + l436_5;
    t439[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v439_5;
    let l56_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v442_5: f32 = v439_5 * l56_5;
    t442[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v442_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l430_6: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v438_6: f32 = acc1_2 + l430_6;
    let l436_6: f32 = t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v439_6: f32 = v438_6 + l436_6;
    t439[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v439_6;
    let l56_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v442_6: f32 = v439_6 * l56_6;
    t442[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v442_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l430_7: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v438_7: f32 = acc1_3 + l430_7;
    let l436_7: f32 = t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v439_7: f32 = v438_7 + l436_7;
    t439[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v439_7;
    let l56_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v442_7: f32 = v439_7 * l56_7;
    t442[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v442_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l430_8: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v438_8: f32 = acc2_0 + l430_8;
    let l436_8: f32 = t436[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v439_8: f32 = v438_8 + l436_8;
    t439[(row0 + ty + 32i) * 64i + (col0 + tx)] = v439_8;
    let l56_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v442_8: f32 = v439_8 * l56_8;
    t442[(row0 + ty + 32i) * 64i + (col0 + tx)] = v442_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l430_9: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v438_9: f32 = acc2_1 + l430_9;
    let l436_9: f32 = t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v439_9: f32 = v438_9 + l436_9;
    t439[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v439_9;
    let l56_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v442_9: f32 = v439_9 * l56_9;
    t442[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v442_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l430_10: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v438_10: f32 = acc2_2 + l430_10;
    let l436_10: f32 = t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v439_10: f32 = v438_10 + l436_10;
    t439[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v439_10;
    let l56_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v442_10: f32 = v439_10 * l56_10;
    t442[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v442_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l430_11: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v438_11: f32 = acc2_3 + l430_11;
    let l436_11: f32 = t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v439_11: f32 = v438_11 + l436_11;
    t439[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v439_11;
    let l56_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v442_11: f32 = v439_11 * l56_11;
    t442[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v442_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l430_12: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v438_12: f32 = acc3_0 + l430_12;
    let l436_12: f32 = t436[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v439_12: f32 = v438_12 + l436_12;
    t439[(row0 + ty + 48i) * 64i + (col0 + tx)] = v439_12;
    let l56_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v442_12: f32 = v439_12 * l56_12;
    t442[(row0 + ty + 48i) * 64i + (col0 + tx)] = v442_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l430_13: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v438_13: f32 = acc3_1 + l430_13;
    let l436_13: f32 = t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v439_13: f32 = v438_13 + l436_13;
    t439[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v439_13;
    let l56_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v442_13: f32 = v439_13 * l56_13;
    t442[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v442_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l430_14: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v438_14: f32 = acc3_2 + l430_14;
    let l436_14: f32 = t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v439_14: f32 = v438_14 + l436_14;
    t439[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v439_14;
    let l56_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v442_14: f32 = v439_14 * l56_14;
    t442[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v442_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l430_15: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v438_15: f32 = acc3_3 + l430_15;
    let l436_15: f32 = t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v439_15: f32 = v438_15 + l436_15;
    t439[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v439_15;
    let l56_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v442_15: f32 = v439_15 * l56_15;
    t442[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v442_15;
  }
}
