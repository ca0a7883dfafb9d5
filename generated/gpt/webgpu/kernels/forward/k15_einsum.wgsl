// kernel k15_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t153: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t117: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t159: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k15_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t153[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t153[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t153[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t153[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
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
    let l117: f32 = t117[(row0 + ty) * 64i + (col0 + tx)];
    let l157: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v158: f32 = acc0_0 + l157;
    let v159: f32 = l117 + v158;
    t159[(row0 + ty) * 64i + (col0 + tx)] = v159;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l117_1: f32 = t117[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l157_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v158_1: f32 = acc0_1 + l157_1;
    let v159_1: f32 = l117_1 + v158_1;
    t159[(row0 + ty) * 64i + (col0 + tx) + 16i] = v159_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l117_2: f32 = t117[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l157_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v158_2: f32 = acc0_2 + l157_2;
    let v159_2: f32 = l117_2 + v158_2;
    t159[(row0 + ty) * 64i + (col0 + tx) + 32i] = v159_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l117_3: f32 = t117[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l157_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v158_3: f32 = acc0_3 + l157_3;
    let v159_3: f32 = l117_3 + v158_3;
    t159[(row0 + ty) * 64i + (col0 + tx) + 48i] = v159_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l117_4: f32 = t117[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l157_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v158_4: f32 = acc1_0 + l157_4;
    let v159_4: f32 = l117_4 + v158_4;
    t159[(row0 + ty + 16i) * 64i + (col0 + tx)] = v159_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l117_5: f32 = t117[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l157_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v158_5: f32 = acc1_1 + l157_5;
    let v159_5: f32 = l117_5 + v158_5;
    t159[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v159_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l117_6: f32 = t117[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l157_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v158_6: f32 = acc1_2 + l157_6;
    let v159_6: f32 = l117_6 + v158_6;
    t159[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v159_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l117_7: f32 = t117[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l157_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v158_7: f32 = acc1_3 + l157_7;
    let v159_7: f32 = l117_7 + v158_7;
    t159[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v159_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l117_8: f32 = t117[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l157_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v158_8: f32 = acc2_0 + l157_8;
    let v159_8: f32 = l117_8 + v158_8;
    t159[(row0 + ty + 32i) * 64i + (col0 + tx)] = v159_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l117_9: f32 = t117[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l157_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v158_9: f32 = acc2_1 + l157_9;
    let v159_9: f32 = l117_9 + v158_9;
    t159[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v159_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l117_10: f32 = t117[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l157_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v158_10: f32 = acc2_2 + l157_10;
    let v159_10: f32 = l117_10 + v158_10;
    t159[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v159_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l117_11: f32 = t117[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l157_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v158_11: f32 = acc2_3 + l157_11;
    let v159_11: f32 = l117_11 + v158_11;
    t159[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v159_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l117_12: f32 = t117[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l157_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v158_12: f32 = acc3_0 + l157_12;
    let v159_12: f32 = l117_12 + v158_12;
    t159[(row0 + ty + 48i) * 64i + (col0 + tx)] = v159_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l117_13: f32 = t117[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l157_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v158_13: f32 = acc3_1 + l157_13;
    let v159_13: f32 = l117_13 + v158_13;
    t159[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v159_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l117_14: f32 = t117[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l157_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v158_14: f32 = acc3_2 + l157_14;
    let v159_14: f32 = l117_14 + v158_14;
    t159[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v159_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l117_15: f32 = t117[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l157_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v158_15: f32 = acc3_3 + l157_15;
    let v159_15: f32 = l117_15 + v158_15;
    t159[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v159_15;
  }
}
