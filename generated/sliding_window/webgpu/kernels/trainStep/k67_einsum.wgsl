// kernel k67_einsum
@group(0) @binding(0) var<storage, read> t360: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t369: array<f32>;
@group(0) @binding(3) var<storage, read_write> t371: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t372: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k67_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t360[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t360[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t360[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t360[(row0 + ty + 48i) * 176i + kA];
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
    let l369: f32 = t369[(row0 + ty) * 64i + (col0 + tx)];
    let v371: f32 = acc0_0 + l369;
    t371[(row0 + ty) * 64i + (col0 + tx)] = v371;
    let l107: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v372: f32 = v371 * l107;
    t372[(row0 + ty) * 64i + (col0 + tx)] = v372;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l369_1: f32 = t369[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v371_1: f32 = acc0_1 + l369_1;
    t371[(row0 + ty) * 64i + (col0 + tx) + 16i] = v371_1;
    let l107_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v372_1: f32 = v371_1 * l107_1;
    t372[(row0 + ty) * 64i + (col0 + tx) + 16i] = v372_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l369_2: f32 = t369[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v371_2: f32 = acc0_2 + l369_2;
    t371[(row0 + ty) * 64i + (col0 + tx) + 32i] = v371_2;
    let l107_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v372_2: f32 = v371_2 * l107_2;
    t372[(row0 + ty) * 64i + (col0 + tx) + 32i] = v372_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l369_3: f32 = t369[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v371_3: f32 = acc0_3 + l369_3;
    t371[(row0 + ty) * 64i + (col0 + tx) + 48i] = v371_3;
    let l107_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v372_3: f32 = v371_3 * l107_3;
    t372[(row0 + ty) * 64i + (col0 + tx) + 48i] = v372_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l369_4: f32 = t369[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v371_4: f32 = acc1_0 + l369_4;
    t371[(row0 + ty + 16i) * 64i + (col0 + tx)] = v371_4;
    let l107_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v372_4: f32 = v371_4 * l107_4;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx)] = v372_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l369_5: f32 = t369[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v371_5: f32 = acc1_1 + l369_5;
    t371[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v371_5;
    let l107_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v372_5: f32 = v371_5 * l107_5;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v372_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l369_6: f32 = t369[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v371_6: f32 = acc1_2 + l369_6;
    t371[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v371_6;
    let l107_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v372_6: f32 = v371_6 * l107_6;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v372_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l369_7: f32 = t369[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v371_7: f32 = acc1_3 + l369_7;
    t371[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v371_7;
    let l107_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v372_7: f32 = v371_7 * l107_7;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v372_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l369_8: f32 = t369[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v371_8: f32 = acc2_0 + l369_8;
    t371[(row0 + ty + 32i) * 64i + (col0 + tx)] = v371_8;
    let l107_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v372_8: f32 = v371_8 * l107_8;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx)] = v372_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l369_9: f32 = t369[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v371_9: f32 = acc2_1 + l369_9;
    t371[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v371_9;
    let l107_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v372_9: f32 = v371_9 * l107_9;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v372_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l369_10: f32 = t369[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v371_10: f32 = acc2_2 + l369_10;
    t371[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v371_10;
    let l107_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v372_10: f32 = v371_10 * l107_10;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v372_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l369_11: f32 = t369[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v371_11: f32 = acc2_3 + l369_11;
    t371[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v371_11;
    let l107_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v372_11: f32 = v371_11 * l107_11;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v372_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l369_12: f32 = t369[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v371_12: f32 = acc3_0 + l369_12;
    t371[(row0 + ty + 48i) * 64i + (col0 + tx)] = v371_12;
    let l107_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v372_12: f32 = v371_12 * l107_12;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx)] = v372_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l369_13: f32 = t369[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v371_13: f32 = acc3_1 + l369_13;
    t371[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v371_13;
    let l107_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v372_13: f32 = v371_13 * l107_13;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v372_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l369_14: f32 = t369[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v371_14: f32 = acc3_2 + l369_14;
    t371[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v371_14;
    let l107_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v372_14: f32 = v371_14 * l107_14;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v372_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l369_15: f32 = t369[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v371_15: f32 = acc3_3 + l369_15;
    t371[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v371_15;
    let l107_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v372_15: f32 = v371_15 * l107_15;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v372_15;
  }
}
