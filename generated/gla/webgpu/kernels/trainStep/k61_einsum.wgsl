// kernel k61_einsum
@group(0) @binding(0) var<storage, read> t362: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t373: array<f32>;
@group(0) @binding(3) var<storage, read_write> t375: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t376: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k61_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 11i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 176i) {
      tileA[tx * 64i + ty] = t362[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t362[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t362[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t362[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l373: f32 = t373[(row0 + ty) * 64i + (col0 + tx)];
    let v375: f32 = acc0_0 + l373;
    t375[(row0 + ty) * 64i + (col0 + tx)] = v375;
    let l285: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v376: f32 = v375 * l285;
    t376[(row0 + ty) * 64i + (col0 + tx)] = v376;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l373_1: f32 = t373[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v375_1: f32 = acc0_1 + l373_1;
    t375[(row0 + ty) * 64i + (col0 + tx) + 16i] = v375_1;
    let l285_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v376_1: f32 = v375_1 * l285_1;
    t376[(row0 + ty) * 64i + (col0 + tx) + 16i] = v376_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l373_2: f32 = t373[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v375_2: f32 = acc0_2 + l373_2;
    t375[(row0 + ty) * 64i + (col0 + tx) + 32i] = v375_2;
    let l285_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v376_2: f32 = v375_2 * l285_2;
    t376[(row0 + ty) * 64i + (col0 + tx) + 32i] = v376_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l373_3: f32 = t373[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v375_3: f32 = acc0_3 + l373_3;
    t375[(row0 + ty) * 64i + (col0 + tx) + 48i] = v375_3;
    let l285_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v376_3: f32 = v375_3 * l285_3;
    t376[(row0 + ty) * 64i + (col0 + tx) + 48i] = v376_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l373_4: f32 = t373[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v375_4: f32 = acc1_0 + l373_4;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx)] = v375_4;
    let l285_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v376_4: f32 = v375_4 * l285_4;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx)] = v376_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l373_5: f32 = t373[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v375_5: f32 = acc1_1 + l373_5;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v375_5;
    let l285_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v376_5: f32 = v375_5 * l285_5;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v376_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l373_6: f32 = t373[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v375_6: f32 = acc1_2 + l373_6;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v375_6;
    let l285_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v376_6: f32 = v375_6 * l285_6;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v376_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l373_7: f32 = t373[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v375_7: f32 = acc1_3 + l373_7;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v375_7;
    let l285_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v376_7: f32 = v375_7 * l285_7;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v376_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l373_8: f32 = t373[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v375_8: f32 = acc2_0 + l373_8;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx)] = v375_8;
    let l285_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v376_8: f32 = v375_8 * l285_8;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx)] = v376_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l373_9: f32 = t373[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v375_9: f32 = acc2_1 + l373_9;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v375_9;
    let l285_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v376_9: f32 = v375_9 * l285_9;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v376_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l373_10: f32 = t373[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v375_10: f32 = acc2_2 + l373_10;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v375_10;
    let l285_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v376_10: f32 = v375_10 * l285_10;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v376_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l373_11: f32 = t373[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v375_11: f32 = acc2_3 + l373_11;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v375_11;
    let l285_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v376_11: f32 = v375_11 * l285_11;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v376_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l373_12: f32 = t373[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v375_12: f32 = acc3_0 + l373_12;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx)] = v375_12;
    let l285_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v376_12: f32 = v375_12 * l285_12;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx)] = v376_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l373_13: f32 = t373[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v375_13: f32 = acc3_1 + l373_13;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v375_13;
    let l285_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v376_13: f32 = v375_13 * l285_13;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v376_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l373_14: f32 = t373[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v375_14: f32 = acc3_2 + l373_14;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v375_14;
    let l285_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v376_14: f32 = v375_14 * l285_14;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v376_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l373_15: f32 = t373[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v375_15: f32 = acc3_3 + l373_15;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v375_15;
    let l285_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v376_15: f32 = v375_15 * l285_15;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v376_15;
  }
}
