// kernel k9_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t112: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t83: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t117: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k9_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t112[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t112[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t112[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t112[(row0 + ty + 48i) * 256i + kA];
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
    let l83: f32 = t83[(row0 + ty) * 64i + (col0 + tx)];
    let l115: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v116: f32 = acc0_0 + l115;
    let v117: f32 = l83 + v116;
    t117[(row0 + ty) * 64i + (col0 + tx)] = v117;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l83_1: f32 = t83[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l115_1: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v116_1: f32 = acc0_1 + l115_1;
    let v117_1: f32 = l83_1 + v116_1;
    t117[(row0 + ty) * 64i + (col0 + tx) + 16i] = v117_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l83_2: f32 = t83[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l115_2: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v116_2: f32 = acc0_2 + l115_2;
    let v117_2: f32 = l83_2 + v116_2;
    t117[(row0 + ty) * 64i + (col0 + tx) + 32i] = v117_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l83_3: f32 = t83[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l115_3: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v116_3: f32 = acc0_3 + l115_3;
    let v117_3: f32 = l83_3 + v116_3;
    t117[(row0 + ty) * 64i + (col0 + tx) + 48i] = v117_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l83_4: f32 = t83[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l115_4: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v116_4: f32 = acc1_0 + l115_4;
    let v117_4: f32 = l83_4 + v116_4;
    t117[(row0 + ty + 16i) * 64i + (col0 + tx)] = v117_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l83_5: f32 = t83[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l115_5: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v116_5: f32 = acc1_1 + l115_5;
    let v117_5: f32 = l83_5 + v116_5;
    t117[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v117_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l83_6: f32 = t83[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l115_6: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v116_6: f32 = acc1_2 + l115_6;
    let v117_6: f32 = l83_6 + v116_6;
    t117[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v117_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l83_7: f32 = t83[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l115_7: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v116_7: f32 = acc1_3 + l115_7;
    let v117_7: f32 = l83_7 + v116_7;
    t117[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v117_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l83_8: f32 = t83[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l115_8: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v116_8: f32 = acc2_0 + l115_8;
    let v117_8: f32 = l83_8 + v116_8;
    t117[(row0 + ty + 32i) * 64i + (col0 + tx)] = v117_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l83_9: f32 = t83[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l115_9: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v116_9: f32 = acc2_1 + l115_9;
    let v117_9: f32 = l83_9 + v116_9;
    t117[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v117_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l83_10: f32 = t83[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l115_10: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v116_10: f32 = acc2_2 + l115_10;
    let v117_10: f32 = l83_10 + v116_10;
    t117[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v117_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l83_11: f32 = t83[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l115_11: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v116_11: f32 = acc2_3 + l115_11;
    let v117_11: f32 = l83_11 + v116_11;
    t117[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v117_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l83_12: f32 = t83[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l115_12: f32 = p_blocks_0_mlp_proj_b[col0 + tx];
    let v116_12: f32 = acc3_0 + l115_12;
    let v117_12: f32 = l83_12 + v116_12;
    t117[(row0 + ty + 48i) * 64i + (col0 + tx)] = v117_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l83_13: f32 = t83[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l115_13: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 16i];
    let v116_13: f32 = acc3_1 + l115_13;
    let v117_13: f32 = l83_13 + v116_13;
    t117[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v117_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l83_14: f32 = t83[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l115_14: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 32i];
    let v116_14: f32 = acc3_2 + l115_14;
    let v117_14: f32 = l83_14 + v116_14;
    t117[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v117_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l83_15: f32 = t83[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l115_15: f32 = p_blocks_0_mlp_proj_b[col0 + tx + 48i];
    let v116_15: f32 = acc3_3 + l115_15;
    let v117_15: f32 = l83_15 + v116_15;
    t117[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v117_15;
  }
}
