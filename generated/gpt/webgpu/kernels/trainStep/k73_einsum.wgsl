// kernel k73_einsum
@group(0) @binding(0) var<storage, read> t424: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t434: array<f32>;
@group(0) @binding(3) var<storage, read> t440: array<f32>;
@group(0) @binding(4) var<storage, read_write> t443: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t446: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k73_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t424[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t424[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t424[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t424[(row0 + ty + 48i) * 64i + kA];
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
    let l434: f32 = t434[(row0 + ty) * 64i + (col0 + tx)];
    let v442: f32 = acc0_0 + l434;
    let l440: f32 = t440[(row0 + ty) * 64i + (col0 + tx)];
    let v443: f32 = v442 + l440;
    t443[(row0 + ty) * 64i + (col0 + tx)] = v443;
    let l56: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v446: f32 = v443 * l56;
    t446[(row0 + ty) * 64i + (col0 + tx)] = v446;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l434_1: f32 = t434[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v442_1: f32 = acc0_1 + l434_1;
    let l440_1: f32 = t440[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v443_1: f32 = v442_1 + l440_1;
    t443[(row0 + ty) * 64i + (col0 + tx) + 16i] = v443_1;
    let l56_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v446_1: f32 = v443_1 * l56_1;
    t446[(row0 + ty) * 64i + (col0 + tx) + 16i] = v446_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l434_2: f32 = t434[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v442_2: f32 = acc0_2 + l434_2;
    let l440_2: f32 = t440[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v443_2: f32 = v442_2 + l440_2;
    t443[(row0 + ty) * 64i + (col0 + tx) + 32i] = v443_2;
    let l56_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v446_2: f32 = v443_2 * l56_2;
    t446[(row0 + ty) * 64i + (col0 + tx) + 32i] = v446_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l434_3: f32 = t434[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v442_3: f32 = acc0_3 + l434_3;
    let l440_3: f32 = t440[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v443_3: f32 = v442_3 + l440_3;
    t443[(row0 + ty) * 64i + (col0 + tx) + 48i] = v443_3;
    let l56_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v446_3: f32 = v443_3 * l56_3;
    t446[(row0 + ty) * 64i + (col0 + tx) + 48i] = v446_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l434_4: f32 = t434[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v442_4: f32 = acc1_0 + l434_4;
    let l440_4: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v443_4: f32 = v442_4 + l440_4;
    t443[(row0 + ty + 16i) * 64i + (col0 + tx)] = v443_4;
    let l56_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v446_4: f32 = v443_4 * l56_4;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx)] = v446_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l434_5: f32 = t434[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v442_5: f32 = acc1_1 + l434_5;
    let l440_5: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v443_5: f32 = v442_5 + l440_5;
    t443[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v443_5;
    let l56_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v446_5: f32 = v443_5 * l56_5;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v446_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l434_6: f32 = t434[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v442_6: f32 = acc1_2 + l434_6;
    let l440_6: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v443_6: f32 = v442_6 + l440_6;
    t443[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v443_6;
    let l56_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v446_6: f32 = v443_6 * l56_6;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v446_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l434_7: f32 = t434[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v442_7: f32 = acc1_3 + l434_7;
    let l440_7: f32 = t440[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v443_7: f32 = v442_7 + l440_7;
    t443[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v443_7;
    let l56_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v446_7: f32 = v443_7 * l56_7;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v446_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l434_8: f32 = t434[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v442_8: f32 = acc2_0 + l434_8;
    let l440_8: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v443_8: f32 = v442_8 + l440_8;
    t443[(row0 + ty + 32i) * 64i + (col0 + tx)] = v443_8;
    let l56_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v446_8: f32 = v443_8 * l56_8;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx)] = v446_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l434_9: f32 = t434[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v442_9: f32 = acc2_1 + l434_9;
    let l440_9: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v443_9: f32 = v442_9 + l440_9;
    t443[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v443_9;
    let l56_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v446_9: f32 = v443_9 * l56_9;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v446_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l434_10: f32 = t434[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v442_10: f32 = acc2_2 + l434_10;
    let l440_10: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v443_10: f32 = v442_10 + l440_10;
    t443[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v443_10;
    let l56_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v446_10: f32 = v443_10 * l56_10;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v446_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l434_11: f32 = t434[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v442_11: f32 = acc2_3 + l434_11;
    let l440_11: f32 = t440[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v443_11: f32 = v442_11 + l440_11;
    t443[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v443_11;
    let l56_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v446_11: f32 = v443_11 * l56_11;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v446_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l434_12: f32 = t434[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v442_12: f32 = acc3_0 + l434_12;
    let l440_12: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v443_12: f32 = v442_12 + l440_12;
    t443[(row0 + ty + 48i) * 64i + (col0 + tx)] = v443_12;
    let l56_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v446_12: f32 = v443_12 * l56_12;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx)] = v446_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l434_13: f32 = t434[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v442_13: f32 = acc3_1 + l434_13;
    let l440_13: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v443_13: f32 = v442_13 + l440_13;
    t443[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v443_13;
    let l56_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v446_13: f32 = v443_13 * l56_13;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v446_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l434_14: f32 = t434[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v442_14: f32 = acc3_2 + l434_14;
    let l440_14: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v443_14: f32 = v442_14 + l440_14;
    t443[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v443_14;
    let l56_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v446_14: f32 = v443_14 * l56_14;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v446_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l434_15: f32 = t434[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v442_15: f32 = acc3_3 + l434_15;
    let l440_15: f32 = t440[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v443_15: f32 = v442_15 + l440_15;
    t443[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v443_15;
    let l56_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v446_15: f32 = v443_15 * l56_15;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v446_15;
  }
}
