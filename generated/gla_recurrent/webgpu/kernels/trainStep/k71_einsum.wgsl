// kernel k71_einsum
@group(0) @binding(0) var<storage, read> t384: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t393: array<f32>;
@group(0) @binding(3) var<storage, read_write> t395: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t396: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k71_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t384[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t384[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t384[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t384[(row0 + ty + 48i) * 176i + kA];
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
    let l393: f32 = t393[(row0 + ty) * 64i + (col0 + tx)];
    let v395: f32 = acc0_0 + l393;
    t395[(row0 + ty) * 64i + (col0 + tx)] = v395;
    let l106: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v396: f32 = v395 * l106;
    t396[(row0 + ty) * 64i + (col0 + tx)] = v396;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l393_1: f32 = t393[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v395_1: f32 = acc0_1 + l393_1;
    t395[(row0 + ty) * 64i + (col0 + tx) + 16i] = v395_1;
    let l106_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v396_1: f32 = v395_1 * l106_1;
    t396[(row0 + ty) * 64i + (col0 + tx) + 16i] = v396_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l393_2: f32 = t393[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v395_2: f32 = acc0_2 + l393_2;
    t395[(row0 + ty) * 64i + (col0 + tx) + 32i] = v395_2;
    let l106_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v396_2: f32 = v395_2 * l106_2;
    t396[(row0 + ty) * 64i + (col0 + tx) + 32i] = v396_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l393_3: f32 = t393[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v395_3: f32 = acc0_3 + l393_3;
    t395[(row0 + ty) * 64i + (col0 + tx) + 48i] = v395_3;
    let l106_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v396_3: f32 = v395_3 * l106_3;
    t396[(row0 + ty) * 64i + (col0 + tx) + 48i] = v396_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l393_4: f32 = t393[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v395_4: f32 = acc1_0 + l393_4;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx)] = v395_4;
    let l106_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v396_4: f32 = v395_4 * l106_4;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx)] = v396_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l393_5: f32 = t393[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v395_5: f32 = acc1_1 + l393_5;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v395_5;
    let l106_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v396_5: f32 = v395_5 * l106_5;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v396_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l393_6: f32 = t393[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v395_6: f32 = acc1_2 + l393_6;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v395_6;
    let l106_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v396_6: f32 = v395_6 * l106_6;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v396_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l393_7: f32 = t393[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v395_7: f32 = acc1_3 + l393_7;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v395_7;
    let l106_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v396_7: f32 = v395_7 * l106_7;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v396_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l393_8: f32 = t393[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v395_8: f32 = acc2_0 + l393_8;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx)] = v395_8;
    let l106_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v396_8: f32 = v395_8 * l106_8;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx)] = v396_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l393_9: f32 = t393[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v395_9: f32 = acc2_1 + l393_9;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v395_9;
    let l106_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v396_9: f32 = v395_9 * l106_9;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v396_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l393_10: f32 = t393[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v395_10: f32 = acc2_2 + l393_10;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v395_10;
    let l106_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v396_10: f32 = v395_10 * l106_10;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v396_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l393_11: f32 = t393[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v395_11: f32 = acc2_3 + l393_11;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v395_11;
    let l106_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v396_11: f32 = v395_11 * l106_11;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v396_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l393_12: f32 = t393[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v395_12: f32 = acc3_0 + l393_12;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx)] = v395_12;
    let l106_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v396_12: f32 = v395_12 * l106_12;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx)] = v396_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l393_13: f32 = t393[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v395_13: f32 = acc3_1 + l393_13;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v395_13;
    let l106_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v396_13: f32 = v395_13 * l106_13;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v396_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l393_14: f32 = t393[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v395_14: f32 = acc3_2 + l393_14;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v395_14;
    let l106_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v396_14: f32 = v395_14 * l106_14;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v396_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l393_15: f32 = t393[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v395_15: f32 = acc3_3 + l393_15;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v395_15;
    let l106_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v396_15: f32 = v395_15 * l106_15;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v396_15;
  }
}
