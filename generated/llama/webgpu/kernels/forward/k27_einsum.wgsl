// kernel k27_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t175: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t179: array<f32>;
@group(0) @binding(3) var<storage, read_write> t180: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k27_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t175[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t175[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t175[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t175[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    let v177: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v178: f32 = acc0_0 * v177;
    let l179: f32 = t179[(row0 + ty) * 176i + (col0 + tx)];
    let v180: f32 = v178 * l179;
    t180[(row0 + ty) * 176i + (col0 + tx)] = v180;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v177_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v178_1: f32 = acc0_1 * v177_1;
    let l179_1: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v180_1: f32 = v178_1 * l179_1;
    t180[(row0 + ty) * 176i + (col0 + tx) + 16i] = v180_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v177_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v178_2: f32 = acc0_2 * v177_2;
    let l179_2: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v180_2: f32 = v178_2 * l179_2;
    t180[(row0 + ty) * 176i + (col0 + tx) + 32i] = v180_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v177_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v178_3: f32 = acc0_3 * v177_3;
    let l179_3: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v180_3: f32 = v178_3 * l179_3;
    t180[(row0 + ty) * 176i + (col0 + tx) + 48i] = v180_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v177_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v178_4: f32 = acc1_0 * v177_4;
    let l179_4: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v180_4: f32 = v178_4 * l179_4;
    t180[(row0 + ty + 16i) * 176i + (col0 + tx)] = v180_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v177_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v178_5: f32 = acc1_1 * v177_5;
    let l179_5: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v180_5: f32 = v178_5 * l179_5;
    t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v180_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v177_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v178_6: f32 = acc1_2 * v177_6;
    let l179_6: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v180_6: f32 = v178_6 * l179_6;
    t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v180_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v177_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v178_7: f32 = acc1_3 * v177_7;
    let l179_7: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v180_7: f32 = v178_7 * l179_7;
    t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v180_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v177_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v178_8: f32 = acc2_0 * v177_8;
    let l179_8: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v180_8: f32 = v178_8 * l179_8;
    t180[(row0 + ty + 32i) * 176i + (col0 + tx)] = v180_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v177_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v178_9: f32 = acc2_1 * v177_9;
    let l179_9: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v180_9: f32 = v178_9 * l179_9;
    t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v180_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v177_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v178_10: f32 = acc2_2 * v177_10;
    let l179_10: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v180_10: f32 = v178_10 * l179_10;
    t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v180_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v177_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v178_11: f32 = acc2_3 * v177_11;
    let l179_11: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v180_11: f32 = v178_11 * l179_11;
    t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v180_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v177_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v178_12: f32 = acc3_0 * v177_12;
    let l179_12: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v180_12: f32 = v178_12 * l179_12;
    t180[(row0 + ty + 48i) * 176i + (col0 + tx)] = v180_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v177_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v178_13: f32 = acc3_1 * v177_13;
    let l179_13: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v180_13: f32 = v178_13 * l179_13;
    t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v180_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v177_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v178_14: f32 = acc3_2 * v177_14;
    let l179_14: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v180_14: f32 = v178_14 * l179_14;
    t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v180_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v177_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v178_15: f32 = acc3_3 * v177_15;
    let l179_15: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v180_15: f32 = v178_15 * l179_15;
    t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v180_15;
  }
}
