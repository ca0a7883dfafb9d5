// kernel k43_einsum
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t296: array<f32>;
@group(0) @binding(3) var<storage, read_write> t298: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t299: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k43_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t285[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t285[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t285[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t285[(row0 + ty + 48i) * 176i + kA];
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
    let l296: f32 = t296[(row0 + ty) * 64i + (col0 + tx)];
    let v298: f32 = acc0_0 + l296;
    t298[(row0 + ty) * 64i + (col0 + tx)] = v298;
    let l208: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v299: f32 = v298 * l208;
    t299[(row0 + ty) * 64i + (col0 + tx)] = v299;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l296_1: f32 = t296[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v298_1: f32 = acc0_1 + l296_1;
    t298[(row0 + ty) * 64i + (col0 + tx) + 16i] = v298_1;
    let l208_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v299_1: f32 = v298_1 * l208_1;
    t299[(row0 + ty) * 64i + (col0 + tx) + 16i] = v299_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l296_2: f32 = t296[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v298_2: f32 = acc0_2 + l296_2;
    t298[(row0 + ty) * 64i + (col0 + tx) + 32i] = v298_2;
    let l208_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v299_2: f32 = v298_2 * l208_2;
    t299[(row0 + ty) * 64i + (col0 + tx) + 32i] = v299_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l296_3: f32 = t296[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v298_3: f32 = acc0_3 + l296_3;
    t298[(row0 + ty) * 64i + (col0 + tx) + 48i] = v298_3;
    let l208_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v299_3: f32 = v298_3 * l208_3;
    t299[(row0 + ty) * 64i + (col0 + tx) + 48i] = v299_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l296_4: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v298_4: f32 = acc1_0 + l296_4;
    t298[(row0 + ty + 16i) * 64i + (col0 + tx)] = v298_4;
    let l208_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v299_4: f32 = v298_4 * l208_4;
    t299[(row0 + ty + 16i) * 64i + (col0 + tx)] = v299_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l296_5: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v298_5: f32 = acc1_1 + l296_5;
    t298[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v298_5;
    let l208_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v299_5: f32 = v298_5 * l208_5;
    t299[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v299_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l296_6: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v298_6: f32 = acc1_2 + l296_6;
    t298[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v298_6;
    let l208_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v299_6: f32 = v298_6 * l208_6;
    t299[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v299_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l296_7: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v298_7: f32 = acc1_3 + l296_7;
    t298[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v298_7;
    let l208_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v299_7: f32 = v298_7 * l208_7;
    t299[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v299_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l296_8: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v298_8: f32 = acc2_0 + l296_8;
    t298[(row0 + ty + 32i) * 64i + (col0 + tx)] = v298_8;
    let l208_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v299_8: f32 = v298_8 * l208_8;
    t299[(row0 + ty + 32i) * 64i + (col0 + tx)] = v299_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l296_9: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v298_9: f32 = acc2_1 + l296_9;
    t298[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v298_9;
    let l208_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v299_9: f32 = v298_9 * l208_9;
    t299[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v299_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l296_10: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v298_10: f32 = acc2_2 + l296_10;
    t298[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v298_10;
    let l208_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v299_10: f32 = v298_10 * l208_10;
    t299[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v299_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l296_11: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v298_11: f32 = acc2_3 + l296_11;
    t298[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v298_11;
    let l208_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v299_11: f32 = v298_11 * l208_11;
    t299[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v299_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l296_12: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v298_12: f32 = acc3_0 + l296_12;
    t298[(row0 + ty + 48i) * 64i + (col0 + tx)] = v298_12;
    let l208_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v299_12: f32 = v298_12 * l208_12;
    t299[(row0 + ty + 48i) * 64i + (col0 + tx)] = v299_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l296_13: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v298_13: f32 = acc3_1 + l296_13;
    t298[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v298_13;
    let l208_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v299_13: f32 = v298_13 * l208_13;
    t299[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v299_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l296_14: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v298_14: f32 = acc3_2 + l296_14;
    t298[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v298_14;
    let l208_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v299_14: f32 = v298_14 * l208_14;
    t299[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v299_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l296_15: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v298_15: f32 = acc3_3 + l296_15;
    t298[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v298_15;
    let l208_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v299_15: f32 = v298_15 * l208_15;
    t299[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v299_15;
  }
}
