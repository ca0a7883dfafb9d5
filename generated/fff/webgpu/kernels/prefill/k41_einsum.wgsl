// kernel k41_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t251: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t213: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t257: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k41_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t251[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t251[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t251[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t251[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_attn_wo_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l213: f32 = t213[(row0 + ty) * 64i + (col0 + tx)];
    let l255: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v256: f32 = acc0_0 + l255;
    let v257: f32 = l213 + v256;
    t257[(row0 + ty) * 64i + (col0 + tx)] = v257;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l213_1: f32 = t213[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l255_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v256_1: f32 = acc0_1 + l255_1;
    let v257_1: f32 = l213_1 + v256_1;
    t257[(row0 + ty) * 64i + (col0 + tx) + 16i] = v257_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l213_2: f32 = t213[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l255_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v256_2: f32 = acc0_2 + l255_2;
    let v257_2: f32 = l213_2 + v256_2;
    t257[(row0 + ty) * 64i + (col0 + tx) + 32i] = v257_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l213_3: f32 = t213[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l255_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v256_3: f32 = acc0_3 + l255_3;
    let v257_3: f32 = l213_3 + v256_3;
    t257[(row0 + ty) * 64i + (col0 + tx) + 48i] = v257_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l213_4: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l255_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v256_4: f32 = acc1_0 + l255_4;
    let v257_4: f32 = l213_4 + v256_4;
    t257[(row0 + ty + 16i) * 64i + (col0 + tx)] = v257_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l213_5: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l255_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v256_5: f32 = acc1_1 + l255_5;
    let v257_5: f32 = l213_5 + v256_5;
    t257[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v257_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l213_6: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l255_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v256_6: f32 = acc1_2 + l255_6;
    let v257_6: f32 = l213_6 + v256_6;
    t257[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v257_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l213_7: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l255_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v256_7: f32 = acc1_3 + l255_7;
    let v257_7: f32 = l213_7 + v256_7;
    t257[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v257_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l213_8: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l255_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v256_8: f32 = acc2_0 + l255_8;
    let v257_8: f32 = l213_8 + v256_8;
    t257[(row0 + ty + 32i) * 64i + (col0 + tx)] = v257_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l213_9: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l255_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v256_9: f32 = acc2_1 + l255_9;
    let v257_9: f32 = l213_9 + v256_9;
    t257[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v257_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l213_10: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l255_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v256_10: f32 = acc2_2 + l255_10;
    let v257_10: f32 = l213_10 + v256_10;
    t257[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v257_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l213_11: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l255_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v256_11: f32 = acc2_3 + l255_11;
    let v257_11: f32 = l213_11 + v256_11;
    t257[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v257_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l213_12: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l255_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v256_12: f32 = acc3_0 + l255_12;
    let v257_12: f32 = l213_12 + v256_12;
    t257[(row0 + ty + 48i) * 64i + (col0 + tx)] = v257_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l213_13: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l255_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v256_13: f32 = acc3_1 + l255_13;
    let v257_13: f32 = l213_13 + v256_13;
    t257[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v257_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l213_14: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l255_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v256_14: f32 = acc3_2 + l255_14;
    let v257_14: f32 = l213_14 + v256_14;
    t257[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v257_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l213_15: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l255_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v256_15: f32 = acc3_3 + l255_15;
    let v257_15: f32 = l213_15 + v256_15;
    t257[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v257_15;
  }
}
