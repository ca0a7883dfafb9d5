// kernel k69_einsum
@group(0) @binding(0) var<storage, read> t371: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t382: array<f32>;
@group(0) @binding(3) var<storage, read_write> t384: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t385: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k69_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t371[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t371[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t371[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t371[(row0 + ty + 48i) * 176i + kA];
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
    let l382: f32 = t382[(row0 + ty) * 64i + (col0 + tx)];
    let v384: f32 = acc0_0 + l382;
    t384[(row0 + ty) * 64i + (col0 + tx)] = v384;
    let l108: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v385: f32 = v384 * l108;
    t385[(row0 + ty) * 64i + (col0 + tx)] = v385;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l382_1: f32 = t382[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v384_1: f32 = acc0_1 + l382_1;
    t384[(row0 + ty) * 64i + (col0 + tx) + 16i] = v384_1;
    let l108_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v385_1: f32 = v384_1 * l108_1;
    t385[(row0 + ty) * 64i + (col0 + tx) + 16i] = v385_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l382_2: f32 = t382[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v384_2: f32 = acc0_2 + l382_2;
    t384[(row0 + ty) * 64i + (col0 + tx) + 32i] = v384_2;
    let l108_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v385_2: f32 = v384_2 * l108_2;
    t385[(row0 + ty) * 64i + (col0 + tx) + 32i] = v385_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l382_3: f32 = t382[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v384_3: f32 = acc0_3 + l382_3;
    t384[(row0 + ty) * 64i + (col0 + tx) + 48i] = v384_3;
    let l108_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v385_3: f32 = v384_3 * l108_3;
    t385[(row0 + ty) * 64i + (col0 + tx) + 48i] = v385_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l382_4: f32 = t382[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v384_4: f32 = acc1_0 + l382_4;
    t384[(row0 + ty + 16i) * 64i + (col0 + tx)] = v384_4;
    let l108_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v385_4: f32 = v384_4 * l108_4;
    t385[(row0 + ty + 16i) * 64i + (col0 + tx)] = v385_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l382_5: f32 = t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v384_5: f32 = acc1_1 + l382_5;
    t384[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v384_5;
    let l108_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v385_5: f32 = v384_5 * l108_5;
    t385[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v385_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l382_6: f32 = t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v384_6: f32 = acc1_2 + l382_6;
    t384[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v384_6;
    let l108_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v385_6: f32 = v384_6 * l108_6;
    t385[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v385_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l382_7: f32 = t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v384_7: f32 = acc1_3 + l382_7;
    t384[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v384_7;
    let l108_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v385_7: f32 = v384_7 * l108_7;
    t385[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v385_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l382_8: f32 = t382[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v384_8: f32 = acc2_0 + l382_8;
    t384[(row0 + ty + 32i) * 64i + (col0 + tx)] = v384_8;
    let l108_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v385_8: f32 = v384_8 * l108_8;
    t385[(row0 + ty + 32i) * 64i + (col0 + tx)] = v385_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l382_9: f32 = t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v384_9: f32 = acc2_1 + l382_9;
    t384[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v384_9;
    let l108_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v385_9: f32 = v384_9 * l108_9;
    t385[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v385_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l382_10: f32 = t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v384_10: f32 = acc2_2 + l382_10;
    t384[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v384_10;
    let l108_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v385_10: f32 = v384_10 * l108_10;
    t385[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v385_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l382_11: f32 = t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v384_11: f32 = acc2_3 + l382_11;
    t384[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v384_11;
    let l108_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v385_11: f32 = v384_11 * l108_11;
    t385[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v385_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l382_12: f32 = t382[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v384_12: f32 = acc3_0 + l382_12;
    t384[(row0 + ty + 48i) * 64i + (col0 + tx)] = v384_12;
    let l108_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v385_12: f32 = v384_12 * l108_12;
    t385[(row0 + ty + 48i) * 64i + (col0 + tx)] = v385_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l382_13: f32 = t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v384_13: f32 = acc3_1 + l382_13;
    t384[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v384_13;
    let l108_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v385_13: f32 = v384_13 * l108_13;
    t385[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v385_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l382_14: f32 = t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v384_14: f32 = acc3_2 + l382_14;
    t384[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v384_14;
    let l108_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v385_14: f32 = v384_14 * l108_14;
    t385[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v385_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l382_15: f32 = t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v384_15: f32 = acc3_3 + l382_15;
    t384[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v384_15;
    let l108_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v385_15: f32 = v384_15 * l108_15;
    t385[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v385_15;
  }
}
