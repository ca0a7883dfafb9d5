// kernel k55_einsum
@group(0) @binding(0) var<storage, read> t317: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t327: array<f32>;
@group(0) @binding(3) var<storage, read_write> t329: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t330: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k55_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t317[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t317[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t317[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t317[(row0 + ty + 48i) * 176i + kA];
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
    let l327: f32 = t327[(row0 + ty) * 64i + (col0 + tx)];
    let v329: f32 = acc0_0 + l327;
    t329[(row0 + ty) * 64i + (col0 + tx)] = v329;
    let l243: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v330: f32 = v329 * l243;
    t330[(row0 + ty) * 64i + (col0 + tx)] = v330;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l327_1: f32 = t327[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v329_1: f32 = acc0_1 + l327_1;
    t329[(row0 + ty) * 64i + (col0 + tx) + 16i] = v329_1;
    let l243_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v330_1: f32 = v329_1 * l243_1;
    t330[(row0 + ty) * 64i + (col0 + tx) + 16i] = v330_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l327_2: f32 = t327[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v329_2: f32 = acc0_2 + l327_2;
    t329[(row0 + ty) * 64i + (col0 + tx) + 32i] = v329_2;
    let l243_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v330_2: f32 = v329_2 * l243_2;
    t330[(row0 + ty) * 64i + (col0 + tx) + 32i] = v330_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l327_3: f32 = t327[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v329_3: f32 = acc0_3 + l327_3;
    t329[(row0 + ty) * 64i + (col0 + tx) + 48i] = v329_3;
    let l243_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v330_3: f32 = v329_3 * l243_3;
    t330[(row0 + ty) * 64i + (col0 + tx) + 48i] = v330_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l327_4: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v329_4: f32 = acc1_0 + l327_4;
    t329[(row0 + ty + 16i) * 64i + (col0 + tx)] = v329_4;
    let l243_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v330_4: f32 = v329_4 * l243_4;
    t330[(row0 + ty + 16i) * 64i + (col0 + tx)] = v330_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l327_5: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v329_5: f32 = acc1_1 + l327_5;
    t329[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v329_5;
    let l243_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v330_5: f32 = v329_5 * l243_5;
    t330[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v330_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l327_6: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v329_6: f32 = acc1_2 + l327_6;
    t329[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v329_6;
    let l243_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v330_6: f32 = v329_6 * l243_6;
    t330[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v330_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l327_7: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v329_7: f32 = acc1_3 + l327_7;
    t329[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v329_7;
    let l243_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v330_7: f32 = v329_7 * l243_7;
    t330[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v330_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l327_8: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v329_8: f32 = acc2_0 + l327_8;
    t329[(row0 + ty + 32i) * 64i + (col0 + tx)] = v329_8;
    let l243_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v330_8: f32 = v329_8 * l243_8;
    t330[(row0 + ty + 32i) * 64i + (col0 + tx)] = v330_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l327_9: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v329_9: f32 = acc2_1 + l327_9;
    t329[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v329_9;
    let l243_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v330_9: f32 = v329_9 * l243_9;
    t330[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v330_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l327_10: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v329_10: f32 = acc2_2 + l327_10;
    t329[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v329_10;
    let l243_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v330_10: f32 = v329_10 * l243_10;
    t330[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v330_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l327_11: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v329_11: f32 = acc2_3 + l327_11;
    t329[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v329_11;
    let l243_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v330_11: f32 = v329_11 * l243_11;
    t330[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v330_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l327_12: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v329_12: f32 = acc3_0 + l327_12;
    t329[(row0 + ty + 48i) * 64i + (col0 + tx)] = v329_12;
    let l243_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v330_12: f32 = v329_12 * l243_12;
    t330[(row0 + ty + 48i) * 64i + (col0 + tx)] = v330_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l327_13: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v329_13: f32 = acc3_1 + l327_13;
    t329[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v329_13;
    let l243_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v330_13: f32 = v329_13 * l243_13;
    t330[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v330_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l327_14: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v329_14: f32 = acc3_2 + l327_14;
    t329[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v329_14;
    let l243_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v330_14: f32 = v329_14 * l243_14;
    t330[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v330_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l327_15: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v329_15: f32 = acc3_3 + l327_15;
    t329[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v329_15;
    let l243_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v330_15: f32 = v329_15 * l243_15;
    t330[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v330_15;
  }
}
