// kernel k8_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t99: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t41: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t105: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t99[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t99[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t99[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t99[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l41: f32 = t41[(row0 + ty) * 64i + (col0 + tx)];
    let l103: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v104: f32 = acc0_0 + l103;
    let v105: f32 = l41 + v104;
    t105[(row0 + ty) * 64i + (col0 + tx)] = v105;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l41_1: f32 = t41[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l103_1: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v104_1: f32 = acc0_1 + l103_1;
    let v105_1: f32 = l41_1 + v104_1;
    t105[(row0 + ty) * 64i + (col0 + tx) + 16i] = v105_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l41_2: f32 = t41[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l103_2: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v104_2: f32 = acc0_2 + l103_2;
    let v105_2: f32 = l41_2 + v104_2;
    t105[(row0 + ty) * 64i + (col0 + tx) + 32i] = v105_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l41_3: f32 = t41[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l103_3: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v104_3: f32 = acc0_3 + l103_3;
    let v105_3: f32 = l41_3 + v104_3;
    t105[(row0 + ty) * 64i + (col0 + tx) + 48i] = v105_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l41_4: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l103_4: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v104_4: f32 = acc1_0 + l103_4;
    let v105_4: f32 = l41_4 + v104_4;
    t105[(row0 + ty + 16i) * 64i + (col0 + tx)] = v105_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l41_5: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l103_5: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v104_5: f32 = acc1_1 + l103_5;
    let v105_5: f32 = l41_5 + v104_5;
    t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v105_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l41_6: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l103_6: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v104_6: f32 = acc1_2 + l103_6;
    let v105_6: f32 = l41_6 + v104_6;
    t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v105_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l41_7: f32 = t41[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l103_7: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v104_7: f32 = acc1_3 + l103_7;
    let v105_7: f32 = l41_7 + v104_7;
    t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v105_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l41_8: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l103_8: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v104_8: f32 = acc2_0 + l103_8;
    let v105_8: f32 = l41_8 + v104_8;
    t105[(row0 + ty + 32i) * 64i + (col0 + tx)] = v105_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l41_9: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l103_9: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v104_9: f32 = acc2_1 + l103_9;
    let v105_9: f32 = l41_9 + v104_9;
    t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v105_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l41_10: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l103_10: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v104_10: f32 = acc2_2 + l103_10;
    let v105_10: f32 = l41_10 + v104_10;
    t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v105_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l41_11: f32 = t41[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l103_11: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v104_11: f32 = acc2_3 + l103_11;
    let v105_11: f32 = l41_11 + v104_11;
    t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v105_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l41_12: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l103_12: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v104_12: f32 = acc3_0 + l103_12;
    let v105_12: f32 = l41_12 + v104_12;
    t105[(row0 + ty + 48i) * 64i + (col0 + tx)] = v105_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l41_13: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l103_13: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v104_13: f32 = acc3_1 + l103_13;
    let v105_13: f32 = l41_13 + v104_13;
    t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v105_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l41_14: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l103_14: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v104_14: f32 = acc3_2 + l103_14;
    let v105_14: f32 = l41_14 + v104_14;
    t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v105_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l41_15: f32 = t41[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l103_15: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v104_15: f32 = acc3_3 + l103_15;
    let v105_15: f32 = l41_15 + v104_15;
    t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v105_15;
  }
}
