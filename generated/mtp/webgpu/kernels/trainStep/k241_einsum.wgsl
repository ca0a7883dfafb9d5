// kernel k241_einsum
@group(0) @binding(0) var<storage, read> t1216: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t1225: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1227: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1228: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k241_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1216[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t1216[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t1216[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t1216[(row0 + ty + 48i) * 176i + kA];
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
    let l1225: f32 = t1225[(row0 + ty) * 64i + (col0 + tx)];
    let v1227: f32 = acc0_0 + l1225;
    t1227[(row0 + ty) * 64i + (col0 + tx)] = v1227;
    let l141: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v1228: f32 = v1227 * l141;
    t1228[(row0 + ty) * 64i + (col0 + tx)] = v1228;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l1225_1: f32 = t1225[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1227_1: f32 = acc0_1 + l1225_1;
    t1227[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1227_1;
    let l141_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v1228_1: f32 = v1227_1 * l141_1;
    t1228[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1228_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l1225_2: f32 = t1225[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1227_2: f32 = acc0_2 + l1225_2;
    t1227[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1227_2;
    let l141_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v1228_2: f32 = v1227_2 * l141_2;
    t1228[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1228_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l1225_3: f32 = t1225[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1227_3: f32 = acc0_3 + l1225_3;
    t1227[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1227_3;
    let l141_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v1228_3: f32 = v1227_3 * l141_3;
    t1228[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1228_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l1225_4: f32 = t1225[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1227_4: f32 = acc1_0 + l1225_4;
    t1227[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1227_4;
    let l141_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v1228_4: f32 = v1227_4 * l141_4;
    t1228[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1228_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l1225_5: f32 = t1225[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1227_5: f32 = acc1_1 + l1225_5;
    t1227[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1227_5;
    let l141_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v1228_5: f32 = v1227_5 * l141_5;
    t1228[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1228_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l1225_6: f32 = t1225[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1227_6: f32 = acc1_2 + l1225_6;
    t1227[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1227_6;
    let l141_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v1228_6: f32 = v1227_6 * l141_6;
    t1228[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1228_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l1225_7: f32 = t1225[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1227_7: f32 = acc1_3 + l1225_7;
    t1227[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1227_7;
    let l141_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v1228_7: f32 = v1227_7 * l141_7;
    t1228[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1228_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l1225_8: f32 = t1225[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1227_8: f32 = acc2_0 + l1225_8;
    t1227[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1227_8;
    let l141_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v1228_8: f32 = v1227_8 * l141_8;
    t1228[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1228_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l1225_9: f32 = t1225[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1227_9: f32 = acc2_1 + l1225_9;
    t1227[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1227_9;
    let l141_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v1228_9: f32 = v1227_9 * l141_9;
    t1228[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1228_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l1225_10: f32 = t1225[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1227_10: f32 = acc2_2 + l1225_10;
    t1227[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1227_10;
    let l141_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v1228_10: f32 = v1227_10 * l141_10;
    t1228[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1228_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l1225_11: f32 = t1225[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1227_11: f32 = acc2_3 + l1225_11;
    t1227[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1227_11;
    let l141_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v1228_11: f32 = v1227_11 * l141_11;
    t1228[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1228_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l1225_12: f32 = t1225[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1227_12: f32 = acc3_0 + l1225_12;
    t1227[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1227_12;
    let l141_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v1228_12: f32 = v1227_12 * l141_12;
    t1228[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1228_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l1225_13: f32 = t1225[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1227_13: f32 = acc3_1 + l1225_13;
    t1227[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1227_13;
    let l141_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v1228_13: f32 = v1227_13 * l141_13;
    t1228[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1228_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l1225_14: f32 = t1225[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1227_14: f32 = acc3_2 + l1225_14;
    t1227[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1227_14;
    let l141_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v1228_14: f32 = v1227_14 * l141_14;
    t1228[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1228_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l1225_15: f32 = t1225[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1227_15: f32 = acc3_3 + l1225_15;
    t1227[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1227_15;
    let l141_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v1228_15: f32 = v1227_15 * l141_15;
    t1228[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1228_15;
  }
}
