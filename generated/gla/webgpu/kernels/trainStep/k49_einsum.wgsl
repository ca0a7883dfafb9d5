// kernel k49_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t266: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t267: array<f32>;
@group(0) @binding(3) var<storage, read_write> t268: array<f32>;
@group(0) @binding(4) var<storage, read_write> t269: array<f32>;
@group(0) @binding(5) var<storage, read> t270: array<f32>;
@group(0) @binding(6) var<storage, read_write> t271: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t266[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t266[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t266[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t266[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    t267[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v268: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t268[(row0 + ty) * 176i + (col0 + tx)] = v268;
    let v269: f32 = acc0_0 * v268;
    t269[(row0 + ty) * 176i + (col0 + tx)] = v269;
    let l270: f32 = t270[(row0 + ty) * 176i + (col0 + tx)];
    let v271: f32 = v269 * l270;
    t271[(row0 + ty) * 176i + (col0 + tx)] = v271;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t267[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v268_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t268[(row0 + ty) * 176i + (col0 + tx) + 16i] = v268_1;
    let v269_1: f32 = acc0_1 * v268_1;
    t269[(row0 + ty) * 176i + (col0 + tx) + 16i] = v269_1;
    let l270_1: f32 = t270[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v271_1: f32 = v269_1 * l270_1;
    t271[(row0 + ty) * 176i + (col0 + tx) + 16i] = v271_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t267[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v268_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t268[(row0 + ty) * 176i + (col0 + tx) + 32i] = v268_2;
    let v269_2: f32 = acc0_2 * v268_2;
    t269[(row0 + ty) * 176i + (col0 + tx) + 32i] = v269_2;
    let l270_2: f32 = t270[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v271_2: f32 = v269_2 * l270_2;
    t271[(row0 + ty) * 176i + (col0 + tx) + 32i] = v271_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t267[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v268_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t268[(row0 + ty) * 176i + (col0 + tx) + 48i] = v268_3;
    let v269_3: f32 = acc0_3 * v268_3;
    t269[(row0 + ty) * 176i + (col0 + tx) + 48i] = v269_3;
    let l270_3: f32 = t270[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v271_3: f32 = v269_3 * l270_3;
    t271[(row0 + ty) * 176i + (col0 + tx) + 48i] = v271_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t267[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v268_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t268[(row0 + ty + 16i) * 176i + (col0 + tx)] = v268_4;
    let v269_4: f32 = acc1_0 * v268_4;
    t269[(row0 + ty + 16i) * 176i + (col0 + tx)] = v269_4;
    let l270_4: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v271_4: f32 = v269_4 * l270_4;
    t271[(row0 + ty + 16i) * 176i + (col0 + tx)] = v271_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t267[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v268_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t268[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v268_5;
    let v269_5: f32 = acc1_1 * v268_5;
    t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v269_5;
    let l270_5: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v271_5: f32 = v269_5 * l270_5;
    t271[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v271_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t267[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v268_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t268[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v268_6;
    let v269_6: f32 = acc1_2 * v268_6;
    t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v269_6;
    let l270_6: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v271_6: f32 = v269_6 * l270_6;
    t271[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v271_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t267[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v268_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t268[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v268_7;
    let v269_7: f32 = acc1_3 * v268_7;
    t269[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v269_7;
    let l270_7: f32 = t270[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v271_7: f32 = v269_7 * l270_7;
    t271[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v271_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t267[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v268_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t268[(row0 + ty + 32i) * 176i + (col0 + tx)] = v268_8;
    let v269_8: f32 = acc2_0 * v268_8;
    t269[(row0 + ty + 32i) * 176i + (col0 + tx)] = v269_8;
    let l270_8: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v271_8: f32 = v269_8 * l270_8;
    t271[(row0 + ty + 32i) * 176i + (col0 + tx)] = v271_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t267[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v268_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t268[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v268_9;
    let v269_9: f32 = acc2_1 * v268_9;
    t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v269_9;
    let l270_9: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v271_9: f32 = v269_9 * l270_9;
    t271[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v271_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t267[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v268_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t268[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v268_10;
    let v269_10: f32 = acc2_2 * v268_10;
    t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v269_10;
    let l270_10: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v271_10: f32 = v269_10 * l270_10;
    t271[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v271_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t267[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v268_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t268[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v268_11;
    let v269_11: f32 = acc2_3 * v268_11;
    t269[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v269_11;
    let l270_11: f32 = t270[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v271_11: f32 = v269_11 * l270_11;
    t271[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v271_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t267[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v268_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t268[(row0 + ty + 48i) * 176i + (col0 + tx)] = v268_12;
    let v269_12: f32 = acc3_0 * v268_12;
    t269[(row0 + ty + 48i) * 176i + (col0 + tx)] = v269_12;
    let l270_12: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v271_12: f32 = v269_12 * l270_12;
    t271[(row0 + ty + 48i) * 176i + (col0 + tx)] = v271_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t267[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v268_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t268[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v268_13;
    let v269_13: f32 = acc3_1 * v268_13;
    t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v269_13;
    let l270_13: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v271_13: f32 = v269_13 * l270_13;
    t271[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v271_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t267[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v268_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t268[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v268_14;
    let v269_14: f32 = acc3_2 * v268_14;
    t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v269_14;
    let l270_14: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v271_14: f32 = v269_14 * l270_14;
    t271[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v271_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t267[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v268_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t268[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v268_15;
    let v269_15: f32 = acc3_3 * v268_15;
    t269[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v269_15;
    let l270_15: f32 = t270[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v271_15: f32 = v269_15 * l270_15;
    t271[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v271_15;
  }
}
