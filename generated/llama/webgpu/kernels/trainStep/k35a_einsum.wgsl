// kernel k35a_einsum
@group(0) @binding(0) var<storage, read> t252: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t187: array<f32>;
@group(0) @binding(3) var<storage, read_write> t255: array<f32>;
@group(0) @binding(4) var<storage, read> t186: array<f32>;
@group(0) @binding(5) var<storage, read_write> t256: array<f32>;
@group(0) @binding(6) var<storage, read> t185: array<f32>;
@group(0) @binding(7) var<storage, read_write> t259: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k35a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t252[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t252[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t252[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t252[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    let l187: f32 = t187[(row0 + ty) * 176i + (col0 + tx)];
    let v255: f32 = acc0_0 * l187;
    t255[(row0 + ty) * 176i + (col0 + tx)] = v255;
    let l186: f32 = t186[(row0 + ty) * 176i + (col0 + tx)];
    let v256: f32 = acc0_0 * l186;
    t256[(row0 + ty) * 176i + (col0 + tx)] = v256;
    let l185: f32 = t185[(row0 + ty) * 176i + (col0 + tx)];
    let v259: f32 = v255 * l185;
    t259[(row0 + ty) * 176i + (col0 + tx)] = v259;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l187_1: f32 = t187[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v255_1: f32 = acc0_1 * l187_1;
    t255[(row0 + ty) * 176i + (col0 + tx) + 16i] = v255_1;
    let l186_1: f32 = t186[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v256_1: f32 = acc0_1 * l186_1;
    t256[(row0 + ty) * 176i + (col0 + tx) + 16i] = v256_1;
    let l185_1: f32 = t185[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v259_1: f32 = v255_1 * l185_1;
    t259[(row0 + ty) * 176i + (col0 + tx) + 16i] = v259_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l187_2: f32 = t187[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v255_2: f32 = acc0_2 * l187_2;
    t255[(row0 + ty) * 176i + (col0 + tx) + 32i] = v255_2;
    let l186_2: f32 = t186[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v256_2: f32 = acc0_2 * l186_2;
    t256[(row0 + ty) * 176i + (col0 + tx) + 32i] = v256_2;
    let l185_2: f32 = t185[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v259_2: f32 = v255_2 * l185_2;
    t259[(row0 + ty) * 176i + (col0 + tx) + 32i] = v259_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l187_3: f32 = t187[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v255_3: f32 = acc0_3 * l187_3;
    t255[(row0 + ty) * 176i + (col0 + tx) + 48i] = v255_3;
    let l186_3: f32 = t186[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v256_3: f32 = acc0_3 * l186_3;
    t256[(row0 + ty) * 176i + (col0 + tx) + 48i] = v256_3;
    let l185_3: f32 = t185[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v259_3: f32 = v255_3 * l185_3;
    t259[(row0 + ty) * 176i + (col0 + tx) + 48i] = v259_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l187_4: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v255_4: f32 = acc1_0 * l187_4;
    t255[(row0 + ty + 16i) * 176i + (col0 + tx)] = v255_4;
    let l186_4: f32 = t186[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v256_4: f32 = acc1_0 * l186_4;
    t256[(row0 + ty + 16i) * 176i + (col0 + tx)] = v256_4;
    let l185_4: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v259_4: f32 = v255_4 * l185_4;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx)] = v259_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l187_5: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v255_5: f32 = acc1_1 * l187_5;
    t255[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v255_5;
    let l186_5: f32 = t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v256_5: f32 = acc1_1 * l186_5;
    t256[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v256_5;
    let l185_5: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v259_5: f32 = v255_5 * l185_5;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v259_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l187_6: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v255_6: f32 = acc1_2 * l187_6;
    t255[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v255_6;
    let l186_6: f32 = t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v256_6: f32 = acc1_2 * l186_6;
    t256[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v256_6;
    let l185_6: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v259_6: f32 = v255_6 * l185_6;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v259_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l187_7: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v255_7: f32 = acc1_3 * l187_7;
    t255[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v255_7;
    let l186_7: f32 = t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v256_7: f32 = acc1_3 * l186_7;
    t256[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v256_7;
    let l185_7: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v259_7: f32 = v255_7 * l185_7;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v259_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l187_8: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v255_8: f32 = acc2_0 * l187_8;
    t255[(row0 + ty + 32i) * 176i + (col0 + tx)] = v255_8;
    let l186_8: f32 = t186[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v256_8: f32 = acc2_0 * l186_8;
    t256[(row0 + ty + 32i) * 176i + (col0 + tx)] = v256_8;
    let l185_8: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v259_8: f32 = v255_8 * l185_8;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx)] = v259_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l187_9: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v255_9: f32 = acc2_1 * l187_9;
    t255[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v255_9;
    let l186_9: f32 = t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v256_9: f32 = acc2_1 * l186_9;
    t256[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v256_9;
    let l185_9: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v259_9: f32 = v255_9 * l185_9;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v259_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l187_10: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v255_10: f32 = acc2_2 * l187_10;
    t255[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v255_10;
    let l186_10: f32 = t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v256_10: f32 = acc2_2 * l186_10;
    t256[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v256_10;
    let l185_10: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v259_10: f32 = v255_10 * l185_10;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v259_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l187_11: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v255_11: f32 = acc2_3 * l187_11;
    t255[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v255_11;
    let l186_11: f32 = t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v256_11: f32 = acc2_3 * l186_11;
    t256[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v256_11;
    let l185_11: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v259_11: f32 = v255_11 * l185_11;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v259_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l187_12: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v255_12: f32 = acc3_0 * l187_12;
    t255[(row0 + ty + 48i) * 176i + (col0 + tx)] = v255_12;
    let l186_12: f32 = t186[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v256_12: f32 = acc3_0 * l186_12;
    t256[(row0 + ty + 48i) * 176i + (col0 + tx)] = v256_12;
    let l185_12: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v259_12: f32 = v255_12 * l185_12;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx)] = v259_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l187_13: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v255_13: f32 = acc3_1 * l187_13;
    t255[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v255_13;
    let l186_13: f32 = t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v256_13: f32 = acc3_1 * l186_13;
    t256[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v256_13;
    let l185_13: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v259_13: f32 = v255_13 * l185_13;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v259_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l187_14: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v255_14: f32 = acc3_2 * l187_14;
    t255[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v255_14;
    let l186_14: f32 = t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v256_14: f32 = acc3_2 * l186_14;
    t256[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v256_14;
    let l185_14: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v259_14: f32 = v255_14 * l185_14;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v259_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l187_15: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v255_15: f32 = acc3_3 * l187_15;
    t255[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v255_15;
    let l186_15: f32 = t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v256_15: f32 = acc3_3 * l186_15;
    t256[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v256_15;
    let l185_15: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v259_15: f32 = v255_15 * l185_15;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v259_15;
  }
}
