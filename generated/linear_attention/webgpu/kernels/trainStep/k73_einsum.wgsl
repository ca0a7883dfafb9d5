// kernel k73_einsum
@group(0) @binding(0) var<storage, read> t418: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t425: array<f32>;
@group(0) @binding(3) var<storage, read> t430: array<f32>;
@group(0) @binding(4) var<storage, read_write> t433: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t436: array<f32>;
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
      tileA[tx * 64i + ty] = t418[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t418[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t418[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t418[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l425: f32 = t425[(row0 + ty) * 64i + (col0 + tx)];
    let v432: f32 = acc0_0 + l425;
    let l430: f32 = t430[(row0 + ty) * 64i + (col0 + tx)];
    let v433: f32 = v432 + l430;
    t433[(row0 + ty) * 64i + (col0 + tx)] = v433;
    let l162: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v436: f32 = v433 * l162;
    t436[(row0 + ty) * 64i + (col0 + tx)] = v436;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l425_1: f32 = t425[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v432_1: f32 = acc0_1 + l425_1;
    let l430_1: f32 = t430[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v433_1: f32 = v432_1 + l430_1;
    t433[(row0 + ty) * 64i + (col0 + tx) + 16i] = v433_1;
    let l162_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v436_1: f32 = v433_1 * l162_1;
    t436[(row0 + ty) * 64i + (col0 + tx) + 16i] = v436_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l425_2: f32 = t425[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v432_2: f32 = acc0_2 + l425_2;
    let l430_2: f32 = t430[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v433_2: f32 = v432_2 + l430_2;
    t433[(row0 + ty) * 64i + (col0 + tx) + 32i] = v433_2;
    let l162_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v436_2: f32 = v433_2 * l162_2;
    t436[(row0 + ty) * 64i + (col0 + tx) + 32i] = v436_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l425_3: f32 = t425[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v432_3: f32 = acc0_3 + l425_3;
    let l430_3: f32 = t430[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v433_3: f32 = v432_3 + l430_3;
    t433[(row0 + ty) * 64i + (col0 + tx) + 48i] = v433_3;
    let l162_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v436_3: f32 = v433_3 * l162_3;
    t436[(row0 + ty) * 64i + (col0 + tx) + 48i] = v436_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l425_4: f32 = t425[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v432_4: f32 = acc1_0 + l425_4;
    let l430_4: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v433_4: f32 = v432_4 + l430_4;
    t433[(row0 + ty + 16i) * 64i + (col0 + tx)] = v433_4;
    let l162_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v436_4: f32 = v433_4 * l162_4;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx)] = v436_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l425_5: f32 = t425[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v432_5: f32 = acc1_1 + l425_5;
    let l430_5: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v433_5: f32 = v432_5 + l430_5;
    t433[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v433_5;
    let l162_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v436_5: f32 = v433_5 * l162_5;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v436_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l425_6: f32 = t425[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v432_6: f32 = acc1_2 + l425_6;
    let l430_6: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v433_6: f32 = v432_6 + l430_6;
    t433[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v433_6;
    let l162_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v436_6: f32 = v433_6 * l162_6;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v436_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l425_7: f32 = t425[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v432_7: f32 = acc1_3 + l425_7;
    let l430_7: f32 = t430[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v433_7: f32 = v432_7 + l430_7;
    t433[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v433_7;
    let l162_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v436_7: f32 = v433_7 * l162_7;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v436_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l425_8: f32 = t425[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v432_8: f32 = acc2_0 + l425_8;
    let l430_8: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v433_8: f32 = v432_8 + l430_8;
    t433[(row0 + ty + 32i) * 64i + (col0 + tx)] = v433_8;
    let l162_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v436_8: f32 = v433_8 * l162_8;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx)] = v436_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l425_9: f32 = t425[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v432_9: f32 = acc2_1 + l425_9;
    let l430_9: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v433_9: f32 = v432_9 + l430_9;
    t433[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v433_9;
    let l162_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v436_9: f32 = v433_9 * l162_9;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v436_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l425_10: f32 = t425[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v432_10: f32 = acc2_2 + l425_10;
    let l430_10: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v433_10: f32 = v432_10 + l430_10;
    t433[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v433_10;
    let l162_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v436_10: f32 = v433_10 * l162_10;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v436_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l425_11: f32 = t425[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v432_11: f32 = acc2_3 + l425_11;
    let l430_11: f32 = t430[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v433_11: f32 = v432_11 + l430_11;
    t433[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v433_11;
    let l162_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v436_11: f32 = v433_11 * l162_11;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v436_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l425_12: f32 = t425[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v432_12: f32 = acc3_0 + l425_12;
    let l430_12: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v433_12: f32 = v432_12 + l430_12;
    t433[(row0 + ty + 48i) * 64i + (col0 + tx)] = v433_12;
    let l162_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v436_12: f32 = v433_12 * l162_12;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx)] = v436_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l425_13: f32 = t425[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v432_13: f32 = acc3_1 + l425_13;
    let l430_13: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v433_13: f32 = v432_13 + l430_13;
    t433[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v433_13;
    let l162_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v436_13: f32 = v433_13 * l162_13;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v436_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l425_14: f32 = t425[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v432_14: f32 = acc3_2 + l425_14;
    let l430_14: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v433_14: f32 = v432_14 + l430_14;
    t433[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v433_14;
    let l162_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v436_14: f32 = v433_14 * l162_14;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v436_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l425_15: f32 = t425[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v432_15: f32 = acc3_3 + l425_15;
    let l430_15: f32 = t430[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v433_15: f32 = v432_15 + l430_15;
    t433[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v433_15;
    let l162_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v436_15: f32 = v433_15 * l162_15;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v436_15;
  }
}
