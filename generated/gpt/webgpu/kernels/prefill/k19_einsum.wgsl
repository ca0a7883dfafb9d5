// kernel k19_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t157: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t119: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t163: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k19_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t157[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t157[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t157[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t157[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
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
    let l119: f32 = t119[(row0 + ty) * 64i + (col0 + tx)];
    let l161: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v162: f32 = acc0_0 + l161;
    let v163: f32 = l119 + v162;
    t163[(row0 + ty) * 64i + (col0 + tx)] = v163;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l119_1: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l161_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v162_1: f32 = acc0_1 + l161_1;
    let v163_1: f32 = l119_1 + v162_1;
    t163[(row0 + ty) * 64i + (col0 + tx) + 16i] = v163_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l119_2: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l161_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v162_2: f32 = acc0_2 + l161_2;
    let v163_2: f32 = l119_2 + v162_2;
    t163[(row0 + ty) * 64i + (col0 + tx) + 32i] = v163_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l119_3: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l161_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v162_3: f32 = acc0_3 + l161_3;
    let v163_3: f32 = l119_3 + v162_3;
    t163[(row0 + ty) * 64i + (col0 + tx) + 48i] = v163_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l119_4: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l161_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v162_4: f32 = acc1_0 + l161_4;
    let v163_4: f32 = l119_4 + v162_4;
    t163[(row0 + ty + 16i) * 64i + (col0 + tx)] = v163_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l119_5: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l161_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v162_5: f32 = acc1_1 + l161_5;
    let v163_5: f32 = l119_5 + v162_5;
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v163_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l119_6: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l161_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v162_6: f32 = acc1_2 + l161_6;
    let v163_6: f32 = l119_6 + v162_6;
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v163_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l119_7: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l161_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v162_7: f32 = acc1_3 + l161_7;
    let v163_7: f32 = l119_7 + v162_7;
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v163_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l119_8: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l161_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v162_8: f32 = acc2_0 + l161_8;
    let v163_8: f32 = l119_8 + v162_8;
    t163[(row0 + ty + 32i) * 64i + (col0 + tx)] = v163_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l119_9: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l161_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v162_9: f32 = acc2_1 + l161_9;
    let v163_9: f32 = l119_9 + v162_9;
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v163_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l119_10: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l161_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v162_10: f32 = acc2_2 + l161_10;
    let v163_10: f32 = l119_10 + v162_10;
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v163_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l119_11: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l161_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v162_11: f32 = acc2_3 + l161_11;
    let v163_11: f32 = l119_11 + v162_11;
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v163_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l119_12: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l161_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v162_12: f32 = acc3_0 + l161_12;
    let v163_12: f32 = l119_12 + v162_12;
    t163[(row0 + ty + 48i) * 64i + (col0 + tx)] = v163_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l119_13: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l161_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v162_13: f32 = acc3_1 + l161_13;
    let v163_13: f32 = l119_13 + v162_13;
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v163_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l119_14: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l161_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v162_14: f32 = acc3_2 + l161_14;
    let v163_14: f32 = l119_14 + v162_14;
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v163_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l119_15: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l161_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v162_15: f32 = acc3_3 + l161_15;
    let v163_15: f32 = l119_15 + v162_15;
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v163_15;
  }
}
