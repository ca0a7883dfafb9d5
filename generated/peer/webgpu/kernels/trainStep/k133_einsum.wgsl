// kernel k133_einsum
@group(0) @binding(0) var<storage, read> t584: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t594: array<f32>;
@group(0) @binding(3) var<storage, read> t600: array<f32>;
@group(0) @binding(4) var<storage, read_write> t603: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t606: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k133_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t584[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t584[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t584[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t584[(row0 + ty + 48i) * 64i + kA];
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
    let l594: f32 = t594[(row0 + ty) * 64i + (col0 + tx)];
    let v602: f32 = acc0_0 + l594;
    let l600: f32 = t600[(row0 + ty) * 64i + (col0 + tx)];
    let v603: f32 = v602 + l600;
    t603[(row0 + ty) * 64i + (col0 + tx)] = v603;
    let l58: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v606: f32 = v603 * l58;
    t606[(row0 + ty) * 64i + (col0 + tx)] = v606;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l594_1: f32 = t594[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v602_1: f32 = acc0_1 + l594_1;
    let l600_1: f32 = t600[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v603_1: f32 = v602_1 + l600_1;
    t603[(row0 + ty) * 64i + (col0 + tx) + 16i] = v603_1;
    let l58_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v606_1: f32 = v603_1 * l58_1;
    t606[(row0 + ty) * 64i + (col0 + tx) + 16i] = v606_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l594_2: f32 = t594[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v602_2: f32 = acc0_2 + l594_2;
    let l600_2: f32 = t600[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v603_2: f32 = v602_2 + l600_2;
    t603[(row0 + ty) * 64i + (col0 + tx) + 32i] = v603_2;
    let l58_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v606_2: f32 = v603_2 * l58_2;
    t606[(row0 + ty) * 64i + (col0 + tx) + 32i] = v606_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l594_3: f32 = t594[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v602_3: f32 = acc0_3 + l594_3;
    let l600_3: f32 = t600[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v603_3: f32 = v602_3 + l600_3;
    t603[(row0 + ty) * 64i + (col0 + tx) + 48i] = v603_3;
    let l58_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v606_3: f32 = v603_3 * l58_3;
    t606[(row0 + ty) * 64i + (col0 + tx) + 48i] = v606_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l594_4: f32 = t594[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v602_4: f32 = acc1_0 + l594_4;
    let l600_4: f32 = t600[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v603_4: f32 = v602_4 + l600_4;
    t603[(row0 + ty + 16i) * 64i + (col0 + tx)] = v603_4;
    let l58_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v606_4: f32 = v603_4 * l58_4;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx)] = v606_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l594_5: f32 = t594[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v602_5: f32 = acc1_1 + l594_5;
    let l600_5: f32 = t600[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v603_5: f32 = v602_5 + l600_5;
    t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v603_5;
    let l58_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v606_5: f32 = v603_5 * l58_5;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v606_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l594_6: f32 = t594[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v602_6: f32 = acc1_2 + l594_6;
    let l600_6: f32 = t600[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v603_6: f32 = v602_6 + l600_6;
    t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v603_6;
    let l58_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v606_6: f32 = v603_6 * l58_6;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v606_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l594_7: f32 = t594[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v602_7: f32 = acc1_3 + l594_7;
    let l600_7: f32 = t600[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v603_7: f32 = v602_7 + l600_7;
    t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v603_7;
    let l58_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v606_7: f32 = v603_7 * l58_7;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v606_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l594_8: f32 = t594[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v602_8: f32 = acc2_0 + l594_8;
    let l600_8: f32 = t600[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v603_8: f32 = v602_8 + l600_8;
    t603[(row0 + ty + 32i) * 64i + (col0 + tx)] = v603_8;
    let l58_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v606_8: f32 = v603_8 * l58_8;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx)] = v606_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l594_9: f32 = t594[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v602_9: f32 = acc2_1 + l594_9;
    let l600_9: f32 = t600[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v603_9: f32 = v602_9 + l600_9;
    t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v603_9;
    let l58_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v606_9: f32 = v603_9 * l58_9;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v606_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l594_10: f32 = t594[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v602_10: f32 = acc2_2 + l594_10;
    let l600_10: f32 = t600[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v603_10: f32 = v602_10 + l600_10;
    t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v603_10;
    let l58_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v606_10: f32 = v603_10 * l58_10;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v606_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l594_11: f32 = t594[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v602_11: f32 = acc2_3 + l594_11;
    let l600_11: f32 = t600[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v603_11: f32 = v602_11 + l600_11;
    t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v603_11;
    let l58_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v606_11: f32 = v603_11 * l58_11;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v606_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l594_12: f32 = t594[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v602_12: f32 = acc3_0 + l594_12;
    let l600_12: f32 = t600[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v603_12: f32 = v602_12 + l600_12;
    t603[(row0 + ty + 48i) * 64i + (col0 + tx)] = v603_12;
    let l58_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v606_12: f32 = v603_12 * l58_12;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx)] = v606_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l594_13: f32 = t594[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v602_13: f32 = acc3_1 + l594_13;
    let l600_13: f32 = t600[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v603_13: f32 = v602_13 + l600_13;
    t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v603_13;
    let l58_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v606_13: f32 = v603_13 * l58_13;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v606_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l594_14: f32 = t594[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v602_14: f32 = acc3_2 + l594_14;
    let l600_14: f32 = t600[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v603_14: f32 = v602_14 + l600_14;
    t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v603_14;
    let l58_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v606_14: f32 = v603_14 * l58_14;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v606_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l594_15: f32 = t594[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v602_15: f32 = acc3_3 + l594_15;
    let l600_15: f32 = t600[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v603_15: f32 = v602_15 + l600_15;
    t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v603_15;
    let l58_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v606_15: f32 = v603_15 * l58_15;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v606_15;
  }
}
