// kernel k15_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t155: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t119: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t161: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t155[(row0 + ty) / 64i * 4096i + (row0 + ty) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t155[(row0 + ty + 16i) / 64i * 4096i + (row0 + ty + 16i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t155[(row0 + ty + 32i) / 64i * 4096i + (row0 + ty + 32i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t155[(row0 + ty + 48i) / 64i * 4096i + (row0 + ty + 48i) % 64i * 16i + (kA / 16i * 1024i + kA % 16i)];
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
    let l119: f32 = t119[(row0 + ty) * 64i + (col0 + tx)];
    let l159: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v160: f32 = acc0_0 + l159;
    let v161: f32 = l119 + v160;
    t161[(row0 + ty) * 64i + (col0 + tx)] = v161;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l119_1: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l159_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v160_1: f32 = acc0_1 + l159_1;
    let v161_1: f32 = l119_1 + v160_1;
    t161[(row0 + ty) * 64i + (col0 + tx) + 16i] = v161_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l119_2: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l159_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v160_2: f32 = acc0_2 + l159_2;
    let v161_2: f32 = l119_2 + v160_2;
    t161[(row0 + ty) * 64i + (col0 + tx) + 32i] = v161_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l119_3: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l159_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v160_3: f32 = acc0_3 + l159_3;
    let v161_3: f32 = l119_3 + v160_3;
    t161[(row0 + ty) * 64i + (col0 + tx) + 48i] = v161_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l119_4: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l159_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v160_4: f32 = acc1_0 + l159_4;
    let v161_4: f32 = l119_4 + v160_4;
    t161[(row0 + ty + 16i) * 64i + (col0 + tx)] = v161_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l119_5: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l159_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v160_5: f32 = acc1_1 + l159_5;
    let v161_5: f32 = l119_5 + v160_5;
    t161[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v161_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l119_6: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l159_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v160_6: f32 = acc1_2 + l159_6;
    let v161_6: f32 = l119_6 + v160_6;
    t161[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v161_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l119_7: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l159_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v160_7: f32 = acc1_3 + l159_7;
    let v161_7: f32 = l119_7 + v160_7;
    t161[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v161_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l119_8: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l159_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v160_8: f32 = acc2_0 + l159_8;
    let v161_8: f32 = l119_8 + v160_8;
    t161[(row0 + ty + 32i) * 64i + (col0 + tx)] = v161_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l119_9: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l159_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v160_9: f32 = acc2_1 + l159_9;
    let v161_9: f32 = l119_9 + v160_9;
    t161[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v161_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l119_10: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l159_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v160_10: f32 = acc2_2 + l159_10;
    let v161_10: f32 = l119_10 + v160_10;
    t161[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v161_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l119_11: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l159_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v160_11: f32 = acc2_3 + l159_11;
    let v161_11: f32 = l119_11 + v160_11;
    t161[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v161_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l119_12: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l159_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v160_12: f32 = acc3_0 + l159_12;
    let v161_12: f32 = l119_12 + v160_12;
    t161[(row0 + ty + 48i) * 64i + (col0 + tx)] = v161_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l119_13: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l159_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v160_13: f32 = acc3_1 + l159_13;
    let v161_13: f32 = l119_13 + v160_13;
    t161[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v161_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l119_14: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l159_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v160_14: f32 = acc3_2 + l159_14;
    let v161_14: f32 = l119_14 + v160_14;
    t161[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v161_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l119_15: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l159_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v160_15: f32 = acc3_3 + l159_15;
    let v161_15: f32 = l119_15 + v160_15;
    t161[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v161_15;
  }
}
