// kernel k120_einsum
@group(0) @binding(0) var<storage, read> t582: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t592: array<f32>;
@group(0) @binding(3) var<storage, read> t598: array<f32>;
@group(0) @binding(4) var<storage, read_write> t601: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t604: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k120_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t582[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t582[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t582[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t582[(row0 + ty + 48i) * 64i + kA];
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
    let l592: f32 = t592[(row0 + ty) * 64i + (col0 + tx)];
    let v600: f32 = acc0_0 + l592;
    let l598: f32 = t598[(row0 + ty) * 64i + (col0 + tx)];
    let v601: f32 = v600 + l598;
    t601[(row0 + ty) * 64i + (col0 + tx)] = v601;
    let l226: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v604: f32 = v601 * l226;
    t604[(row0 + ty) * 64i + (col0 + tx)] = v604;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l592_1: f32 = t592[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v600_1: f32 = acc0_1 + l592_1;
    let l598_1: f32 = t598[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v601_1: f32 = v600_1 + l598_1;
    t601[(row0 + ty) * 64i + (col0 + tx) + 16i] = v601_1;
    let l226_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v604_1: f32 = v601_1 * l226_1;
    t604[(row0 + ty) * 64i + (col0 + tx) + 16i] = v604_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l592_2: f32 = t592[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v600_2: f32 = acc0_2 + l592_2;
    let l598_2: f32 = t598[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v601_2: f32 = v600_2 + l598_2;
    t601[(row0 + ty) * 64i + (col0 + tx) + 32i] = v601_2;
    let l226_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v604_2: f32 = v601_2 * l226_2;
    t604[(row0 + ty) * 64i + (col0 + tx) + 32i] = v604_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l592_3: f32 = t592[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v600_3: f32 = acc0_3 + l592_3;
    let l598_3: f32 = t598[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v601_3: f32 = v600_3 + l598_3;
    t601[(row0 + ty) * 64i + (col0 + tx) + 48i] = v601_3;
    let l226_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v604_3: f32 = v601_3 * l226_3;
    t604[(row0 + ty) * 64i + (col0 + tx) + 48i] = v604_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l592_4: f32 = t592[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v600_4: f32 = acc1_0 + l592_4;
    let l598_4: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v601_4: f32 = v600_4 + l598_4;
    t601[(row0 + ty + 16i) * 64i + (col0 + tx)] = v601_4;
    let l226_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v604_4: f32 = v601_4 * l226_4;
    t604[(row0 + ty + 16i) * 64i + (col0 + tx)] = v604_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l592_5: f32 = t592[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v600_5: f32 = acc1_1 + l592_5;
    let l598_5: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v601_5: f32 = v600_5 + l598_5;
    t601[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v601_5;
    let l226_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v604_5: f32 = v601_5 * l226_5;
    t604[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v604_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l592_6: f32 = t592[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v600_6: f32 = acc1_2 + l592_6;
    let l598_6: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v601_6: f32 = v600_6 + l598_6;
    t601[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v601_6;
    let l226_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v604_6: f32 = v601_6 * l226_6;
    t604[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v604_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l592_7: f32 = t592[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v600_7: f32 = acc1_3 + l592_7;
    let l598_7: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v601_7: f32 = v600_7 + l598_7;
    t601[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v601_7;
    let l226_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v604_7: f32 = v601_7 * l226_7;
    t604[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v604_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l592_8: f32 = t592[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v600_8: f32 = acc2_0 + l592_8;
    let l598_8: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v601_8: f32 = v600_8 + l598_8;
    t601[(row0 + ty + 32i) * 64i + (col0 + tx)] = v601_8;
    let l226_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v604_8: f32 = v601_8 * l226_8;
    t604[(row0 + ty + 32i) * 64i + (col0 + tx)] = v604_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l592_9: f32 = t592[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v600_9: f32 = acc2_1 + l592_9;
    let l598_9: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v601_9: f32 = v600_9 + l598_9;
    t601[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v601_9;
    let l226_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v604_9: f32 = v601_9 * l226_9;
    t604[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v604_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l592_10: f32 = t592[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v600_10: f32 = acc2_2 + l592_10;
    let l598_10: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v601_10: f32 = v600_10 + l598_10;
    t601[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v601_10;
    let l226_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v604_10: f32 = v601_10 * l226_10;
    t604[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v604_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l592_11: f32 = t592[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v600_11: f32 = acc2_3 + l592_11;
    let l598_11: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v601_11: f32 = v600_11 + l598_11;
    t601[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v601_11;
    let l226_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v604_11: f32 = v601_11 * l226_11;
    t604[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v604_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l592_12: f32 = t592[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v600_12: f32 = acc3_0 + l592_12;
    let l598_12: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v601_12: f32 = v600_12 + l598_12;
    t601[(row0 + ty + 48i) * 64i + (col0 + tx)] = v601_12;
    let l226_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v604_12: f32 = v601_12 * l226_12;
    t604[(row0 + ty + 48i) * 64i + (col0 + tx)] = v604_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l592_13: f32 = t592[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v600_13: f32 = acc3_1 + l592_13;
    let l598_13: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v601_13: f32 = v600_13 + l598_13;
    t601[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v601_13;
    let l226_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v604_13: f32 = v601_13 * l226_13;
    t604[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v604_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l592_14: f32 = t592[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v600_14: f32 = acc3_2 + l592_14;
    let l598_14: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v601_14: f32 = v600_14 + l598_14;
    t601[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v601_14;
    let l226_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v604_14: f32 = v601_14 * l226_14;
    t604[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v604_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l592_15: f32 = t592[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v600_15: f32 = acc3_3 + l592_15;
    let l598_15: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v601_15: f32 = v600_15 + l598_15;
    t601[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v601_15;
    let l226_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v604_15: f32 = v601_15 * l226_15;
    t604[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v604_15;
  }
}
