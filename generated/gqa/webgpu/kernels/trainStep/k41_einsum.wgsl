// kernel k41_einsum
@group(0) @binding(0) var<storage, read> t260: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t271: array<f32>;
@group(0) @binding(3) var<storage, read_write> t273: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t274: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k41_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t260[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t260[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t260[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t260[(row0 + ty + 48i) * 176i + kA];
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
    let l271: f32 = t271[(row0 + ty) * 64i + (col0 + tx)];
    let v273: f32 = acc0_0 + l271;
    t273[(row0 + ty) * 64i + (col0 + tx)] = v273;
    let l183: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v274: f32 = v273 * l183;
    t274[(row0 + ty) * 64i + (col0 + tx)] = v274;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l271_1: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v273_1: f32 = acc0_1 + l271_1;
    t273[(row0 + ty) * 64i + (col0 + tx) + 16i] = v273_1;
    let l183_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v274_1: f32 = v273_1 * l183_1;
    t274[(row0 + ty) * 64i + (col0 + tx) + 16i] = v274_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l271_2: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v273_2: f32 = acc0_2 + l271_2;
    t273[(row0 + ty) * 64i + (col0 + tx) + 32i] = v273_2;
    let l183_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v274_2: f32 = v273_2 * l183_2;
    t274[(row0 + ty) * 64i + (col0 + tx) + 32i] = v274_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l271_3: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v273_3: f32 = acc0_3 + l271_3;
    t273[(row0 + ty) * 64i + (col0 + tx) + 48i] = v273_3;
    let l183_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v274_3: f32 = v273_3 * l183_3;
    t274[(row0 + ty) * 64i + (col0 + tx) + 48i] = v274_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l271_4: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v273_4: f32 = acc1_0 + l271_4;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx)] = v273_4;
    let l183_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v274_4: f32 = v273_4 * l183_4;
    t274[(row0 + ty + 16i) * 64i + (col0 + tx)] = v274_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l271_5: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v273_5: f32 = acc1_1 + l271_5;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v273_5;
    let l183_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v274_5: f32 = v273_5 * l183_5;
    t274[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v274_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l271_6: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v273_6: f32 = acc1_2 + l271_6;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v273_6;
    let l183_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v274_6: f32 = v273_6 * l183_6;
    t274[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v274_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l271_7: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v273_7: f32 = acc1_3 + l271_7;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v273_7;
    let l183_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v274_7: f32 = v273_7 * l183_7;
    t274[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v274_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l271_8: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v273_8: f32 = acc2_0 + l271_8;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx)] = v273_8;
    let l183_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v274_8: f32 = v273_8 * l183_8;
    t274[(row0 + ty + 32i) * 64i + (col0 + tx)] = v274_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l271_9: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v273_9: f32 = acc2_1 + l271_9;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v273_9;
    let l183_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v274_9: f32 = v273_9 * l183_9;
    t274[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v274_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l271_10: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v273_10: f32 = acc2_2 + l271_10;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v273_10;
    let l183_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v274_10: f32 = v273_10 * l183_10;
    t274[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v274_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l271_11: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v273_11: f32 = acc2_3 + l271_11;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v273_11;
    let l183_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v274_11: f32 = v273_11 * l183_11;
    t274[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v274_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l271_12: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v273_12: f32 = acc3_0 + l271_12;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx)] = v273_12;
    let l183_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v274_12: f32 = v273_12 * l183_12;
    t274[(row0 + ty + 48i) * 64i + (col0 + tx)] = v274_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l271_13: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v273_13: f32 = acc3_1 + l271_13;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v273_13;
    let l183_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v274_13: f32 = v273_13 * l183_13;
    t274[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v274_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l271_14: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v273_14: f32 = acc3_2 + l271_14;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v273_14;
    let l183_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v274_14: f32 = v273_14 * l183_14;
    t274[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v274_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l271_15: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v273_15: f32 = acc3_3 + l271_15;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v273_15;
    let l183_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v274_15: f32 = v273_15 * l183_15;
    t274[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v274_15;
  }
}
