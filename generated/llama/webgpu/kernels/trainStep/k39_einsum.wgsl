// kernel k39_einsum
@group(0) @binding(0) var<storage, read> t256: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t267: array<f32>;
@group(0) @binding(3) var<storage, read_write> t269: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t270: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k39_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t256[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t256[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t256[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t256[(row0 + ty + 48i) * 176i + kA];
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
    let l267: f32 = t267[(row0 + ty) * 64i + (col0 + tx)];
    let v269: f32 = acc0_0 + l267;
    t269[(row0 + ty) * 64i + (col0 + tx)] = v269;
    let l179: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v270: f32 = v269 * l179;
    t270[(row0 + ty) * 64i + (col0 + tx)] = v270;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l267_1: f32 = t267[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v269_1: f32 = acc0_1 + l267_1;
    t269[(row0 + ty) * 64i + (col0 + tx) + 16i] = v269_1;
    let l179_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v270_1: f32 = v269_1 * l179_1;
    t270[(row0 + ty) * 64i + (col0 + tx) + 16i] = v270_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l267_2: f32 = t267[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v269_2: f32 = acc0_2 + l267_2;
    t269[(row0 + ty) * 64i + (col0 + tx) + 32i] = v269_2;
    let l179_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v270_2: f32 = v269_2 * l179_2;
    t270[(row0 + ty) * 64i + (col0 + tx) + 32i] = v270_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l267_3: f32 = t267[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v269_3: f32 = acc0_3 + l267_3;
    t269[(row0 + ty) * 64i + (col0 + tx) + 48i] = v269_3;
    let l179_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v270_3: f32 = v269_3 * l179_3;
    t270[(row0 + ty) * 64i + (col0 + tx) + 48i] = v270_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l267_4: f32 = t267[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v269_4: f32 = acc1_0 + l267_4;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx)] = v269_4;
    let l179_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v270_4: f32 = v269_4 * l179_4;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx)] = v270_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l267_5: f32 = t267[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v269_5: f32 = acc1_1 + l267_5;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v269_5;
    let l179_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v270_5: f32 = v269_5 * l179_5;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v270_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l267_6: f32 = t267[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v269_6: f32 = acc1_2 + l267_6;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v269_6;
    let l179_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v270_6: f32 = v269_6 * l179_6;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v270_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l267_7: f32 = t267[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v269_7: f32 = acc1_3 + l267_7;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v269_7;
    let l179_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v270_7: f32 = v269_7 * l179_7;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v270_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l267_8: f32 = t267[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v269_8: f32 = acc2_0 + l267_8;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx)] = v269_8;
    let l179_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v270_8: f32 = v269_8 * l179_8;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx)] = v270_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l267_9: f32 = t267[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v269_9: f32 = acc2_1 + l267_9;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v269_9;
    let l179_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v270_9: f32 = v269_9 * l179_9;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v270_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l267_10: f32 = t267[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v269_10: f32 = acc2_2 + l267_10;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v269_10;
    let l179_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v270_10: f32 = v269_10 * l179_10;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v270_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l267_11: f32 = t267[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v269_11: f32 = acc2_3 + l267_11;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v269_11;
    let l179_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v270_11: f32 = v269_11 * l179_11;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v270_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l267_12: f32 = t267[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v269_12: f32 = acc3_0 + l267_12;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx)] = v269_12;
    let l179_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v270_12: f32 = v269_12 * l179_12;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx)] = v270_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l267_13: f32 = t267[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v269_13: f32 = acc3_1 + l267_13;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v269_13;
    let l179_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v270_13: f32 = v269_13 * l179_13;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v270_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l267_14: f32 = t267[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v269_14: f32 = acc3_2 + l267_14;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v269_14;
    let l179_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v270_14: f32 = v269_14 * l179_14;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v270_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l267_15: f32 = t267[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v269_15: f32 = acc3_3 + l267_15;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v269_15;
    let l179_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v270_15: f32 = v269_15 * l179_15;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v270_15;
  }
}
