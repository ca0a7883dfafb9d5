// kernel k41_einsum
@group(0) @binding(0) var<storage, read> t252: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t262: array<f32>;
@group(0) @binding(3) var<storage, read_write> t264: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t265: array<f32>;
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
      tileA[tx * 64i + ty] = t252[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t252[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t252[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t252[(row0 + ty + 48i) * 176i + kA];
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
    let l262: f32 = t262[(row0 + ty) * 64i + (col0 + tx)];
    let v264: f32 = acc0_0 + l262;
    t264[(row0 + ty) * 64i + (col0 + tx)] = v264;
    let l178: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v265: f32 = v264 * l178;
    t265[(row0 + ty) * 64i + (col0 + tx)] = v265;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l262_1: f32 = t262[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v264_1: f32 = acc0_1 + l262_1;
    t264[(row0 + ty) * 64i + (col0 + tx) + 16i] = v264_1;
    let l178_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v265_1: f32 = v264_1 * l178_1;
    t265[(row0 + ty) * 64i + (col0 + tx) + 16i] = v265_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l262_2: f32 = t262[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v264_2: f32 = acc0_2 + l262_2;
    t264[(row0 + ty) * 64i + (col0 + tx) + 32i] = v264_2;
    let l178_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v265_2: f32 = v264_2 * l178_2;
    t265[(row0 + ty) * 64i + (col0 + tx) + 32i] = v265_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l262_3: f32 = t262[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v264_3: f32 = acc0_3 + l262_3;
    t264[(row0 + ty) * 64i + (col0 + tx) + 48i] = v264_3;
    let l178_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v265_3: f32 = v264_3 * l178_3;
    t265[(row0 + ty) * 64i + (col0 + tx) + 48i] = v265_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l262_4: f32 = t262[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v264_4: f32 = acc1_0 + l262_4;
    t264[(row0 + ty + 16i) * 64i + (col0 + tx)] = v264_4;
    let l178_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v265_4: f32 = v264_4 * l178_4;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx)] = v265_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l262_5: f32 = t262[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v264_5: f32 = acc1_1 + l262_5;
    t264[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v264_5;
    let l178_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v265_5: f32 = v264_5 * l178_5;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v265_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l262_6: f32 = t262[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v264_6: f32 = acc1_2 + l262_6;
    t264[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v264_6;
    let l178_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v265_6: f32 = v264_6 * l178_6;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v265_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l262_7: f32 = t262[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v264_7: f32 = acc1_3 + l262_7;
    t264[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v264_7;
    let l178_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v265_7: f32 = v264_7 * l178_7;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v265_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l262_8: f32 = t262[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v264_8: f32 = acc2_0 + l262_8;
    t264[(row0 + ty + 32i) * 64i + (col0 + tx)] = v264_8;
    let l178_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v265_8: f32 = v264_8 * l178_8;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx)] = v265_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l262_9: f32 = t262[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v264_9: f32 = acc2_1 + l262_9;
    t264[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v264_9;
    let l178_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v265_9: f32 = v264_9 * l178_9;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v265_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l262_10: f32 = t262[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v264_10: f32 = acc2_2 + l262_10;
    t264[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v264_10;
    let l178_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v265_10: f32 = v264_10 * l178_10;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v265_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l262_11: f32 = t262[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v264_11: f32 = acc2_3 + l262_11;
    t264[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v264_11;
    let l178_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v265_11: f32 = v264_11 * l178_11;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v265_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l262_12: f32 = t262[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v264_12: f32 = acc3_0 + l262_12;
    t264[(row0 + ty + 48i) * 64i + (col0 + tx)] = v264_12;
    let l178_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v265_12: f32 = v264_12 * l178_12;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx)] = v265_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l262_13: f32 = t262[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v264_13: f32 = acc3_1 + l262_13;
    t264[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v264_13;
    let l178_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v265_13: f32 = v264_13 * l178_13;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v265_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l262_14: f32 = t262[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v264_14: f32 = acc3_2 + l262_14;
    t264[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v264_14;
    let l178_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v265_14: f32 = v264_14 * l178_14;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v265_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l262_15: f32 = t262[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v264_15: f32 = acc3_3 + l262_15;
    t264[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v264_15;
    let l178_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v265_15: f32 = v264_15 * l178_15;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v265_15;
  }
}
