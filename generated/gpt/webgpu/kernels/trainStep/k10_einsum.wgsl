// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t115: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t86: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t120: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k10_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 16i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 256i) {
      tileA[tx * 64i + ty] = t115[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t115[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t115[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t115[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 256i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_mlp_proj_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_mlp_proj_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_mlp_proj_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_mlp_proj_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l86: f32 = t86[(row0 + ty) * 64i + (col0 + tx)];
    let l118: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v119: f32 = acc0_0 + l118;
    let v120: f32 = l86 + v119;
    t120[(row0 + ty) * 64i + (col0 + tx)] = v120;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l86_1: f32 = t86[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l118_1: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v119_1: f32 = acc0_1 + l118_1;
    let v120_1: f32 = l86_1 + v119_1;
    t120[(row0 + ty) * 64i + (col0 + tx) + 16i] = v120_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l86_2: f32 = t86[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l118_2: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v119_2: f32 = acc0_2 + l118_2;
    let v120_2: f32 = l86_2 + v119_2;
    t120[(row0 + ty) * 64i + (col0 + tx) + 32i] = v120_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l86_3: f32 = t86[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l118_3: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v119_3: f32 = acc0_3 + l118_3;
    let v120_3: f32 = l86_3 + v119_3;
    t120[(row0 + ty) * 64i + (col0 + tx) + 48i] = v120_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l86_4: f32 = t86[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l118_4: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v119_4: f32 = acc1_0 + l118_4;
    let v120_4: f32 = l86_4 + v119_4;
    t120[(row0 + ty + 16i) * 64i + (col0 + tx)] = v120_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l86_5: f32 = t86[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l118_5: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v119_5: f32 = acc1_1 + l118_5;
    let v120_5: f32 = l86_5 + v119_5;
    t120[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v120_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l86_6: f32 = t86[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l118_6: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v119_6: f32 = acc1_2 + l118_6;
    let v120_6: f32 = l86_6 + v119_6;
    t120[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v120_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l86_7: f32 = t86[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l118_7: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v119_7: f32 = acc1_3 + l118_7;
    let v120_7: f32 = l86_7 + v119_7;
    t120[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v120_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l86_8: f32 = t86[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l118_8: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v119_8: f32 = acc2_0 + l118_8;
    let v120_8: f32 = l86_8 + v119_8;
    t120[(row0 + ty + 32i) * 64i + (col0 + tx)] = v120_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l86_9: f32 = t86[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l118_9: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v119_9: f32 = acc2_1 + l118_9;
    let v120_9: f32 = l86_9 + v119_9;
    t120[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v120_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l86_10: f32 = t86[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l118_10: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v119_10: f32 = acc2_2 + l118_10;
    let v120_10: f32 = l86_10 + v119_10;
    t120[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v120_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l86_11: f32 = t86[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l118_11: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v119_11: f32 = acc2_3 + l118_11;
    let v120_11: f32 = l86_11 + v119_11;
    t120[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v120_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l86_12: f32 = t86[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l118_12: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v119_12: f32 = acc3_0 + l118_12;
    let v120_12: f32 = l86_12 + v119_12;
    t120[(row0 + ty + 48i) * 64i + (col0 + tx)] = v120_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l86_13: f32 = t86[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l118_13: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v119_13: f32 = acc3_1 + l118_13;
    let v120_13: f32 = l86_13 + v119_13;
    t120[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v120_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l86_14: f32 = t86[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l118_14: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v119_14: f32 = acc3_2 + l118_14;
    let v120_14: f32 = l86_14 + v119_14;
    t120[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v120_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l86_15: f32 = t86[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l118_15: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v119_15: f32 = acc3_3 + l118_15;
    let v120_15: f32 = l86_15 + v119_15;
    t120[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v120_15;
  }
}
