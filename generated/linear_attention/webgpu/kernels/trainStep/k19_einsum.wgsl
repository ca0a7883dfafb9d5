// kernel k19_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t144: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t115: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t149: array<f32>;
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
  for (var t: i32 = 0i; t < 16i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 256i) {
      tileA[tx * 64i + ty] = t144[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t144[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t144[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t144[(row0 + ty + 48i) * 256i + kA];
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
    let l115: f32 = t115[(row0 + ty) * 64i + (col0 + tx)];
    let l147: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v148: f32 = acc0_0 + l147;
    let v149: f32 = l115 + v148;
    t149[(row0 + ty) * 64i + (col0 + tx)] = v149;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l115_1: f32 = t115[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l147_1: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v148_1: f32 = acc0_1 + l147_1;
    let v149_1: f32 = l115_1 + v148_1;
    t149[(row0 + ty) * 64i + (col0 + tx) + 16i] = v149_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l115_2: f32 = t115[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l147_2: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v148_2: f32 = acc0_2 + l147_2;
    let v149_2: f32 = l115_2 + v148_2;
    t149[(row0 + ty) * 64i + (col0 + tx) + 32i] = v149_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l115_3: f32 = t115[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l147_3: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v148_3: f32 = acc0_3 + l147_3;
    let v149_3: f32 = l115_3 + v148_3;
    t149[(row0 + ty) * 64i + (col0 + tx) + 48i] = v149_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l115_4: f32 = t115[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l147_4: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v148_4: f32 = acc1_0 + l147_4;
    let v149_4: f32 = l115_4 + v148_4;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx)] = v149_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l115_5: f32 = t115[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l147_5: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v148_5: f32 = acc1_1 + l147_5;
    let v149_5: f32 = l115_5 + v148_5;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v149_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l115_6: f32 = t115[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l147_6: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v148_6: f32 = acc1_2 + l147_6;
    let v149_6: f32 = l115_6 + v148_6;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v149_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l115_7: f32 = t115[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l147_7: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v148_7: f32 = acc1_3 + l147_7;
    let v149_7: f32 = l115_7 + v148_7;
    t149[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v149_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l115_8: f32 = t115[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l147_8: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v148_8: f32 = acc2_0 + l147_8;
    let v149_8: f32 = l115_8 + v148_8;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx)] = v149_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l115_9: f32 = t115[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l147_9: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v148_9: f32 = acc2_1 + l147_9;
    let v149_9: f32 = l115_9 + v148_9;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v149_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l115_10: f32 = t115[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l147_10: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v148_10: f32 = acc2_2 + l147_10;
    let v149_10: f32 = l115_10 + v148_10;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v149_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l115_11: f32 = t115[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l147_11: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v148_11: f32 = acc2_3 + l147_11;
    let v149_11: f32 = l115_11 + v148_11;
    t149[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v149_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l115_12: f32 = t115[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l147_12: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v148_12: f32 = acc3_0 + l147_12;
    let v149_12: f32 = l115_12 + v148_12;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx)] = v149_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l115_13: f32 = t115[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l147_13: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v148_13: f32 = acc3_1 + l147_13;
    let v149_13: f32 = l115_13 + v148_13;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v149_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l115_14: f32 = t115[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l147_14: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v148_14: f32 = acc3_2 + l147_14;
    let v149_14: f32 = l115_14 + v148_14;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v149_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l115_15: f32 = t115[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l147_15: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v148_15: f32 = acc3_3 + l147_15;
    let v149_15: f32 = l115_15 + v148_15;
    t149[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v149_15;
  }
}
