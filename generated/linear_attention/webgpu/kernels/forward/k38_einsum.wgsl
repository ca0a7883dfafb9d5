// kernel k38_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t234: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t208: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t239: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k38_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 256i) {
      tileA[tx * 64i + ty] = t234[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t234[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t234[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t234[(row0 + ty + 48i) * 256i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l208: f32 = t208[(row0 + ty) * 64i + (col0 + tx)];
    let l237: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v238: f32 = acc0_0 + l237;
    let v239: f32 = l208 + v238;
    t239[(row0 + ty) * 64i + (col0 + tx)] = v239;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l208_1: f32 = t208[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l237_1: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v238_1: f32 = acc0_1 + l237_1;
    let v239_1: f32 = l208_1 + v238_1;
    t239[(row0 + ty) * 64i + (col0 + tx) + 16i] = v239_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l208_2: f32 = t208[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l237_2: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v238_2: f32 = acc0_2 + l237_2;
    let v239_2: f32 = l208_2 + v238_2;
    t239[(row0 + ty) * 64i + (col0 + tx) + 32i] = v239_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l208_3: f32 = t208[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l237_3: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v238_3: f32 = acc0_3 + l237_3;
    let v239_3: f32 = l208_3 + v238_3;
    t239[(row0 + ty) * 64i + (col0 + tx) + 48i] = v239_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l208_4: f32 = t208[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l237_4: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v238_4: f32 = acc1_0 + l237_4;
    let v239_4: f32 = l208_4 + v238_4;
    t239[(row0 + ty + 16i) * 64i + (col0 + tx)] = v239_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l208_5: f32 = t208[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l237_5: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v238_5: f32 = acc1_1 + l237_5;
    let v239_5: f32 = l208_5 + v238_5;
    t239[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v239_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l208_6: f32 = t208[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l237_6: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v238_6: f32 = acc1_2 + l237_6;
    let v239_6: f32 = l208_6 + v238_6;
    t239[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v239_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l208_7: f32 = t208[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l237_7: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v238_7: f32 = acc1_3 + l237_7;
    let v239_7: f32 = l208_7 + v238_7;
    t239[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v239_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l208_8: f32 = t208[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l237_8: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v238_8: f32 = acc2_0 + l237_8;
    let v239_8: f32 = l208_8 + v238_8;
    t239[(row0 + ty + 32i) * 64i + (col0 + tx)] = v239_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l208_9: f32 = t208[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l237_9: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v238_9: f32 = acc2_1 + l237_9;
    let v239_9: f32 = l208_9 + v238_9;
    t239[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v239_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l208_10: f32 = t208[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l237_10: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v238_10: f32 = acc2_2 + l237_10;
    let v239_10: f32 = l208_10 + v238_10;
    t239[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v239_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l208_11: f32 = t208[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l237_11: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v238_11: f32 = acc2_3 + l237_11;
    let v239_11: f32 = l208_11 + v238_11;
    t239[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v239_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l208_12: f32 = t208[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l237_12: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v238_12: f32 = acc3_0 + l237_12;
    let v239_12: f32 = l208_12 + v238_12;
    t239[(row0 + ty + 48i) * 64i + (col0 + tx)] = v239_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l208_13: f32 = t208[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l237_13: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v238_13: f32 = acc3_1 + l237_13;
    let v239_13: f32 = l208_13 + v238_13;
    t239[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v239_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l208_14: f32 = t208[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l237_14: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v238_14: f32 = acc3_2 + l237_14;
    let v239_14: f32 = l208_14 + v238_14;
    t239[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v239_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l208_15: f32 = t208[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l237_15: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v238_15: f32 = acc3_3 + l237_15;
    let v239_15: f32 = l208_15 + v238_15;
    t239[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v239_15;
  }
}
