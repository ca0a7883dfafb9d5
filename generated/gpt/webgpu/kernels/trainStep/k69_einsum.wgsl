// kernel k69_einsum
@group(0) @binding(0) var<storage, read> t463: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t473: array<f32>;
@group(0) @binding(3) var<storage, read> t479: array<f32>;
@group(0) @binding(4) var<storage, read_write> t482: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t485: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k69_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t463[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t463[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t463[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t463[(row0 + ty + 48i) * 64i + kA];
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
    let l473: f32 = t473[(row0 + ty) * 64i + (col0 + tx)];
    let v481: f32 = acc0_0 + l473;
    let l479: f32 = t479[(row0 + ty) * 64i + (col0 + tx)];
    let v482: f32 = v481 + l479;
    t482[(row0 + ty) * 64i + (col0 + tx)] = v482;
    let l56: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v485: f32 = v482 * l56;
    t485[(row0 + ty) * 64i + (col0 + tx)] = v485;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l473_1: f32 = t473[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v481_1: f32 = acc0_1 + l473_1;
    let l479_1: f32 = t479[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v482_1: f32 = v481_1 + l479_1;
    t482[(row0 + ty) * 64i + (col0 + tx) + 16i] = v482_1;
    let l56_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v485_1: f32 = v482_1 * l56_1;
    t485[(row0 + ty) * 64i + (col0 + tx) + 16i] = v485_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l473_2: f32 = t473[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v481_2: f32 = acc0_2 + l473_2;
    let l479_2: f32 = t479[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v482_2: f32 = v481_2 + l479_2;
    t482[(row0 + ty) * 64i + (col0 + tx) + 32i] = v482_2;
    let l56_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v485_2: f32 = v482_2 * l56_2;
    t485[(row0 + ty) * 64i + (col0 + tx) + 32i] = v485_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l473_3: f32 = t473[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v481_3: f32 = acc0_3 + l473_3;
    let l479_3: f32 = t479[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v482_3: f32 = v481_3 + l479_3;
    t482[(row0 + ty) * 64i + (col0 + tx) + 48i] = v482_3;
    let l56_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v485_3: f32 = v482_3 * l56_3;
    t485[(row0 + ty) * 64i + (col0 + tx) + 48i] = v485_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l473_4: f32 = t473[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v481_4: f32 = acc1_0 + l473_4;
    let l479_4: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v482_4: f32 = v481_4 + l479_4;
    t482[(row0 + ty + 16i) * 64i + (col0 + tx)] = v482_4;
    let l56_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v485_4: f32 = v482_4 * l56_4;
    t485[(row0 + ty + 16i) * 64i + (col0 + tx)] = v485_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l473_5: f32 = t473[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v481_5: f32 = acc1_1 + l473_5;
    let l479_5: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v482_5: f32 = v481_5 + l479_5;
    t482[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v482_5;
    let l56_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v485_5: f32 = v482_5 * l56_5;
    t485[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v485_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l473_6: f32 = t473[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v481_6: f32 = acc1_2 + l473_6;
    let l479_6: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v482_6: f32 = v481_6 + l479_6;
    t482[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v482_6;
    let l56_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v485_6: f32 = v482_6 * l56_6;
    t485[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v485_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l473_7: f32 = t473[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v481_7: f32 = acc1_3 + l473_7;
    let l479_7: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v482_7: f32 = v481_7 + l479_7;
    t482[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v482_7;
    let l56_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v485_7: f32 = v482_7 * l56_7;
    t485[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v485_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l473_8: f32 = t473[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v481_8: f32 = acc2_0 + l473_8;
    let l479_8: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v482_8: f32 = v481_8 + l479_8;
    t482[(row0 + ty + 32i) * 64i + (col0 + tx)] = v482_8;
    let l56_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v485_8: f32 = v482_8 * l56_8;
    t485[(row0 + ty + 32i) * 64i + (col0 + tx)] = v485_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l473_9: f32 = t473[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v481_9: f32 = acc2_1 + l473_9;
    let l479_9: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v482_9: f32 = v481_9 + l479_9;
    t482[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v482_9;
    let l56_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v485_9: f32 = v482_9 * l56_9;
    t485[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v485_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l473_10: f32 = t473[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v481_10: f32 = acc2_2 + l473_10;
    let l479_10: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v482_10: f32 = v481_10 + l479_10;
    t482[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v482_10;
    let l56_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v485_10: f32 = v482_10 * l56_10;
    t485[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v485_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l473_11: f32 = t473[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v481_11: f32 = acc2_3 + l473_11;
    let l479_11: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v482_11: f32 = v481_11 + l479_11;
    t482[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v482_11;
    let l56_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v485_11: f32 = v482_11 * l56_11;
    t485[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v485_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l473_12: f32 = t473[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v481_12: f32 = acc3_0 + l473_12;
    let l479_12: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v482_12: f32 = v481_12 + l479_12;
    t482[(row0 + ty + 48i) * 64i + (col0 + tx)] = v482_12;
    let l56_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v485_12: f32 = v482_12 * l56_12;
    t485[(row0 + ty + 48i) * 64i + (col0 + tx)] = v485_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l473_13: f32 = t473[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v481_13: f32 = acc3_1 + l473_13;
    let l479_13: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v482_13: f32 = v481_13 + l479_13;
    t482[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v482_13;
    let l56_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v485_13: f32 = v482_13 * l56_13;
    t485[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v485_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l473_14: f32 = t473[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v481_14: f32 = acc3_2 + l473_14;
    let l479_14: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v482_14: f32 = v481_14 + l479_14;
    t482[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v482_14;
    let l56_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v485_14: f32 = v482_14 * l56_14;
    t485[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v485_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l473_15: f32 = t473[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v481_15: f32 = acc3_3 + l473_15;
    let l479_15: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v482_15: f32 = v481_15 + l479_15;
    t482[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v482_15;
    let l56_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v485_15: f32 = v482_15 * l56_15;
    t485[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v485_15;
  }
}
