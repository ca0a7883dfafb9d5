// kernel k11_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t114: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t85: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t119: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k11_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t114[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t114[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t114[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t114[(row0 + ty + 48i) * 256i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l85: f32 = t85[(row0 + ty) * 64i + (col0 + tx)];
    let l117: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v118: f32 = acc0_0 + l117;
    let v119: f32 = l85 + v118;
    t119[(row0 + ty) * 64i + (col0 + tx)] = v119;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l85_1: f32 = t85[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l117_1: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v118_1: f32 = acc0_1 + l117_1;
    let v119_1: f32 = l85_1 + v118_1;
    t119[(row0 + ty) * 64i + (col0 + tx) + 16i] = v119_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l85_2: f32 = t85[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l117_2: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v118_2: f32 = acc0_2 + l117_2;
    let v119_2: f32 = l85_2 + v118_2;
    t119[(row0 + ty) * 64i + (col0 + tx) + 32i] = v119_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l85_3: f32 = t85[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l117_3: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v118_3: f32 = acc0_3 + l117_3;
    let v119_3: f32 = l85_3 + v118_3;
    t119[(row0 + ty) * 64i + (col0 + tx) + 48i] = v119_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l85_4: f32 = t85[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l117_4: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v118_4: f32 = acc1_0 + l117_4;
    let v119_4: f32 = l85_4 + v118_4;
    t119[(row0 + ty + 16i) * 64i + (col0 + tx)] = v119_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l85_5: f32 = t85[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l117_5: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v118_5: f32 = acc1_1 + l117_5;
    let v119_5: f32 = l85_5 + v118_5;
    t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v119_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l85_6: f32 = t85[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l117_6: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v118_6: f32 = acc1_2 + l117_6;
    let v119_6: f32 = l85_6 + v118_6;
    t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v119_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l85_7: f32 = t85[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l117_7: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v118_7: f32 = acc1_3 + l117_7;
    let v119_7: f32 = l85_7 + v118_7;
    t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v119_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l85_8: f32 = t85[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l117_8: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v118_8: f32 = acc2_0 + l117_8;
    let v119_8: f32 = l85_8 + v118_8;
    t119[(row0 + ty + 32i) * 64i + (col0 + tx)] = v119_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l85_9: f32 = t85[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l117_9: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v118_9: f32 = acc2_1 + l117_9;
    let v119_9: f32 = l85_9 + v118_9;
    t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v119_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l85_10: f32 = t85[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l117_10: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v118_10: f32 = acc2_2 + l117_10;
    let v119_10: f32 = l85_10 + v118_10;
    t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v119_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l85_11: f32 = t85[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l117_11: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v118_11: f32 = acc2_3 + l117_11;
    let v119_11: f32 = l85_11 + v118_11;
    t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v119_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l85_12: f32 = t85[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l117_12: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v118_12: f32 = acc3_0 + l117_12;
    let v119_12: f32 = l85_12 + v118_12;
    t119[(row0 + ty + 48i) * 64i + (col0 + tx)] = v119_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l85_13: f32 = t85[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l117_13: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v118_13: f32 = acc3_1 + l117_13;
    let v119_13: f32 = l85_13 + v118_13;
    t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v119_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l85_14: f32 = t85[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l117_14: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v118_14: f32 = acc3_2 + l117_14;
    let v119_14: f32 = l85_14 + v118_14;
    t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v119_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l85_15: f32 = t85[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l117_15: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v118_15: f32 = acc3_3 + l117_15;
    let v119_15: f32 = l85_15 + v118_15;
    t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v119_15;
  }
}
