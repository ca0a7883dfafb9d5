// kernel k68_einsum
@group(0) @binding(0) var<storage, read> t390: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_local_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t396: array<f32>;
@group(0) @binding(3) var<storage, read> t400: array<f32>;
@group(0) @binding(4) var<storage, read_write> t403: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_norm3_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t404: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k68_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t390[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t390[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t390[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t390[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_local_wv_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_local_wv_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_local_wv_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_local_wv_w[bK + 12i + (col0 + bN) * 32i];
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
    let l396: f32 = t396[(row0 + ty) * 64i + (col0 + tx)];
    let v402: f32 = acc0_0 + l396;
    let l400: f32 = t400[(row0 + ty) * 64i + (col0 + tx)];
    let v403: f32 = v402 + l400;
    t403[(row0 + ty) * 64i + (col0 + tx)] = v403;
    let l149: f32 = p_layers_0_norm3_g[col0 + tx];
    let v404: f32 = v403 * l149;
    t404[(row0 + ty) * 64i + (col0 + tx)] = v404;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l396_1: f32 = t396[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v402_1: f32 = acc0_1 + l396_1;
    let l400_1: f32 = t400[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v403_1: f32 = v402_1 + l400_1;
    t403[(row0 + ty) * 64i + (col0 + tx) + 16i] = v403_1;
    let l149_1: f32 = p_layers_0_norm3_g[col0 + tx + 16i];
    let v404_1: f32 = v403_1 * l149_1;
    t404[(row0 + ty) * 64i + (col0 + tx) + 16i] = v404_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l396_2: f32 = t396[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v402_2: f32 = acc0_2 + l396_2;
    let l400_2: f32 = t400[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v403_2: f32 = v402_2 + l400_2;
    t403[(row0 + ty) * 64i + (col0 + tx) + 32i] = v403_2;
    let l149_2: f32 = p_layers_0_norm3_g[col0 + tx + 32i];
    let v404_2: f32 = v403_2 * l149_2;
    t404[(row0 + ty) * 64i + (col0 + tx) + 32i] = v404_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l396_3: f32 = t396[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v402_3: f32 = acc0_3 + l396_3;
    let l400_3: f32 = t400[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v403_3: f32 = v402_3 + l400_3;
    t403[(row0 + ty) * 64i + (col0 + tx) + 48i] = v403_3;
    let l149_3: f32 = p_layers_0_norm3_g[col0 + tx + 48i];
    let v404_3: f32 = v403_3 * l149_3;
    t404[(row0 + ty) * 64i + (col0 + tx) + 48i] = v404_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l396_4: f32 = t396[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v402_4: f32 = acc1_0 + l396_4;
    let l400_4: f32 = t400[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v403_4: f32 = v402_4 + l400_4;
    t403[(row0 + ty + 16i) * 64i + (col0 + tx)] = v403_4;
    let l149_4: f32 = p_layers_0_norm3_g[col0 + tx];
    let v404_4: f32 = v403_4 * l149_4;
    t404[(row0 + ty + 16i) * 64i + (col0 + tx)] = v404_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l396_5: f32 = t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v402_5: f32 = acc1_1 + l396_5;
    let l400_5: f32 = t400[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v403_5: f32 = v402_5 + l400_5;
    t403[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v403_5;
    let l149_5: f32 = p_layers_0_norm3_g[col0 + tx + 16i];
    let v404_5: f32 = v403_5 * l149_5;
    t404[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v404_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l396_6: f32 = t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v402_6: f32 = acc1_2 + l396_6;
    let l400_6: f32 = t400[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v403_6: f32 = v402_6 + l400_6;
    t403[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v403_6;
    let l149_6: f32 = p_layers_0_norm3_g[col0 + tx + 32i];
    let v404_6: f32 = v403_6 * l149_6;
    t404[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v404_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l396_7: f32 = t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v402_7: f32 = acc1_3 + l396_7;
    let l400_7: f32 = t400[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v403_7: f32 = v402_7 + l400_7;
    t403[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v403_7;
    let l149_7: f32 = p_layers_0_norm3_g[col0 + tx + 48i];
    let v404_7: f32 = v403_7 * l149_7;
    t404[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v404_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l396_8: f32 = t396[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v402_8: f32 = acc2_0 + l396_8;
    let l400_8: f32 = t400[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v403_8: f32 = v402_8 + l400_8;
    t403[(row0 + ty + 32i) * 64i + (col0 + tx)] = v403_8;
    let l149_8: f32 = p_layers_0_norm3_g[col0 + tx];
    let v404_8: f32 = v403_8 * l149_8;
    t404[(row0 + ty + 32i) * 64i + (col0 + tx)] = v404_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l396_9: f32 = t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v402_9: f32 = acc2_1 + l396_9;
    let l400_9: f32 = t400[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v403_9: f32 = v402_9 + l400_9;
    t403[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v403_9;
    let l149_9: f32 = p_layers_0_norm3_g[col0 + tx + 16i];
    let v404_9: f32 = v403_9 * l149_9;
    t404[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v404_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l396_10: f32 = t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v402_10: f32 = acc2_2 + l396_10;
    let l400_10: f32 = t400[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v403_10: f32 = v402_10 + l400_10;
    t403[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v403_10;
    let l149_10: f32 = p_layers_0_norm3_g[col0 + tx + 32i];
    let v404_10: f32 = v403_10 * l149_10;
    t404[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v404_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l396_11: f32 = t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v402_11: f32 = acc2_3 + l396_11;
    let l400_11: f32 = t400[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v403_11: f32 = v402_11 + l400_11;
    t403[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v403_11;
    let l149_11: f32 = p_layers_0_norm3_g[col0 + tx + 48i];
    let v404_11: f32 = v403_11 * l149_11;
    t404[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v404_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l396_12: f32 = t396[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v402_12: f32 = acc3_0 + l396_12;
    let l400_12: f32 = t400[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v403_12: f32 = v402_12 + l400_12;
    t403[(row0 + ty + 48i) * 64i + (col0 + tx)] = v403_12;
    let l149_12: f32 = p_layers_0_norm3_g[col0 + tx];
    let v404_12: f32 = v403_12 * l149_12;
    t404[(row0 + ty + 48i) * 64i + (col0 + tx)] = v404_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l396_13: f32 = t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v402_13: f32 = acc3_1 + l396_13;
    let l400_13: f32 = t400[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v403_13: f32 = v402_13 + l400_13;
    t403[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v403_13;
    let l149_13: f32 = p_layers_0_norm3_g[col0 + tx + 16i];
    let v404_13: f32 = v403_13 * l149_13;
    t404[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v404_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l396_14: f32 = t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v402_14: f32 = acc3_2 + l396_14;
    let l400_14: f32 = t400[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v403_14: f32 = v402_14 + l400_14;
    t403[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v403_14;
    let l149_14: f32 = p_layers_0_norm3_g[col0 + tx + 32i];
    let v404_14: f32 = v403_14 * l149_14;
    t404[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v404_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l396_15: f32 = t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v402_15: f32 = acc3_3 + l396_15;
    let l400_15: f32 = t400[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v403_15: f32 = v402_15 + l400_15;
    t403[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v403_15;
    let l149_15: f32 = p_layers_0_norm3_g[col0 + tx + 48i];
    let v404_15: f32 = v403_15 * l149_15;
    t404[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v404_15;
  }
}
