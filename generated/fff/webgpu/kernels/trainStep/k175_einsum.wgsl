// kernel k175_einsum
@group(0) @binding(0) var<storage, read> t766: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t776: array<f32>;
@group(0) @binding(3) var<storage, read> t782: array<f32>;
@group(0) @binding(4) var<storage, read_write> t785: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t788: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k175_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t766[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t766[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t766[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t766[(row0 + ty + 48i) * 64i + kA];
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
    let l776: f32 = t776[(row0 + ty) * 64i + (col0 + tx)];
    let v784: f32 = acc0_0 + l776;
    let l782: f32 = t782[(row0 + ty) * 64i + (col0 + tx)];
    let v785: f32 = v784 + l782;
    t785[(row0 + ty) * 64i + (col0 + tx)] = v785;
    let l52: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v788: f32 = v785 * l52;
    t788[(row0 + ty) * 64i + (col0 + tx)] = v788;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l776_1: f32 = t776[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v784_1: f32 = acc0_1 + l776_1;
    let l782_1: f32 = t782[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v785_1: f32 = v784_1 + l782_1;
    t785[(row0 + ty) * 64i + (col0 + tx) + 16i] = v785_1;
    let l52_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v788_1: f32 = v785_1 * l52_1;
    t788[(row0 + ty) * 64i + (col0 + tx) + 16i] = v788_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l776_2: f32 = t776[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v784_2: f32 = acc0_2 + l776_2;
    let l782_2: f32 = t782[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v785_2: f32 = v784_2 + l782_2;
    t785[(row0 + ty) * 64i + (col0 + tx) + 32i] = v785_2;
    let l52_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v788_2: f32 = v785_2 * l52_2;
    t788[(row0 + ty) * 64i + (col0 + tx) + 32i] = v788_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l776_3: f32 = t776[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v784_3: f32 = acc0_3 + l776_3;
    let l782_3: f32 = t782[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v785_3: f32 = v784_3 + l782_3;
    t785[(row0 + ty) * 64i + (col0 + tx) + 48i] = v785_3;
    let l52_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v788_3: f32 = v785_3 * l52_3;
    t788[(row0 + ty) * 64i + (col0 + tx) + 48i] = v788_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l776_4: f32 = t776[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v784_4: f32 = acc1_0 + l776_4;
    let l782_4: f32 = t782[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v785_4: f32 = v784_4 + l782_4;
    t785[(row0 + ty + 16i) * 64i + (col0 + tx)] = v785_4;
    let l52_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v788_4: f32 = v785_4 * l52_4;
    t788[(row0 + ty + 16i) * 64i + (col0 + tx)] = v788_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l776_5: f32 = t776[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v784_5: f32 = acc1_1 + l776_5;
    let l782_5: f32 = t782[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v785_5: f32 = v784_5 + l782_5;
    t785[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v785_5;
    let l52_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v788_5: f32 = v785_5 * l52_5;
    t788[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v788_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l776_6: f32 = t776[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v784_6: f32 = acc1_2 + l776_6;
    let l782_6: f32 = t782[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v785_6: f32 = v784_6 + l782_6;
    t785[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v785_6;
    let l52_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v788_6: f32 = v785_6 * l52_6;
    t788[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v788_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l776_7: f32 = t776[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v784_7: f32 = acc1_3 + l776_7;
    let l782_7: f32 = t782[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v785_7: f32 = v784_7 + l782_7;
    t785[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v785_7;
    let l52_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v788_7: f32 = v785_7 * l52_7;
    t788[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v788_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l776_8: f32 = t776[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v784_8: f32 = acc2_0 + l776_8;
    let l782_8: f32 = t782[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v785_8: f32 = v784_8 + l782_8;
    t785[(row0 + ty + 32i) * 64i + (col0 + tx)] = v785_8;
    let l52_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v788_8: f32 = v785_8 * l52_8;
    t788[(row0 + ty + 32i) * 64i + (col0 + tx)] = v788_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l776_9: f32 = t776[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v784_9: f32 = acc2_1 + l776_9;
    let l782_9: f32 = t782[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v785_9: f32 = v784_9 + l782_9;
    t785[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v785_9;
    let l52_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v788_9: f32 = v785_9 * l52_9;
    t788[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v788_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l776_10: f32 = t776[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v784_10: f32 = acc2_2 + l776_10;
    let l782_10: f32 = t782[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v785_10: f32 = v784_10 + l782_10;
    t785[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v785_10;
    let l52_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v788_10: f32 = v785_10 * l52_10;
    t788[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v788_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l776_11: f32 = t776[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v784_11: f32 = acc2_3 + l776_11;
    let l782_11: f32 = t782[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v785_11: f32 = v784_11 + l782_11;
    t785[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v785_11;
    let l52_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v788_11: f32 = v785_11 * l52_11;
    t788[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v788_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l776_12: f32 = t776[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v784_12: f32 = acc3_0 + l776_12;
    let l782_12: f32 = t782[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v785_12: f32 = v784_12 + l782_12;
    t785[(row0 + ty + 48i) * 64i + (col0 + tx)] = v785_12;
    let l52_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v788_12: f32 = v785_12 * l52_12;
    t788[(row0 + ty + 48i) * 64i + (col0 + tx)] = v788_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l776_13: f32 = t776[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v784_13: f32 = acc3_1 + l776_13;
    let l782_13: f32 = t782[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v785_13: f32 = v784_13 + l782_13;
    t785[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v785_13;
    let l52_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v788_13: f32 = v785_13 * l52_13;
    t788[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v788_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l776_14: f32 = t776[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v784_14: f32 = acc3_2 + l776_14;
    let l782_14: f32 = t782[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v785_14: f32 = v784_14 + l782_14;
    t785[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v785_14;
    let l52_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v788_14: f32 = v785_14 * l52_14;
    t788[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v788_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l776_15: f32 = t776[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v784_15: f32 = acc3_3 + l776_15;
    let l782_15: f32 = t782[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v785_15: f32 = v784_15 + l782_15;
    t785[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v785_15;
    let l52_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v788_15: f32 = v785_15 * l52_15;
    t788[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v788_15;
  }
}
