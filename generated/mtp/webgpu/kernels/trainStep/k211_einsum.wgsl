// kernel k211_einsum
@group(0) @binding(0) var<storage, read> t1108: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t1117: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1119: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1120: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k211_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1108[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t1108[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t1108[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t1108[(row0 + ty + 48i) * 176i + kA];
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
    let l1117: f32 = t1117[(row0 + ty) * 64i + (col0 + tx)];
    let v1119: f32 = acc0_0 + l1117;
    t1119[(row0 + ty) * 64i + (col0 + tx)] = v1119;
    let l211: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v1120: f32 = v1119 * l211;
    t1120[(row0 + ty) * 64i + (col0 + tx)] = v1120;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l1117_1: f32 = t1117[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1119_1: f32 = acc0_1 + l1117_1;
    t1119[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1119_1;
    let l211_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v1120_1: f32 = v1119_1 * l211_1;
    t1120[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1120_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l1117_2: f32 = t1117[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1119_2: f32 = acc0_2 + l1117_2;
    t1119[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1119_2;
    let l211_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v1120_2: f32 = v1119_2 * l211_2;
    t1120[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1120_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l1117_3: f32 = t1117[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1119_3: f32 = acc0_3 + l1117_3;
    t1119[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1119_3;
    let l211_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v1120_3: f32 = v1119_3 * l211_3;
    t1120[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1120_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l1117_4: f32 = t1117[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1119_4: f32 = acc1_0 + l1117_4;
    t1119[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1119_4;
    let l211_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v1120_4: f32 = v1119_4 * l211_4;
    t1120[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1120_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l1117_5: f32 = t1117[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1119_5: f32 = acc1_1 + l1117_5;
    t1119[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1119_5;
    let l211_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v1120_5: f32 = v1119_5 * l211_5;
    t1120[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1120_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l1117_6: f32 = t1117[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1119_6: f32 = acc1_2 + l1117_6;
    t1119[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1119_6;
    let l211_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v1120_6: f32 = v1119_6 * l211_6;
    t1120[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1120_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l1117_7: f32 = t1117[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1119_7: f32 = acc1_3 + l1117_7;
    t1119[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1119_7;
    let l211_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v1120_7: f32 = v1119_7 * l211_7;
    t1120[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1120_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l1117_8: f32 = t1117[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1119_8: f32 = acc2_0 + l1117_8;
    t1119[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1119_8;
    let l211_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v1120_8: f32 = v1119_8 * l211_8;
    t1120[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1120_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l1117_9: f32 = t1117[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1119_9: f32 = acc2_1 + l1117_9;
    t1119[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1119_9;
    let l211_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v1120_9: f32 = v1119_9 * l211_9;
    t1120[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1120_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l1117_10: f32 = t1117[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1119_10: f32 = acc2_2 + l1117_10;
    t1119[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1119_10;
    let l211_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v1120_10: f32 = v1119_10 * l211_10;
    t1120[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1120_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l1117_11: f32 = t1117[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1119_11: f32 = acc2_3 + l1117_11;
    t1119[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1119_11;
    let l211_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v1120_11: f32 = v1119_11 * l211_11;
    t1120[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1120_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l1117_12: f32 = t1117[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1119_12: f32 = acc3_0 + l1117_12;
    t1119[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1119_12;
    let l211_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v1120_12: f32 = v1119_12 * l211_12;
    t1120[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1120_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l1117_13: f32 = t1117[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1119_13: f32 = acc3_1 + l1117_13;
    t1119[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1119_13;
    let l211_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v1120_13: f32 = v1119_13 * l211_13;
    t1120[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1120_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l1117_14: f32 = t1117[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1119_14: f32 = acc3_2 + l1117_14;
    t1119[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1119_14;
    let l211_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v1120_14: f32 = v1119_14 * l211_14;
    t1120[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1120_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l1117_15: f32 = t1117[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1119_15: f32 = acc3_3 + l1117_15;
    t1119[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1119_15;
    let l211_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v1120_15: f32 = v1119_15 * l211_15;
    t1120[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1120_15;
  }
}
