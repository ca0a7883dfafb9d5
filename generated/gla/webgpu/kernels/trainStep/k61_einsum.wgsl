// kernel k61_einsum
@group(0) @binding(0) var<storage, read> t339: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t349: array<f32>;
@group(0) @binding(3) var<storage, read_write> t351: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t352: array<f32>;
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
      tileA[tx * 64i + ty] = t339[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t339[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t339[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t339[(row0 + ty + 48i) * 176i + kA];
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
    let l349: f32 = t349[(row0 + ty) * 64i + (col0 + tx)];
    let v351: f32 = acc0_0 + l349;
    t351[(row0 + ty) * 64i + (col0 + tx)] = v351;
    let l265: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v352: f32 = v351 * l265;
    t352[(row0 + ty) * 64i + (col0 + tx)] = v352;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l349_1: f32 = t349[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v351_1: f32 = acc0_1 + l349_1;
    t351[(row0 + ty) * 64i + (col0 + tx) + 16i] = v351_1;
    let l265_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v352_1: f32 = v351_1 * l265_1;
    t352[(row0 + ty) * 64i + (col0 + tx) + 16i] = v352_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l349_2: f32 = t349[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v351_2: f32 = acc0_2 + l349_2;
    t351[(row0 + ty) * 64i + (col0 + tx) + 32i] = v351_2;
    let l265_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v352_2: f32 = v351_2 * l265_2;
    t352[(row0 + ty) * 64i + (col0 + tx) + 32i] = v352_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l349_3: f32 = t349[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v351_3: f32 = acc0_3 + l349_3;
    t351[(row0 + ty) * 64i + (col0 + tx) + 48i] = v351_3;
    let l265_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v352_3: f32 = v351_3 * l265_3;
    t352[(row0 + ty) * 64i + (col0 + tx) + 48i] = v352_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l349_4: f32 = t349[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v351_4: f32 = acc1_0 + l349_4;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx)] = v351_4;
    let l265_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v352_4: f32 = v351_4 * l265_4;
    t352[(row0 + ty + 16i) * 64i + (col0 + tx)] = v352_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l349_5: f32 = t349[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v351_5: f32 = acc1_1 + l349_5;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v351_5;
    let l265_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v352_5: f32 = v351_5 * l265_5;
    t352[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v352_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l349_6: f32 = t349[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v351_6: f32 = acc1_2 + l349_6;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v351_6;
    let l265_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v352_6: f32 = v351_6 * l265_6;
    t352[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v352_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l349_7: f32 = t349[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v351_7: f32 = acc1_3 + l349_7;
    t351[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v351_7;
    let l265_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v352_7: f32 = v351_7 * l265_7;
    t352[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v352_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l349_8: f32 = t349[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v351_8: f32 = acc2_0 + l349_8;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx)] = v351_8;
    let l265_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v352_8: f32 = v351_8 * l265_8;
    t352[(row0 + ty + 32i) * 64i + (col0 + tx)] = v352_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l349_9: f32 = t349[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v351_9: f32 = acc2_1 + l349_9;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v351_9;
    let l265_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v352_9: f32 = v351_9 * l265_9;
    t352[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v352_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l349_10: f32 = t349[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v351_10: f32 = acc2_2 + l349_10;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v351_10;
    let l265_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v352_10: f32 = v351_10 * l265_10;
    t352[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v352_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l349_11: f32 = t349[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v351_11: f32 = acc2_3 + l349_11;
    t351[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v351_11;
    let l265_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v352_11: f32 = v351_11 * l265_11;
    t352[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v352_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l349_12: f32 = t349[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v351_12: f32 = acc3_0 + l349_12;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx)] = v351_12;
    let l265_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v352_12: f32 = v351_12 * l265_12;
    t352[(row0 + ty + 48i) * 64i + (col0 + tx)] = v352_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l349_13: f32 = t349[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v351_13: f32 = acc3_1 + l349_13;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v351_13;
    let l265_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v352_13: f32 = v351_13 * l265_13;
    t352[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v352_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l349_14: f32 = t349[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v351_14: f32 = acc3_2 + l349_14;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v351_14;
    let l265_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v352_14: f32 = v351_14 * l265_14;
    t352[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v352_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l349_15: f32 = t349[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v351_15: f32 = acc3_3 + l349_15;
    t351[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v351_15;
    let l265_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v352_15: f32 = v351_15 * l265_15;
    t352[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v352_15;
  }
}
