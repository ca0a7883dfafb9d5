// kernel k39_einsum
@group(0) @binding(0) var<storage, read> t249: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t259: array<f32>;
@group(0) @binding(3) var<storage, read_write> t261: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t262: array<f32>;
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
      tileA[tx * 64i + ty] = t249[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t249[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t249[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t249[(row0 + ty + 48i) * 176i + kA];
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
    let l259: f32 = t259[(row0 + ty) * 64i + (col0 + tx)];
    let v261: f32 = acc0_0 + l259;
    t261[(row0 + ty) * 64i + (col0 + tx)] = v261;
    let l175: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v262: f32 = v261 * l175;
    t262[(row0 + ty) * 64i + (col0 + tx)] = v262;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l259_1: f32 = t259[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v261_1: f32 = acc0_1 + l259_1;
    t261[(row0 + ty) * 64i + (col0 + tx) + 16i] = v261_1;
    let l175_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v262_1: f32 = v261_1 * l175_1;
    t262[(row0 + ty) * 64i + (col0 + tx) + 16i] = v262_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l259_2: f32 = t259[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v261_2: f32 = acc0_2 + l259_2;
    t261[(row0 + ty) * 64i + (col0 + tx) + 32i] = v261_2;
    let l175_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v262_2: f32 = v261_2 * l175_2;
    t262[(row0 + ty) * 64i + (col0 + tx) + 32i] = v262_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l259_3: f32 = t259[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v261_3: f32 = acc0_3 + l259_3;
    t261[(row0 + ty) * 64i + (col0 + tx) + 48i] = v261_3;
    let l175_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v262_3: f32 = v261_3 * l175_3;
    t262[(row0 + ty) * 64i + (col0 + tx) + 48i] = v262_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l259_4: f32 = t259[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v261_4: f32 = acc1_0 + l259_4;
    t261[(row0 + ty + 16i) * 64i + (col0 + tx)] = v261_4;
    let l175_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v262_4: f32 = v261_4 * l175_4;
    t262[(row0 + ty + 16i) * 64i + (col0 + tx)] = v262_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l259_5: f32 = t259[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v261_5: f32 = acc1_1 + l259_5;
    t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v261_5;
    let l175_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v262_5: f32 = v261_5 * l175_5;
    t262[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v262_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l259_6: f32 = t259[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v261_6: f32 = acc1_2 + l259_6;
    t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v261_6;
    let l175_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v262_6: f32 = v261_6 * l175_6;
    t262[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v262_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l259_7: f32 = t259[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v261_7: f32 = acc1_3 + l259_7;
    t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v261_7;
    let l175_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v262_7: f32 = v261_7 * l175_7;
    t262[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v262_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l259_8: f32 = t259[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v261_8: f32 = acc2_0 + l259_8;
    t261[(row0 + ty + 32i) * 64i + (col0 + tx)] = v261_8;
    let l175_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v262_8: f32 = v261_8 * l175_8;
    t262[(row0 + ty + 32i) * 64i + (col0 + tx)] = v262_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l259_9: f32 = t259[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v261_9: f32 = acc2_1 + l259_9;
    t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v261_9;
    let l175_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v262_9: f32 = v261_9 * l175_9;
    t262[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v262_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l259_10: f32 = t259[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v261_10: f32 = acc2_2 + l259_10;
    t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v261_10;
    let l175_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v262_10: f32 = v261_10 * l175_10;
    t262[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v262_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l259_11: f32 = t259[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v261_11: f32 = acc2_3 + l259_11;
    t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v261_11;
    let l175_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v262_11: f32 = v261_11 * l175_11;
    t262[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v262_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l259_12: f32 = t259[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v261_12: f32 = acc3_0 + l259_12;
    t261[(row0 + ty + 48i) * 64i + (col0 + tx)] = v261_12;
    let l175_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v262_12: f32 = v261_12 * l175_12;
    t262[(row0 + ty + 48i) * 64i + (col0 + tx)] = v262_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l259_13: f32 = t259[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v261_13: f32 = acc3_1 + l259_13;
    t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v261_13;
    let l175_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v262_13: f32 = v261_13 * l175_13;
    t262[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v262_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l259_14: f32 = t259[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v261_14: f32 = acc3_2 + l259_14;
    t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v261_14;
    let l175_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v262_14: f32 = v261_14 * l175_14;
    t262[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v262_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l259_15: f32 = t259[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v261_15: f32 = acc3_3 + l259_15;
    t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v261_15;
    let l175_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v262_15: f32 = v261_15 * l175_15;
    t262[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v262_15;
  }
}
