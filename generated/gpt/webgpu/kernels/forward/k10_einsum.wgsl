// kernel k10_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t113: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t84: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t118: array<f32>;
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
    if (row0 + ty < 64i && kA < 256i) {
      tileA[tx * 64i + ty] = t113[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t113[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t113[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t113[(row0 + ty + 48i) * 256i + kA];
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
    let l84: f32 = t84[(row0 + ty) * 64i + (col0 + tx)];
    let l116: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v117: f32 = acc0_0 + l116;
    let v118: f32 = l84 + v117;
    t118[(row0 + ty) * 64i + (col0 + tx)] = v118;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l84_1: f32 = t84[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l116_1: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v117_1: f32 = acc0_1 + l116_1;
    let v118_1: f32 = l84_1 + v117_1;
    t118[(row0 + ty) * 64i + (col0 + tx) + 16i] = v118_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l84_2: f32 = t84[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l116_2: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v117_2: f32 = acc0_2 + l116_2;
    let v118_2: f32 = l84_2 + v117_2;
    t118[(row0 + ty) * 64i + (col0 + tx) + 32i] = v118_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l84_3: f32 = t84[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l116_3: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v117_3: f32 = acc0_3 + l116_3;
    let v118_3: f32 = l84_3 + v117_3;
    t118[(row0 + ty) * 64i + (col0 + tx) + 48i] = v118_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l84_4: f32 = t84[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l116_4: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v117_4: f32 = acc1_0 + l116_4;
    let v118_4: f32 = l84_4 + v117_4;
    t118[(row0 + ty + 16i) * 64i + (col0 + tx)] = v118_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l84_5: f32 = t84[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l116_5: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v117_5: f32 = acc1_1 + l116_5;
    let v118_5: f32 = l84_5 + v117_5;
    t118[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v118_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l84_6: f32 = t84[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l116_6: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v117_6: f32 = acc1_2 + l116_6;
    let v118_6: f32 = l84_6 + v117_6;
    t118[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v118_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l84_7: f32 = t84[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l116_7: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v117_7: f32 = acc1_3 + l116_7;
    let v118_7: f32 = l84_7 + v117_7;
    t118[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v118_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l84_8: f32 = t84[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l116_8: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v117_8: f32 = acc2_0 + l116_8;
    let v118_8: f32 = l84_8 + v117_8;
    t118[(row0 + ty + 32i) * 64i + (col0 + tx)] = v118_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l84_9: f32 = t84[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l116_9: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v117_9: f32 = acc2_1 + l116_9;
    let v118_9: f32 = l84_9 + v117_9;
    t118[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v118_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l84_10: f32 = t84[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l116_10: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v117_10: f32 = acc2_2 + l116_10;
    let v118_10: f32 = l84_10 + v117_10;
    t118[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v118_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l84_11: f32 = t84[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l116_11: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v117_11: f32 = acc2_3 + l116_11;
    let v118_11: f32 = l84_11 + v117_11;
    t118[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v118_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l84_12: f32 = t84[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l116_12: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v117_12: f32 = acc3_0 + l116_12;
    let v118_12: f32 = l84_12 + v117_12;
    t118[(row0 + ty + 48i) * 64i + (col0 + tx)] = v118_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l84_13: f32 = t84[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l116_13: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v117_13: f32 = acc3_1 + l116_13;
    let v118_13: f32 = l84_13 + v117_13;
    t118[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v118_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l84_14: f32 = t84[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l116_14: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v117_14: f32 = acc3_2 + l116_14;
    let v118_14: f32 = l84_14 + v117_14;
    t118[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v118_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l84_15: f32 = t84[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l116_15: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v117_15: f32 = acc3_3 + l116_15;
    let v118_15: f32 = l84_15 + v117_15;
    t118[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v118_15;
  }
}
