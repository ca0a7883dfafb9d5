// kernel k18_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t187: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t161: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t192: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k18_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t187[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t187[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t187[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t187[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 256i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_proj_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l161: f32 = t161[(row0 + ty) * 64i + (col0 + tx)];
    let l190: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v191: f32 = acc0_0 + l190;
    let v192: f32 = l161 + v191;
    t192[(row0 + ty) * 64i + (col0 + tx)] = v192;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l161_1: f32 = t161[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l190_1: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v191_1: f32 = acc0_1 + l190_1;
    let v192_1: f32 = l161_1 + v191_1;
    t192[(row0 + ty) * 64i + (col0 + tx) + 16i] = v192_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l161_2: f32 = t161[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l190_2: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v191_2: f32 = acc0_2 + l190_2;
    let v192_2: f32 = l161_2 + v191_2;
    t192[(row0 + ty) * 64i + (col0 + tx) + 32i] = v192_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l161_3: f32 = t161[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l190_3: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v191_3: f32 = acc0_3 + l190_3;
    let v192_3: f32 = l161_3 + v191_3;
    t192[(row0 + ty) * 64i + (col0 + tx) + 48i] = v192_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l161_4: f32 = t161[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l190_4: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v191_4: f32 = acc1_0 + l190_4;
    let v192_4: f32 = l161_4 + v191_4;
    t192[(row0 + ty + 16i) * 64i + (col0 + tx)] = v192_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l161_5: f32 = t161[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l190_5: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v191_5: f32 = acc1_1 + l190_5;
    let v192_5: f32 = l161_5 + v191_5;
    t192[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v192_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l161_6: f32 = t161[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l190_6: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v191_6: f32 = acc1_2 + l190_6;
    let v192_6: f32 = l161_6 + v191_6;
    t192[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v192_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l161_7: f32 = t161[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l190_7: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v191_7: f32 = acc1_3 + l190_7;
    let v192_7: f32 = l161_7 + v191_7;
    t192[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v192_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l161_8: f32 = t161[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l190_8: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v191_8: f32 = acc2_0 + l190_8;
    let v192_8: f32 = l161_8 + v191_8;
    t192[(row0 + ty + 32i) * 64i + (col0 + tx)] = v192_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l161_9: f32 = t161[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l190_9: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v191_9: f32 = acc2_1 + l190_9;
    let v192_9: f32 = l161_9 + v191_9;
    t192[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v192_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l161_10: f32 = t161[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l190_10: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v191_10: f32 = acc2_2 + l190_10;
    let v192_10: f32 = l161_10 + v191_10;
    t192[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v192_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l161_11: f32 = t161[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l190_11: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v191_11: f32 = acc2_3 + l190_11;
    let v192_11: f32 = l161_11 + v191_11;
    t192[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v192_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l161_12: f32 = t161[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l190_12: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v191_12: f32 = acc3_0 + l190_12;
    let v192_12: f32 = l161_12 + v191_12;
    t192[(row0 + ty + 48i) * 64i + (col0 + tx)] = v192_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l161_13: f32 = t161[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l190_13: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v191_13: f32 = acc3_1 + l190_13;
    let v192_13: f32 = l161_13 + v191_13;
    t192[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v192_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l161_14: f32 = t161[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l190_14: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v191_14: f32 = acc3_2 + l190_14;
    let v192_14: f32 = l161_14 + v191_14;
    t192[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v192_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l161_15: f32 = t161[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l190_15: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v191_15: f32 = acc3_3 + l190_15;
    let v192_15: f32 = l161_15 + v191_15;
    t192[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v192_15;
  }
}
