// kernel k8_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t75: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t35: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t81: array<f32>;
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
      tileA[tx * 64i + ty] = t75[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t75[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t75[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t75[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
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
    let l35: f32 = t35[(row0 + ty) * 64i + (col0 + tx)];
    let l79: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v80: f32 = acc0_0 + l79;
    let v81: f32 = l35 + v80;
    t81[(row0 + ty) * 64i + (col0 + tx)] = v81;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l35_1: f32 = t35[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l79_1: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v80_1: f32 = acc0_1 + l79_1;
    let v81_1: f32 = l35_1 + v80_1;
    t81[(row0 + ty) * 64i + (col0 + tx) + 16i] = v81_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l35_2: f32 = t35[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l79_2: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v80_2: f32 = acc0_2 + l79_2;
    let v81_2: f32 = l35_2 + v80_2;
    t81[(row0 + ty) * 64i + (col0 + tx) + 32i] = v81_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l35_3: f32 = t35[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l79_3: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v80_3: f32 = acc0_3 + l79_3;
    let v81_3: f32 = l35_3 + v80_3;
    t81[(row0 + ty) * 64i + (col0 + tx) + 48i] = v81_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l35_4: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l79_4: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v80_4: f32 = acc1_0 + l79_4;
    let v81_4: f32 = l35_4 + v80_4;
    t81[(row0 + ty + 16i) * 64i + (col0 + tx)] = v81_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l35_5: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l79_5: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v80_5: f32 = acc1_1 + l79_5;
    let v81_5: f32 = l35_5 + v80_5;
    t81[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v81_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l35_6: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l79_6: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v80_6: f32 = acc1_2 + l79_6;
    let v81_6: f32 = l35_6 + v80_6;
    t81[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v81_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l35_7: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l79_7: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v80_7: f32 = acc1_3 + l79_7;
    let v81_7: f32 = l35_7 + v80_7;
    t81[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v81_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l35_8: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l79_8: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v80_8: f32 = acc2_0 + l79_8;
    let v81_8: f32 = l35_8 + v80_8;
    t81[(row0 + ty + 32i) * 64i + (col0 + tx)] = v81_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l35_9: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l79_9: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v80_9: f32 = acc2_1 + l79_9;
    let v81_9: f32 = l35_9 + v80_9;
    t81[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v81_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l35_10: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l79_10: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v80_10: f32 = acc2_2 + l79_10;
    let v81_10: f32 = l35_10 + v80_10;
    t81[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v81_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l35_11: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l79_11: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v80_11: f32 = acc2_3 + l79_11;
    let v81_11: f32 = l35_11 + v80_11;
    t81[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v81_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l35_12: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l79_12: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v80_12: f32 = acc3_0 + l79_12;
    let v81_12: f32 = l35_12 + v80_12;
    t81[(row0 + ty + 48i) * 64i + (col0 + tx)] = v81_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l35_13: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l79_13: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v80_13: f32 = acc3_1 + l79_13;
    let v81_13: f32 = l35_13 + v80_13;
    t81[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v81_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l35_14: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l79_14: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v80_14: f32 = acc3_2 + l79_14;
    let v81_14: f32 = l35_14 + v80_14;
    t81[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v81_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l35_15: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l79_15: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v80_15: f32 = acc3_3 + l79_15;
    let v81_15: f32 = l35_15 + v80_15;
    t81[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v81_15;
  }
}
