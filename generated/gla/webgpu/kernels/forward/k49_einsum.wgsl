// kernel k49_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t265: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t269: array<f32>;
@group(0) @binding(3) var<storage, read_write> t270: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k49_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t265[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t265[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t265[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t265[(row0 + ty + 48i) * 64i + kA];
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
    let v267: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v268: f32 = acc0_0 * v267;
    let l269: f32 = t269[(row0 + ty) * 176i + (col0 + tx)];
    let v270: f32 = v268 * l269;
    t270[(row0 + ty) * 176i + (col0 + tx)] = v270;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v267_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v268_1: f32 = acc0_1 * v267_1;
    let l269_1: f32 = t269[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v270_1: f32 = v268_1 * l269_1;
    t270[(row0 + ty) * 176i + (col0 + tx) + 16i] = v270_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v267_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v268_2: f32 = acc0_2 * v267_2;
    let l269_2: f32 = t269[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v270_2: f32 = v268_2 * l269_2;
    t270[(row0 + ty) * 176i + (col0 + tx) + 32i] = v270_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v267_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v268_3: f32 = acc0_3 * v267_3;
    let l269_3: f32 = t269[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v270_3: f32 = v268_3 * l269_3;
    t270[(row0 + ty) * 176i + (col0 + tx) + 48i] = v270_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v267_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v268_4: f32 = acc1_0 * v267_4;
    let l269_4: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v270_4: f32 = v268_4 * l269_4;
    t270[(row0 + ty + 16i) * 176i + (col0 + tx)] = v270_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v267_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v268_5: f32 = acc1_1 * v267_5;
    let l269_5: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v270_5: f32 = v268_5 * l269_5;
    t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v270_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v267_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v268_6: f32 = acc1_2 * v267_6;
    let l269_6: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v270_6: f32 = v268_6 * l269_6;
    t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v270_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v267_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v268_7: f32 = acc1_3 * v267_7;
    let l269_7: f32 = t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v270_7: f32 = v268_7 * l269_7;
    t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v270_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v267_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v268_8: f32 = acc2_0 * v267_8;
    let l269_8: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v270_8: f32 = v268_8 * l269_8;
    t270[(row0 + ty + 32i) * 176i + (col0 + tx)] = v270_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v267_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v268_9: f32 = acc2_1 * v267_9;
    let l269_9: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v270_9: f32 = v268_9 * l269_9;
    t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v270_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v267_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v268_10: f32 = acc2_2 * v267_10;
    let l269_10: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v270_10: f32 = v268_10 * l269_10;
    t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v270_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v267_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v268_11: f32 = acc2_3 * v267_11;
    let l269_11: f32 = t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v270_11: f32 = v268_11 * l269_11;
    t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v270_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v267_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v268_12: f32 = acc3_0 * v267_12;
    let l269_12: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v270_12: f32 = v268_12 * l269_12;
    t270[(row0 + ty + 48i) * 176i + (col0 + tx)] = v270_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v267_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v268_13: f32 = acc3_1 * v267_13;
    let l269_13: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v270_13: f32 = v268_13 * l269_13;
    t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v270_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v267_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v268_14: f32 = acc3_2 * v267_14;
    let l269_14: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v270_14: f32 = v268_14 * l269_14;
    t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v270_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v267_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v268_15: f32 = acc3_3 * v267_15;
    let l269_15: f32 = t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v270_15: f32 = v268_15 * l269_15;
    t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v270_15;
  }
}
