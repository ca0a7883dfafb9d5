// kernel k35_einsum
@group(0) @binding(0) var<storage, read> t247: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t181: array<f32>;
@group(0) @binding(3) var<storage, read_write> t251: array<f32>;
@group(0) @binding(4) var<storage, read> t182: array<f32>;
@group(0) @binding(5) var<storage, read> t180: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t260: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k35_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t247[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t247[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t247[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t247[(row0 + ty + 48i) * 64i + kA];
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
    let l181: f32 = t181[(row0 + ty) * 176i + (col0 + tx)];
    let v251: f32 = acc0_0 * l181;
    t251[(row0 + ty) * 176i + (col0 + tx)] = v251;
    let l182: f32 = t182[(row0 + ty) * 176i + (col0 + tx)];
    let v250: f32 = acc0_0 * l182;
    let l180: f32 = t180[(row0 + ty) * 176i + (col0 + tx)];
    let v254: f32 = v250 * l180;
    let l179: f32 = t179[(row0 + ty) * 176i + (col0 + tx)];
    let v255: f32 = v250 * l179;
    let v257: f32 = 1.0f - l180;
    let v258: f32 = l180 * v257;
    let v259: f32 = v255 * v258;
    let v260: f32 = v254 + v259;
    t260[(row0 + ty) * 176i + (col0 + tx)] = v260;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l181_1: f32 = t181[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v251_1: f32 = acc0_1 * l181_1;
    t251[(row0 + ty) * 176i + (col0 + tx) + 16i] = v251_1;
    let l182_1: f32 = t182[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v250_1: f32 = acc0_1 * l182_1;
    let l180_1: f32 = t180[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v254_1: f32 = v250_1 * l180_1;
    let l179_1: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v255_1: f32 = v250_1 * l179_1;
    let v257_1: f32 = 1.0f - l180_1;
    let v258_1: f32 = l180_1 * v257_1;
    let v259_1: f32 = v255_1 * v258_1;
    let v260_1: f32 = v254_1 + v259_1;
    t260[(row0 + ty) * 176i + (col0 + tx) + 16i] = v260_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l181_2: f32 = t181[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v251_2: f32 = acc0_2 * l181_2;
    t251[(row0 + ty) * 176i + (col0 + tx) + 32i] = v251_2;
    let l182_2: f32 = t182[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v250_2: f32 = acc0_2 * l182_2;
    let l180_2: f32 = t180[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v254_2: f32 = v250_2 * l180_2;
    let l179_2: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v255_2: f32 = v250_2 * l179_2;
    let v257_2: f32 = 1.0f - l180_2;
    let v258_2: f32 = l180_2 * v257_2;
    let v259_2: f32 = v255_2 * v258_2;
    let v260_2: f32 = v254_2 + v259_2;
    t260[(row0 + ty) * 176i + (col0 + tx) + 32i] = v260_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l181_3: f32 = t181[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v251_3: f32 = acc0_3 * l181_3;
    t251[(row0 + ty) * 176i + (col0 + tx) + 48i] = v251_3;
    let l182_3: f32 = t182[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v250_3: f32 = acc0_3 * l182_3;
    let l180_3: f32 = t180[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v254_3: f32 = v250_3 * l180_3;
    let l179_3: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v255_3: f32 = v250_3 * l179_3;
    let v257_3: f32 = 1.0f - l180_3;
    let v258_3: f32 = l180_3 * v257_3;
    let v259_3: f32 = v255_3 * v258_3;
    let v260_3: f32 = v254_3 + v259_3;
    t260[(row0 + ty) * 176i + (col0 + tx) + 48i] = v260_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l181_4: f32 = t181[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v251_4: f32 = acc1_0 * l181_4;
    t251[(row0 + ty + 16i) * 176i + (col0 + tx)] = v251_4;
    let l182_4: f32 = t182[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v250_4: f32 = acc1_0 * l182_4;
    let l180_4: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v254_4: f32 = v250_4 * l180_4;
    let l179_4: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v255_4: f32 = v250_4 * l179_4;
    let v257_4: f32 = 1.0f - l180_4;
    let v258_4: f32 = l180_4 * v257_4;
    let v259_4: f32 = v255_4 * v258_4;
    let v260_4: f32 = v254_4 + v259_4;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx)] = v260_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l181_5: f32 = t181[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v251_5: f32 = acc1_1 * l181_5;
    t251[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v251_5;
    let l182_5: f32 = t182[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v250_5: f32 = acc1_1 * l182_5;
    let l180_5: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v254_5: f32 = v250_5 * l180_5;
    let l179_5: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v255_5: f32 = v250_5 * l179_5;
    let v257_5: f32 = 1.0f - l180_5;
    let v258_5: f32 = l180_5 * v257_5;
    let v259_5: f32 = v255_5 * v258_5;
    let v260_5: f32 = v254_5 + v259_5;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v260_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l181_6: f32 = t181[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v251_6: f32 = acc1_2 * l181_6;
    t251[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v251_6;
    let l182_6: f32 = t182[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v250_6: f32 = acc1_2 * l182_6;
    let l180_6: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v254_6: f32 = v250_6 * l180_6;
    let l179_6: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v255_6: f32 = v250_6 * l179_6;
    let v257_6: f32 = 1.0f - l180_6;
    let v258_6: f32 = l180_6 * v257_6;
    let v259_6: f32 = v255_6 * v258_6;
    let v260_6: f32 = v254_6 + v259_6;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v260_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l181_7: f32 = t181[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v251_7: f32 = acc1_3 * l181_7;
    t251[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v251_7;
    let l182_7: f32 = t182[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v250_7: f32 = acc1_3 * l182_7;
    let l180_7: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v254_7: f32 = v250_7 * l180_7;
    let l179_7: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v255_7: f32 = v250_7 * l179_7;
    let v257_7: f32 = 1.0f - l180_7;
    let v258_7: f32 = l180_7 * v257_7;
    let v259_7: f32 = v255_7 * v258_7;
    let v260_7: f32 = v254_7 + v259_7;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v260_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l181_8: f32 = t181[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v251_8: f32 = acc2_0 * l181_8;
    t251[(row0 + ty + 32i) * 176i + (col0 + tx)] = v251_8;
    let l182_8: f32 = t182[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v250_8: f32 = acc2_0 * l182_8;
    let l180_8: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v254_8: f32 = v250_8 * l180_8;
    let l179_8: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v255_8: f32 = v250_8 * l179_8;
    let v257_8: f32 = 1.0f - l180_8;
    let v258_8: f32 = l180_8 * v257_8;
    let v259_8: f32 = v255_8 * v258_8;
    let v260_8: f32 = v254_8 + v259_8;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx)] = v260_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l181_9: f32 = t181[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v251_9: f32 = acc2_1 * l181_9;
    t251[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v251_9;
    let l182_9: f32 = t182[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v250_9: f32 = acc2_1 * l182_9;
    let l180_9: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v254_9: f32 = v250_9 * l180_9;
    let l179_9: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v255_9: f32 = v250_9 * l179_9;
    let v257_9: f32 = 1.0f - l180_9;
    let v258_9: f32 = l180_9 * v257_9;
    let v259_9: f32 = v255_9 * v258_9;
    let v260_9: f32 = v254_9 + v259_9;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v260_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l181_10: f32 = t181[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v251_10: f32 = acc2_2 * l181_10;
    t251[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v251_10;
    let l182_10: f32 = t182[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v250_10: f32 = acc2_2 * l182_10;
    let l180_10: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v254_10: f32 = v250_10 * l180_10;
    let l179_10: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v255_10: f32 = v250_10 * l179_10;
    let v257_10: f32 = 1.0f - l180_10;
    let v258_10: f32 = l180_10 * v257_10;
    let v259_10: f32 = v255_10 * v258_10;
    let v260_10: f32 = v254_10 + v259_10;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v260_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l181_11: f32 = t181[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v251_11: f32 = acc2_3 * l181_11;
    t251[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v251_11;
    let l182_11: f32 = t182[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v250_11: f32 = acc2_3 * l182_11;
    let l180_11: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v254_11: f32 = v250_11 * l180_11;
    let l179_11: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v255_11: f32 = v250_11 * l179_11;
    let v257_11: f32 = 1.0f - l180_11;
    let v258_11: f32 = l180_11 * v257_11;
    let v259_11: f32 = v255_11 * v258_11;
    let v260_11: f32 = v254_11 + v259_11;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v260_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l181_12: f32 = t181[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v251_12: f32 = acc3_0 * l181_12;
    t251[(row0 + ty + 48i) * 176i + (col0 + tx)] = v251_12;
    let l182_12: f32 = t182[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v250_12: f32 = acc3_0 * l182_12;
    let l180_12: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v254_12: f32 = v250_12 * l180_12;
    let l179_12: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v255_12: f32 = v250_12 * l179_12;
    let v257_12: f32 = 1.0f - l180_12;
    let v258_12: f32 = l180_12 * v257_12;
    let v259_12: f32 = v255_12 * v258_12;
    let v260_12: f32 = v254_12 + v259_12;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx)] = v260_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l181_13: f32 = t181[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v251_13: f32 = acc3_1 * l181_13;
    t251[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v251_13;
    let l182_13: f32 = t182[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v250_13: f32 = acc3_1 * l182_13;
    let l180_13: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v254_13: f32 = v250_13 * l180_13;
    let l179_13: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v255_13: f32 = v250_13 * l179_13;
    let v257_13: f32 = 1.0f - l180_13;
    let v258_13: f32 = l180_13 * v257_13;
    let v259_13: f32 = v255_13 * v258_13;
    let v260_13: f32 = v254_13 + v259_13;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v260_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l181_14: f32 = t181[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v251_14: f32 = acc3_2 * l181_14;
    t251[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v251_14;
    let l182_14: f32 = t182[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v250_14: f32 = acc3_2 * l182_14;
    let l180_14: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v254_14: f32 = v250_14 * l180_14;
    let l179_14: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v255_14: f32 = v250_14 * l179_14;
    let v257_14: f32 = 1.0f - l180_14;
    let v258_14: f32 = l180_14 * v257_14;
    let v259_14: f32 = v255_14 * v258_14;
    let v260_14: f32 = v254_14 + v259_14;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v260_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l181_15: f32 = t181[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v251_15: f32 = acc3_3 * l181_15;
    t251[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v251_15;
    let l182_15: f32 = t182[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v250_15: f32 = acc3_3 * l182_15;
    let l180_15: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v254_15: f32 = v250_15 * l180_15;
    let l179_15: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v255_15: f32 = v250_15 * l179_15;
    let v257_15: f32 = 1.0f - l180_15;
    let v258_15: f32 = l180_15 * v257_15;
    let v259_15: f32 = v255_15 * v258_15;
    let v260_15: f32 = v254_15 + v259_15;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v260_15;
  }
}
