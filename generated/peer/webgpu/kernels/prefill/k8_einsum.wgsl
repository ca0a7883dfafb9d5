// kernel k8_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t81: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t41: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t87: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k8_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t81[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t81[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t81[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t81[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_attn_wo_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_attn_wo_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_attn_wo_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_attn_wo_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l41: f32 = t41[(row0 + ty) * 64i + (col0 + tx)];
    let l85: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v86: f32 = acc0_0 + l85;
    let v87: f32 = l41 + v86;
    t87[(row0 + ty) * 64i + (col0 + tx)] = v87;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l41_1: f32 = t41[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l85_1: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v86_1: f32 = acc0_1 + l85_1;
    let v87_1: f32 = l41_1 + v86_1;
    t87[(row0 + ty) * 64i + (col0 + tx) + 16i] = v87_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l41_2: f32 = t41[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l85_2: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v86_2: f32 = acc0_2 + l85_2;
    let v87_2: f32 = l41_2 + v86_2;
    t87[(row0 + ty) * 64i + (col0 + tx) + 32i] = v87_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l41_3: f32 = t41[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l85_3: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v86_3: f32 = acc0_3 + l85_3;
    let v87_3: f32 = l41_3 + v86_3;
    t87[(row0 + ty) * 64i + (col0 + tx) + 48i] = v87_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l41_4: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l85_4: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v86_4: f32 = acc1_0 + l85_4;
    let v87_4: f32 = l41_4 + v86_4;
    t87[(row0 + ty + 16i) * 64i + (col0 + tx)] = v87_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l41_5: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l85_5: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v86_5: f32 = acc1_1 + l85_5;
    let v87_5: f32 = l41_5 + v86_5;
    t87[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v87_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l41_6: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l85_6: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v86_6: f32 = acc1_2 + l85_6;
    let v87_6: f32 = l41_6 + v86_6;
    t87[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v87_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l41_7: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l85_7: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v86_7: f32 = acc1_3 + l85_7;
    let v87_7: f32 = l41_7 + v86_7;
    t87[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v87_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l41_8: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l85_8: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v86_8: f32 = acc2_0 + l85_8;
    let v87_8: f32 = l41_8 + v86_8;
    t87[(row0 + ty + 32i) * 64i + (col0 + tx)] = v87_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l41_9: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l85_9: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v86_9: f32 = acc2_1 + l85_9;
    let v87_9: f32 = l41_9 + v86_9;
    t87[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v87_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l41_10: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l85_10: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v86_10: f32 = acc2_2 + l85_10;
    let v87_10: f32 = l41_10 + v86_10;
    t87[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v87_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l41_11: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l85_11: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v86_11: f32 = acc2_3 + l85_11;
    let v87_11: f32 = l41_11 + v86_11;
    t87[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v87_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l41_12: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l85_12: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v86_12: f32 = acc3_0 + l85_12;
    let v87_12: f32 = l41_12 + v86_12;
    t87[(row0 + ty + 48i) * 64i + (col0 + tx)] = v87_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l41_13: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l85_13: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v86_13: f32 = acc3_1 + l85_13;
    let v87_13: f32 = l41_13 + v86_13;
    t87[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v87_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l41_14: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l85_14: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v86_14: f32 = acc3_2 + l85_14;
    let v87_14: f32 = l41_14 + v86_14;
    t87[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v87_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l41_15: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l85_15: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v86_15: f32 = acc3_3 + l85_15;
    let v87_15: f32 = l41_15 + v86_15;
    t87[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v87_15;
  }
}
