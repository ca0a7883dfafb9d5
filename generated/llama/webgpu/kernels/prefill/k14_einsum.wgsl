// kernel k14_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t107: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t112: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k14_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t107[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t107[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t107[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t107[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v109: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v110: f32 = acc0_0 * v109;
    let l111: f32 = t111[(row0 + ty) * 176i + (col0 + tx)];
    let v112: f32 = v110 * l111;
    t112[(row0 + ty) * 176i + (col0 + tx)] = v112;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v109_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v110_1: f32 = acc0_1 * v109_1;
    let l111_1: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v112_1: f32 = v110_1 * l111_1;
    t112[(row0 + ty) * 176i + (col0 + tx) + 16i] = v112_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v109_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v110_2: f32 = acc0_2 * v109_2;
    let l111_2: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v112_2: f32 = v110_2 * l111_2;
    t112[(row0 + ty) * 176i + (col0 + tx) + 32i] = v112_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v109_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v110_3: f32 = acc0_3 * v109_3;
    let l111_3: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v112_3: f32 = v110_3 * l111_3;
    t112[(row0 + ty) * 176i + (col0 + tx) + 48i] = v112_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v109_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v110_4: f32 = acc1_0 * v109_4;
    let l111_4: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v112_4: f32 = v110_4 * l111_4;
    t112[(row0 + ty + 16i) * 176i + (col0 + tx)] = v112_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v109_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v110_5: f32 = acc1_1 * v109_5;
    let l111_5: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v112_5: f32 = v110_5 * l111_5;
    t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v112_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v109_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v110_6: f32 = acc1_2 * v109_6;
    let l111_6: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v112_6: f32 = v110_6 * l111_6;
    t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v112_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v109_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v110_7: f32 = acc1_3 * v109_7;
    let l111_7: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v112_7: f32 = v110_7 * l111_7;
    t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v112_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v109_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v110_8: f32 = acc2_0 * v109_8;
    let l111_8: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v112_8: f32 = v110_8 * l111_8;
    t112[(row0 + ty + 32i) * 176i + (col0 + tx)] = v112_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v109_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v110_9: f32 = acc2_1 * v109_9;
    let l111_9: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v112_9: f32 = v110_9 * l111_9;
    t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v112_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v109_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v110_10: f32 = acc2_2 * v109_10;
    let l111_10: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v112_10: f32 = v110_10 * l111_10;
    t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v112_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v109_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v110_11: f32 = acc2_3 * v109_11;
    let l111_11: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v112_11: f32 = v110_11 * l111_11;
    t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v112_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v109_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v110_12: f32 = acc3_0 * v109_12;
    let l111_12: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v112_12: f32 = v110_12 * l111_12;
    t112[(row0 + ty + 48i) * 176i + (col0 + tx)] = v112_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v109_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v110_13: f32 = acc3_1 * v109_13;
    let l111_13: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v112_13: f32 = v110_13 * l111_13;
    t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v112_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v109_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v110_14: f32 = acc3_2 * v109_14;
    let l111_14: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v112_14: f32 = v110_14 * l111_14;
    t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v112_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v109_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v110_15: f32 = acc3_3 * v109_15;
    let l111_15: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v112_15: f32 = v110_15 * l111_15;
    t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v112_15;
  }
}
