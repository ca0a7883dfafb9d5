// kernel k37_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t249: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t213: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t255: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k37_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t249[(row0 + ty) / 64i * 4096i + (row0 + ty) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t249[(row0 + ty + 16i) / 64i * 4096i + (row0 + ty + 16i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t249[(row0 + ty + 32i) / 64i * 4096i + (row0 + ty + 32i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t249[(row0 + ty + 48i) / 64i * 4096i + (row0 + ty + 48i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l213: f32 = t213[(row0 + ty) * 64i + (col0 + tx)];
    let l253: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v254: f32 = acc0_0 + l253;
    let v255: f32 = l213 + v254;
    t255[(row0 + ty) * 64i + (col0 + tx)] = v255;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l213_1: f32 = t213[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l253_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v254_1: f32 = acc0_1 + l253_1;
    let v255_1: f32 = l213_1 + v254_1;
    t255[(row0 + ty) * 64i + (col0 + tx) + 16i] = v255_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l213_2: f32 = t213[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l253_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v254_2: f32 = acc0_2 + l253_2;
    let v255_2: f32 = l213_2 + v254_2;
    t255[(row0 + ty) * 64i + (col0 + tx) + 32i] = v255_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l213_3: f32 = t213[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l253_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v254_3: f32 = acc0_3 + l253_3;
    let v255_3: f32 = l213_3 + v254_3;
    t255[(row0 + ty) * 64i + (col0 + tx) + 48i] = v255_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l213_4: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l253_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v254_4: f32 = acc1_0 + l253_4;
    let v255_4: f32 = l213_4 + v254_4;
    t255[(row0 + ty + 16i) * 64i + (col0 + tx)] = v255_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l213_5: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l253_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v254_5: f32 = acc1_1 + l253_5;
    let v255_5: f32 = l213_5 + v254_5;
    t255[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v255_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l213_6: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l253_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v254_6: f32 = acc1_2 + l253_6;
    let v255_6: f32 = l213_6 + v254_6;
    t255[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v255_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l213_7: f32 = t213[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l253_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v254_7: f32 = acc1_3 + l253_7;
    let v255_7: f32 = l213_7 + v254_7;
    t255[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v255_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l213_8: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l253_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v254_8: f32 = acc2_0 + l253_8;
    let v255_8: f32 = l213_8 + v254_8;
    t255[(row0 + ty + 32i) * 64i + (col0 + tx)] = v255_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l213_9: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l253_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v254_9: f32 = acc2_1 + l253_9;
    let v255_9: f32 = l213_9 + v254_9;
    t255[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v255_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l213_10: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l253_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v254_10: f32 = acc2_2 + l253_10;
    let v255_10: f32 = l213_10 + v254_10;
    t255[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v255_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l213_11: f32 = t213[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l253_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v254_11: f32 = acc2_3 + l253_11;
    let v255_11: f32 = l213_11 + v254_11;
    t255[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v255_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l213_12: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l253_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v254_12: f32 = acc3_0 + l253_12;
    let v255_12: f32 = l213_12 + v254_12;
    t255[(row0 + ty + 48i) * 64i + (col0 + tx)] = v255_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l213_13: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l253_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v254_13: f32 = acc3_1 + l253_13;
    let v255_13: f32 = l213_13 + v254_13;
    t255[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v255_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l213_14: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l253_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v254_14: f32 = acc3_2 + l253_14;
    let v255_14: f32 = l213_14 + v254_14;
    t255[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v255_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l213_15: f32 = t213[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l253_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v254_15: f32 = acc3_3 + l253_15;
    let v255_15: f32 = l213_15 + v254_15;
    t255[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v255_15;
  }
}
