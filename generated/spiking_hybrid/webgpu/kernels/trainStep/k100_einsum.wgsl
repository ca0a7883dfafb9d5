// kernel k100_einsum
@group(0) @binding(0) var<storage, read> t510: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_linear_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t517: array<f32>;
@group(0) @binding(3) var<storage, read> t522: array<f32>;
@group(0) @binding(4) var<storage, read_write> t525: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_norm1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t526: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k100_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t510[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t510[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t510[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t510[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_linear_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_linear_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_linear_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_linear_wv_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l517: f32 = t517[(row0 + ty) * 64i + (col0 + tx)];
    let v524: f32 = acc0_0 + l517;
    let l522: f32 = t522[(row0 + ty) * 64i + (col0 + tx)];
    let v525: f32 = v524 + l522;
    t525[(row0 + ty) * 64i + (col0 + tx)] = v525;
    let l34: f32 = p_layers_0_norm1_g[col0 + tx];
    let v526: f32 = v525 * l34;
    t526[(row0 + ty) * 64i + (col0 + tx)] = v526;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l517_1: f32 = t517[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v524_1: f32 = acc0_1 + l517_1;
    let l522_1: f32 = t522[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v525_1: f32 = v524_1 + l522_1;
    t525[(row0 + ty) * 64i + (col0 + tx) + 16i] = v525_1;
    let l34_1: f32 = p_layers_0_norm1_g[col0 + tx + 16i];
    let v526_1: f32 = v525_1 * l34_1;
    t526[(row0 + ty) * 64i + (col0 + tx) + 16i] = v526_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l517_2: f32 = t517[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v524_2: f32 = acc0_2 + l517_2;
    let l522_2: f32 = t522[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v525_2: f32 = v524_2 + l522_2;
    t525[(row0 + ty) * 64i + (col0 + tx) + 32i] = v525_2;
    let l34_2: f32 = p_layers_0_norm1_g[col0 + tx + 32i];
    let v526_2: f32 = v525_2 * l34_2;
    t526[(row0 + ty) * 64i + (col0 + tx) + 32i] = v526_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l517_3: f32 = t517[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v524_3: f32 = acc0_3 + l517_3;
    let l522_3: f32 = t522[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v525_3: f32 = v524_3 + l522_3;
    t525[(row0 + ty) * 64i + (col0 + tx) + 48i] = v525_3;
    let l34_3: f32 = p_layers_0_norm1_g[col0 + tx + 48i];
    let v526_3: f32 = v525_3 * l34_3;
    t526[(row0 + ty) * 64i + (col0 + tx) + 48i] = v526_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l517_4: f32 = t517[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v524_4: f32 = acc1_0 + l517_4;
    let l522_4: f32 = t522[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v525_4: f32 = v524_4 + l522_4;
    t525[(row0 + ty + 16i) * 64i + (col0 + tx)] = v525_4;
    let l34_4: f32 = p_layers_0_norm1_g[col0 + tx];
    let v526_4: f32 = v525_4 * l34_4;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx)] = v526_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l517_5: f32 = t517[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v524_5: f32 = acc1_1 + l517_5;
    let l522_5: f32 = t522[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v525_5: f32 = v524_5 + l522_5;
    t525[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v525_5;
    let l34_5: f32 = p_layers_0_norm1_g[col0 + tx + 16i];
    let v526_5: f32 = v525_5 * l34_5;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v526_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l517_6: f32 = t517[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v524_6: f32 = acc1_2 + l517_6;
    let l522_6: f32 = t522[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v525_6: f32 = v524_6 + l522_6;
    t525[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v525_6;
    let l34_6: f32 = p_layers_0_norm1_g[col0 + tx + 32i];
    let v526_6: f32 = v525_6 * l34_6;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v526_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l517_7: f32 = t517[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v524_7: f32 = acc1_3 + l517_7;
    let l522_7: f32 = t522[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v525_7: f32 = v524_7 + l522_7;
    t525[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v525_7;
    let l34_7: f32 = p_layers_0_norm1_g[col0 + tx + 48i];
    let v526_7: f32 = v525_7 * l34_7;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v526_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l517_8: f32 = t517[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v524_8: f32 = acc2_0 + l517_8;
    let l522_8: f32 = t522[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v525_8: f32 = v524_8 + l522_8;
    t525[(row0 + ty + 32i) * 64i + (col0 + tx)] = v525_8;
    let l34_8: f32 = p_layers_0_norm1_g[col0 + tx];
    let v526_8: f32 = v525_8 * l34_8;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx)] = v526_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l517_9: f32 = t517[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v524_9: f32 = acc2_1 + l517_9;
    let l522_9: f32 = t522[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v525_9: f32 = v524_9 + l522_9;
    t525[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v525_9;
    let l34_9: f32 = p_layers_0_norm1_g[col0 + tx + 16i];
    let v526_9: f32 = v525_9 * l34_9;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v526_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l517_10: f32 = t517[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v524_10: f32 = acc2_2 + l517_10;
    let l522_10: f32 = t522[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v525_10: f32 = v524_10 + l522_10;
    t525[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v525_10;
    let l34_10: f32 = p_layers_0_norm1_g[col0 + tx + 32i];
    let v526_10: f32 = v525_10 * l34_10;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v526_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l517_11: f32 = t517[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v524_11: f32 = acc2_3 + l517_11;
    let l522_11: f32 = t522[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v525_11: f32 = v524_11 + l522_11;
    t525[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v525_11;
    let l34_11: f32 = p_layers_0_norm1_g[col0 + tx + 48i];
    let v526_11: f32 = v525_11 * l34_11;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v526_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l517_12: f32 = t517[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v524_12: f32 = acc3_0 + l517_12;
    let l522_12: f32 = t522[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v525_12: f32 = v524_12 + l522_12;
    t525[(row0 + ty + 48i) * 64i + (col0 + tx)] = v525_12;
    let l34_12: f32 = p_layers_0_norm1_g[col0 + tx];
    let v526_12: f32 = v525_12 * l34_12;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx)] = v526_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l517_13: f32 = t517[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v524_13: f32 = acc3_1 + l517_13;
    let l522_13: f32 = t522[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v525_13: f32 = v524_13 + l522_13;
    t525[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v525_13;
    let l34_13: f32 = p_layers_0_norm1_g[col0 + tx + 16i];
    let v526_13: f32 = v525_13 * l34_13;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v526_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l517_14: f32 = t517[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v524_14: f32 = acc3_2 + l517_14;
    let l522_14: f32 = t522[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v525_14: f32 = v524_14 + l522_14;
    t525[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v525_14;
    let l34_14: f32 = p_layers_0_norm1_g[col0 + tx + 32i];
    let v526_14: f32 = v525_14 * l34_14;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v526_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l517_15: f32 = t517[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v524_15: f32 = acc3_3 + l517_15;
    let l522_15: f32 = t522[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v525_15: f32 = v524_15 + l522_15;
    t525[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v525_15;
    let l34_15: f32 = p_layers_0_norm1_g[col0 + tx + 48i];
    let v526_15: f32 = v525_15 * l34_15;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v526_15;
  }
}
