// kernel k94_einsum
@group(0) @binding(0) var<storage, read> t447: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t457: array<f32>;
@group(0) @binding(3) var<storage, read> t463: array<f32>;
@group(0) @binding(4) var<storage, read_write> t466: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t469: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k94_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t447[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t447[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t447[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t447[(row0 + ty + 48i) * 64i + kA];
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
    let l457: f32 = t457[(row0 + ty) * 64i + (col0 + tx)];
    let v465: f32 = acc0_0 + l457;
    let l463: f32 = t463[(row0 + ty) * 64i + (col0 + tx)];
    let v466: f32 = v465 + l463;
    t466[(row0 + ty) * 64i + (col0 + tx)] = v466;
    let l176: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v469: f32 = v466 * l176;
    t469[(row0 + ty) * 64i + (col0 + tx)] = v469;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l457_1: f32 = t457[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v465_1: f32 = acc0_1 + l457_1;
    let l463_1: f32 = t463[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v466_1: f32 = v465_1 + l463_1;
    t466[(row0 + ty) * 64i + (col0 + tx) + 16i] = v466_1;
    let l176_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v469_1: f32 = v466_1 * l176_1;
    t469[(row0 + ty) * 64i + (col0 + tx) + 16i] = v469_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l457_2: f32 = t457[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v465_2: f32 = acc0_2 + l457_2;
    let l463_2: f32 = t463[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v466_2: f32 = v465_2 + l463_2;
    t466[(row0 + ty) * 64i + (col0 + tx) + 32i] = v466_2;
    let l176_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v469_2: f32 = v466_2 * l176_2;
    t469[(row0 + ty) * 64i + (col0 + tx) + 32i] = v469_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l457_3: f32 = t457[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v465_3: f32 = acc0_3 + l457_3;
    let l463_3: f32 = t463[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v466_3: f32 = v465_3 + l463_3;
    t466[(row0 + ty) * 64i + (col0 + tx) + 48i] = v466_3;
    let l176_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v469_3: f32 = v466_3 * l176_3;
    t469[(row0 + ty) * 64i + (col0 + tx) + 48i] = v469_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l457_4: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v465_4: f32 = acc1_0 + l457_4;
    let l463_4: f32 = t463[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v466_4: f32 = v465_4 + l463_4;
    t466[(row0 + ty + 16i) * 64i + (col0 + tx)] = v466_4;
    let l176_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v469_4: f32 = v466_4 * l176_4;
    t469[(row0 + ty + 16i) * 64i + (col0 + tx)] = v469_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l457_5: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v465_5: f32 = acc1_1 + l457_5;
    let l463_5: f32 = t463[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v466_5: f32 = v465_5 + l463_5;
    t466[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v466_5;
    let l176_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v469_5: f32 = v466_5 * l176_5;
    t469[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v469_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l457_6: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v465_6: f32 = acc1_2 + l457_6;
    let l463_6: f32 = t463[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v466_6: f32 = v465_6 + l463_6;
    t466[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v466_6;
    let l176_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v469_6: f32 = v466_6 * l176_6;
    t469[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v469_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l457_7: f32 = t457[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v465_7: f32 = acc1_3 + l457_7;
    let l463_7: f32 = t463[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v466_7: f32 = v465_7 + l463_7;
    t466[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v466_7;
    let l176_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v469_7: f32 = v466_7 * l176_7;
    t469[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v469_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l457_8: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v465_8: f32 = acc2_0 + l457_8;
    let l463_8: f32 = t463[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v466_8: f32 = v465_8 + l463_8;
    t466[(row0 + ty + 32i) * 64i + (col0 + tx)] = v466_8;
    let l176_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v469_8: f32 = v466_8 * l176_8;
    t469[(row0 + ty + 32i) * 64i + (col0 + tx)] = v469_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l457_9: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v465_9: f32 = acc2_1 + l457_9;
    let l463_9: f32 = t463[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v466_9: f32 = v465_9 + l463_9;
    t466[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v466_9;
    let l176_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v469_9: f32 = v466_9 * l176_9;
    t469[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v469_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l457_10: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v465_10: f32 = acc2_2 + l457_10;
    let l463_10: f32 = t463[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v466_10: f32 = v465_10 + l463_10;
    t466[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v466_10;
    let l176_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v469_10: f32 = v466_10 * l176_10;
    t469[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v469_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l457_11: f32 = t457[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v465_11: f32 = acc2_3 + l457_11;
    let l463_11: f32 = t463[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v466_11: f32 = v465_11 + l463_11;
    t466[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v466_11;
    let l176_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v469_11: f32 = v466_11 * l176_11;
    t469[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v469_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l457_12: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v465_12: f32 = acc3_0 + l457_12;
    let l463_12: f32 = t463[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v466_12: f32 = v465_12 + l463_12;
    t466[(row0 + ty + 48i) * 64i + (col0 + tx)] = v466_12;
    let l176_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v469_12: f32 = v466_12 * l176_12;
    t469[(row0 + ty + 48i) * 64i + (col0 + tx)] = v469_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l457_13: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v465_13: f32 = acc3_1 + l457_13;
    let l463_13: f32 = t463[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v466_13: f32 = v465_13 + l463_13;
    t466[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v466_13;
    let l176_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v469_13: f32 = v466_13 * l176_13;
    t469[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v469_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l457_14: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v465_14: f32 = acc3_2 + l457_14;
    let l463_14: f32 = t463[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v466_14: f32 = v465_14 + l463_14;
    t466[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v466_14;
    let l176_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v469_14: f32 = v466_14 * l176_14;
    t469[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v469_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l457_15: f32 = t457[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v465_15: f32 = acc3_3 + l457_15;
    let l463_15: f32 = t463[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v466_15: f32 = v465_15 + l463_15;
    t466[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v466_15;
    let l176_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v469_15: f32 = v466_15 * l176_15;
    t469[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v469_15;
  }
}
