// kernel k39_einsum
@group(0) @binding(0) var<storage, read> t258: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t269: array<f32>;
@group(0) @binding(3) var<storage, read_write> t271: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t272: array<f32>;
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
      tileA[tx * 64i + ty] = t258[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t258[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t258[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t258[(row0 + ty + 48i) * 176i + kA];
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
    let l269: f32 = t269[(row0 + ty) * 64i + (col0 + tx)];
    let v271: f32 = acc0_0 + l269;
    t271[(row0 + ty) * 64i + (col0 + tx)] = v271;
    let l181: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v272: f32 = v271 * l181;
    t272[(row0 + ty) * 64i + (col0 + tx)] = v272;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l269_1: f32 = t269[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v271_1: f32 = acc0_1 + l269_1;
    t271[(row0 + ty) * 64i + (col0 + tx) + 16i] = v271_1;
    let l181_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v272_1: f32 = v271_1 * l181_1;
    t272[(row0 + ty) * 64i + (col0 + tx) + 16i] = v272_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l269_2: f32 = t269[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v271_2: f32 = acc0_2 + l269_2;
    t271[(row0 + ty) * 64i + (col0 + tx) + 32i] = v271_2;
    let l181_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v272_2: f32 = v271_2 * l181_2;
    t272[(row0 + ty) * 64i + (col0 + tx) + 32i] = v272_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l269_3: f32 = t269[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v271_3: f32 = acc0_3 + l269_3;
    t271[(row0 + ty) * 64i + (col0 + tx) + 48i] = v271_3;
    let l181_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v272_3: f32 = v271_3 * l181_3;
    t272[(row0 + ty) * 64i + (col0 + tx) + 48i] = v272_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l269_4: f32 = t269[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v271_4: f32 = acc1_0 + l269_4;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx)] = v271_4;
    let l181_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v272_4: f32 = v271_4 * l181_4;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx)] = v272_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l269_5: f32 = t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v271_5: f32 = acc1_1 + l269_5;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v271_5;
    let l181_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v272_5: f32 = v271_5 * l181_5;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v272_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l269_6: f32 = t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v271_6: f32 = acc1_2 + l269_6;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v271_6;
    let l181_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v272_6: f32 = v271_6 * l181_6;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v272_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l269_7: f32 = t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v271_7: f32 = acc1_3 + l269_7;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v271_7;
    let l181_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v272_7: f32 = v271_7 * l181_7;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v272_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l269_8: f32 = t269[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v271_8: f32 = acc2_0 + l269_8;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx)] = v271_8;
    let l181_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v272_8: f32 = v271_8 * l181_8;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx)] = v272_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l269_9: f32 = t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v271_9: f32 = acc2_1 + l269_9;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v271_9;
    let l181_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v272_9: f32 = v271_9 * l181_9;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v272_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l269_10: f32 = t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v271_10: f32 = acc2_2 + l269_10;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v271_10;
    let l181_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v272_10: f32 = v271_10 * l181_10;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v272_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l269_11: f32 = t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v271_11: f32 = acc2_3 + l269_11;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v271_11;
    let l181_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v272_11: f32 = v271_11 * l181_11;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v272_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l269_12: f32 = t269[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v271_12: f32 = acc3_0 + l269_12;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx)] = v271_12;
    let l181_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v272_12: f32 = v271_12 * l181_12;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx)] = v272_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l269_13: f32 = t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v271_13: f32 = acc3_1 + l269_13;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v271_13;
    let l181_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v272_13: f32 = v271_13 * l181_13;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v272_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l269_14: f32 = t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v271_14: f32 = acc3_2 + l269_14;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v271_14;
    let l181_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v272_14: f32 = v271_14 * l181_14;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v272_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l269_15: f32 = t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v271_15: f32 = acc3_3 + l269_15;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v271_15;
    let l181_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v272_15: f32 = v271_15 * l181_15;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v272_15;
  }
}
