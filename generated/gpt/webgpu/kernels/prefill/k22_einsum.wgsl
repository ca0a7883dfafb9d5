// kernel k22_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t189: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t163: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t194: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k22_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t189[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t189[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t189[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t189[(row0 + ty + 48i) * 256i + kA];
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
    let l163: f32 = t163[(row0 + ty) * 64i + (col0 + tx)];
    let l192: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v193: f32 = acc0_0 + l192;
    let v194: f32 = l163 + v193;
    t194[(row0 + ty) * 64i + (col0 + tx)] = v194;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l163_1: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l192_1: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v193_1: f32 = acc0_1 + l192_1;
    let v194_1: f32 = l163_1 + v193_1;
    t194[(row0 + ty) * 64i + (col0 + tx) + 16i] = v194_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l163_2: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l192_2: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v193_2: f32 = acc0_2 + l192_2;
    let v194_2: f32 = l163_2 + v193_2;
    t194[(row0 + ty) * 64i + (col0 + tx) + 32i] = v194_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l163_3: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l192_3: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v193_3: f32 = acc0_3 + l192_3;
    let v194_3: f32 = l163_3 + v193_3;
    t194[(row0 + ty) * 64i + (col0 + tx) + 48i] = v194_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l163_4: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l192_4: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v193_4: f32 = acc1_0 + l192_4;
    let v194_4: f32 = l163_4 + v193_4;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx)] = v194_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l163_5: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l192_5: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v193_5: f32 = acc1_1 + l192_5;
    let v194_5: f32 = l163_5 + v193_5;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v194_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l163_6: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l192_6: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v193_6: f32 = acc1_2 + l192_6;
    let v194_6: f32 = l163_6 + v193_6;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v194_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l163_7: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l192_7: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v193_7: f32 = acc1_3 + l192_7;
    let v194_7: f32 = l163_7 + v193_7;
    t194[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v194_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l163_8: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l192_8: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v193_8: f32 = acc2_0 + l192_8;
    let v194_8: f32 = l163_8 + v193_8;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx)] = v194_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l163_9: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l192_9: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v193_9: f32 = acc2_1 + l192_9;
    let v194_9: f32 = l163_9 + v193_9;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v194_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l163_10: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l192_10: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v193_10: f32 = acc2_2 + l192_10;
    let v194_10: f32 = l163_10 + v193_10;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v194_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l163_11: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l192_11: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v193_11: f32 = acc2_3 + l192_11;
    let v194_11: f32 = l163_11 + v193_11;
    t194[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v194_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l163_12: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l192_12: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v193_12: f32 = acc3_0 + l192_12;
    let v194_12: f32 = l163_12 + v193_12;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx)] = v194_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l163_13: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l192_13: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v193_13: f32 = acc3_1 + l192_13;
    let v194_13: f32 = l163_13 + v193_13;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v194_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l163_14: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l192_14: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v193_14: f32 = acc3_2 + l192_14;
    let v194_14: f32 = l163_14 + v193_14;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v194_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l163_15: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l192_15: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v193_15: f32 = acc3_3 + l192_15;
    let v194_15: f32 = l163_15 + v193_15;
    t194[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v194_15;
  }
}
