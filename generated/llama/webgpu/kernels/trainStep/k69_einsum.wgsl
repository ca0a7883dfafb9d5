// kernel k69_einsum
@group(0) @binding(0) var<storage, read> t369: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t380: array<f32>;
@group(0) @binding(3) var<storage, read_write> t382: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t383: array<f32>;
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
      tileA[tx * 64i + ty] = t369[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t369[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t369[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t369[(row0 + ty + 48i) * 176i + kA];
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
    let l380: f32 = t380[(row0 + ty) * 64i + (col0 + tx)];
    let v382: f32 = acc0_0 + l380;
    t382[(row0 + ty) * 64i + (col0 + tx)] = v382;
    let l106: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v383: f32 = v382 * l106;
    t383[(row0 + ty) * 64i + (col0 + tx)] = v383;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l380_1: f32 = t380[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v382_1: f32 = acc0_1 + l380_1;
    t382[(row0 + ty) * 64i + (col0 + tx) + 16i] = v382_1;
    let l106_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v383_1: f32 = v382_1 * l106_1;
    t383[(row0 + ty) * 64i + (col0 + tx) + 16i] = v383_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l380_2: f32 = t380[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v382_2: f32 = acc0_2 + l380_2;
    t382[(row0 + ty) * 64i + (col0 + tx) + 32i] = v382_2;
    let l106_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v383_2: f32 = v382_2 * l106_2;
    t383[(row0 + ty) * 64i + (col0 + tx) + 32i] = v383_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l380_3: f32 = t380[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v382_3: f32 = acc0_3 + l380_3;
    t382[(row0 + ty) * 64i + (col0 + tx) + 48i] = v382_3;
    let l106_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v383_3: f32 = v382_3 * l106_3;
    t383[(row0 + ty) * 64i + (col0 + tx) + 48i] = v383_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l380_4: f32 = t380[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v382_4: f32 = acc1_0 + l380_4;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx)] = v382_4;
    let l106_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v383_4: f32 = v382_4 * l106_4;
    t383[(row0 + ty + 16i) * 64i + (col0 + tx)] = v383_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l380_5: f32 = t380[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v382_5: f32 = acc1_1 + l380_5;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v382_5;
    let l106_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v383_5: f32 = v382_5 * l106_5;
    t383[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v383_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l380_6: f32 = t380[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v382_6: f32 = acc1_2 + l380_6;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v382_6;
    let l106_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v383_6: f32 = v382_6 * l106_6;
    t383[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v383_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l380_7: f32 = t380[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v382_7: f32 = acc1_3 + l380_7;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v382_7;
    let l106_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v383_7: f32 = v382_7 * l106_7;
    t383[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v383_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l380_8: f32 = t380[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v382_8: f32 = acc2_0 + l380_8;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx)] = v382_8;
    let l106_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v383_8: f32 = v382_8 * l106_8;
    t383[(row0 + ty + 32i) * 64i + (col0 + tx)] = v383_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l380_9: f32 = t380[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v382_9: f32 = acc2_1 + l380_9;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v382_9;
    let l106_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v383_9: f32 = v382_9 * l106_9;
    t383[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v383_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l380_10: f32 = t380[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v382_10: f32 = acc2_2 + l380_10;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v382_10;
    let l106_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v383_10: f32 = v382_10 * l106_10;
    t383[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v383_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l380_11: f32 = t380[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v382_11: f32 = acc2_3 + l380_11;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v382_11;
    let l106_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v383_11: f32 = v382_11 * l106_11;
    t383[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v383_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l380_12: f32 = t380[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v382_12: f32 = acc3_0 + l380_12;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx)] = v382_12;
    let l106_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v383_12: f32 = v382_12 * l106_12;
    t383[(row0 + ty + 48i) * 64i + (col0 + tx)] = v383_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l380_13: f32 = t380[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v382_13: f32 = acc3_1 + l380_13;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v382_13;
    let l106_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v383_13: f32 = v382_13 * l106_13;
    t383[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v383_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l380_14: f32 = t380[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v382_14: f32 = acc3_2 + l380_14;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v382_14;
    let l106_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v383_14: f32 = v382_14 * l106_14;
    t383[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v383_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l380_15: f32 = t380[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v382_15: f32 = acc3_3 + l380_15;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v382_15;
    let l106_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v383_15: f32 = v382_15 * l106_15;
    t383[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v383_15;
  }
}
