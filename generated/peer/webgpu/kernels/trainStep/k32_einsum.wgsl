// kernel k32_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t199: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t163: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t205: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k32_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t199[(row0 + ty) / 64i * 4096i + (row0 + ty) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t199[(row0 + ty + 16i) / 64i * 4096i + (row0 + ty + 16i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t199[(row0 + ty + 32i) / 64i * 4096i + (row0 + ty + 32i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t199[(row0 + ty + 48i) / 64i * 4096i + (row0 + ty + 48i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
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
    let l163: f32 = t163[(row0 + ty) * 64i + (col0 + tx)];
    let l203: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v204: f32 = acc0_0 + l203;
    let v205: f32 = l163 + v204;
    t205[(row0 + ty) * 64i + (col0 + tx)] = v205;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l163_1: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l203_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v204_1: f32 = acc0_1 + l203_1;
    let v205_1: f32 = l163_1 + v204_1;
    t205[(row0 + ty) * 64i + (col0 + tx) + 16i] = v205_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l163_2: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l203_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v204_2: f32 = acc0_2 + l203_2;
    let v205_2: f32 = l163_2 + v204_2;
    t205[(row0 + ty) * 64i + (col0 + tx) + 32i] = v205_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l163_3: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l203_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v204_3: f32 = acc0_3 + l203_3;
    let v205_3: f32 = l163_3 + v204_3;
    t205[(row0 + ty) * 64i + (col0 + tx) + 48i] = v205_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l163_4: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l203_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v204_4: f32 = acc1_0 + l203_4;
    let v205_4: f32 = l163_4 + v204_4;
    t205[(row0 + ty + 16i) * 64i + (col0 + tx)] = v205_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l163_5: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l203_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v204_5: f32 = acc1_1 + l203_5;
    let v205_5: f32 = l163_5 + v204_5;
    t205[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v205_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l163_6: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l203_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v204_6: f32 = acc1_2 + l203_6;
    let v205_6: f32 = l163_6 + v204_6;
    t205[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v205_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l163_7: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l203_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v204_7: f32 = acc1_3 + l203_7;
    let v205_7: f32 = l163_7 + v204_7;
    t205[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v205_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l163_8: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l203_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v204_8: f32 = acc2_0 + l203_8;
    let v205_8: f32 = l163_8 + v204_8;
    t205[(row0 + ty + 32i) * 64i + (col0 + tx)] = v205_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l163_9: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l203_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v204_9: f32 = acc2_1 + l203_9;
    let v205_9: f32 = l163_9 + v204_9;
    t205[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v205_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l163_10: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l203_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v204_10: f32 = acc2_2 + l203_10;
    let v205_10: f32 = l163_10 + v204_10;
    t205[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v205_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l163_11: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l203_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v204_11: f32 = acc2_3 + l203_11;
    let v205_11: f32 = l163_11 + v204_11;
    t205[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v205_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l163_12: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l203_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v204_12: f32 = acc3_0 + l203_12;
    let v205_12: f32 = l163_12 + v204_12;
    t205[(row0 + ty + 48i) * 64i + (col0 + tx)] = v205_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l163_13: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l203_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v204_13: f32 = acc3_1 + l203_13;
    let v205_13: f32 = l163_13 + v204_13;
    t205[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v205_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l163_14: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l203_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v204_14: f32 = acc3_2 + l203_14;
    let v205_14: f32 = l163_14 + v204_14;
    t205[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v205_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l163_15: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l203_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v204_15: f32 = acc3_3 + l203_15;
    let v205_15: f32 = l163_15 + v204_15;
    t205[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v205_15;
  }
}
