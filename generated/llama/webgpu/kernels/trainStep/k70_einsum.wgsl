// kernel k70_einsum
@group(0) @binding(0) var<storage, read> t404: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t415: array<f32>;
@group(0) @binding(3) var<storage, read_write> t417: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t418: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k70_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t404[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t404[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t404[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t404[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l415: f32 = t415[(row0 + ty) * 64i + (col0 + tx)];
    let v417: f32 = acc0_0 + l415;
    t417[(row0 + ty) * 64i + (col0 + tx)] = v417;
    let l124: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v418: f32 = v417 * l124;
    t418[(row0 + ty) * 64i + (col0 + tx)] = v418;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l415_1: f32 = t415[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v417_1: f32 = acc0_1 + l415_1;
    t417[(row0 + ty) * 64i + (col0 + tx) + 16i] = v417_1;
    let l124_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v418_1: f32 = v417_1 * l124_1;
    t418[(row0 + ty) * 64i + (col0 + tx) + 16i] = v418_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l415_2: f32 = t415[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v417_2: f32 = acc0_2 + l415_2;
    t417[(row0 + ty) * 64i + (col0 + tx) + 32i] = v417_2;
    let l124_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v418_2: f32 = v417_2 * l124_2;
    t418[(row0 + ty) * 64i + (col0 + tx) + 32i] = v418_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l415_3: f32 = t415[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v417_3: f32 = acc0_3 + l415_3;
    t417[(row0 + ty) * 64i + (col0 + tx) + 48i] = v417_3;
    let l124_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v418_3: f32 = v417_3 * l124_3;
    t418[(row0 + ty) * 64i + (col0 + tx) + 48i] = v418_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l415_4: f32 = t415[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v417_4: f32 = acc1_0 + l415_4;
    t417[(row0 + ty + 16i) * 64i + (col0 + tx)] = v417_4;
    let l124_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v418_4: f32 = v417_4 * l124_4;
    t418[(row0 + ty + 16i) * 64i + (col0 + tx)] = v418_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l415_5: f32 = t415[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v417_5: f32 = acc1_1 + l415_5;
    t417[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v417_5;
    let l124_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v418_5: f32 = v417_5 * l124_5;
    t418[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v418_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l415_6: f32 = t415[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v417_6: f32 = acc1_2 + l415_6;
    t417[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v417_6;
    let l124_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v418_6: f32 = v417_6 * l124_6;
    t418[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v418_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l415_7: f32 = t415[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v417_7: f32 = acc1_3 + l415_7;
    t417[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v417_7;
    let l124_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v418_7: f32 = v417_7 * l124_7;
    t418[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v418_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l415_8: f32 = t415[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v417_8: f32 = acc2_0 + l415_8;
    t417[(row0 + ty + 32i) * 64i + (col0 + tx)] = v417_8;
    let l124_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v418_8: f32 = v417_8 * l124_8;
    t418[(row0 + ty + 32i) * 64i + (col0 + tx)] = v418_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l415_9: f32 = t415[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v417_9: f32 = acc2_1 + l415_9;
    t417[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v417_9;
    let l124_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v418_9: f32 = v417_9 * l124_9;
    t418[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v418_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l415_10: f32 = t415[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v417_10: f32 = acc2_2 + l415_10;
    t417[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v417_10;
    let l124_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v418_10: f32 = v417_10 * l124_10;
    t418[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v418_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l415_11: f32 = t415[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v417_11: f32 = acc2_3 + l415_11;
    t417[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v417_11;
    let l124_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v418_11: f32 = v417_11 * l124_11;
    t418[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v418_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l415_12: f32 = t415[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v417_12: f32 = acc3_0 + l415_12;
    t417[(row0 + ty + 48i) * 64i + (col0 + tx)] = v417_12;
    let l124_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v418_12: f32 = v417_12 * l124_12;
    t418[(row0 + ty + 48i) * 64i + (col0 + tx)] = v418_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l415_13: f32 = t415[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v417_13: f32 = acc3_1 + l415_13;
    t417[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v417_13;
    let l124_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v418_13: f32 = v417_13 * l124_13;
    t418[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v418_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l415_14: f32 = t415[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v417_14: f32 = acc3_2 + l415_14;
    t417[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v417_14;
    let l124_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v418_14: f32 = v417_14 * l124_14;
    t418[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v418_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l415_15: f32 = t415[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v417_15: f32 = acc3_3 + l415_15;
    t417[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v417_15;
    let l124_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v418_15: f32 = v417_15 * l124_15;
    t418[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v418_15;
  }
}
