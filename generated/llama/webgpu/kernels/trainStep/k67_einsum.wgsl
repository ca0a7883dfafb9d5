// kernel k67_einsum
@group(0) @binding(0) var<storage, read> t358: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t367: array<f32>;
@group(0) @binding(3) var<storage, read_write> t369: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t370: array<f32>;
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
      tileA[tx * 64i + ty] = t358[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t358[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t358[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t358[(row0 + ty + 48i) * 176i + kA];
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
    let l367: f32 = t367[(row0 + ty) * 64i + (col0 + tx)];
    let v369: f32 = acc0_0 + l367;
    t369[(row0 + ty) * 64i + (col0 + tx)] = v369;
    let l105: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v370: f32 = v369 * l105;
    t370[(row0 + ty) * 64i + (col0 + tx)] = v370;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l367_1: f32 = t367[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v369_1: f32 = acc0_1 + l367_1;
    t369[(row0 + ty) * 64i + (col0 + tx) + 16i] = v369_1;
    let l105_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v370_1: f32 = v369_1 * l105_1;
    t370[(row0 + ty) * 64i + (col0 + tx) + 16i] = v370_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l367_2: f32 = t367[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v369_2: f32 = acc0_2 + l367_2;
    t369[(row0 + ty) * 64i + (col0 + tx) + 32i] = v369_2;
    let l105_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v370_2: f32 = v369_2 * l105_2;
    t370[(row0 + ty) * 64i + (col0 + tx) + 32i] = v370_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l367_3: f32 = t367[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v369_3: f32 = acc0_3 + l367_3;
    t369[(row0 + ty) * 64i + (col0 + tx) + 48i] = v369_3;
    let l105_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v370_3: f32 = v369_3 * l105_3;
    t370[(row0 + ty) * 64i + (col0 + tx) + 48i] = v370_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l367_4: f32 = t367[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v369_4: f32 = acc1_0 + l367_4;
    t369[(row0 + ty + 16i) * 64i + (col0 + tx)] = v369_4;
    let l105_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v370_4: f32 = v369_4 * l105_4;
    t370[(row0 + ty + 16i) * 64i + (col0 + tx)] = v370_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l367_5: f32 = t367[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v369_5: f32 = acc1_1 + l367_5;
    t369[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v369_5;
    let l105_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v370_5: f32 = v369_5 * l105_5;
    t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v370_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l367_6: f32 = t367[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v369_6: f32 = acc1_2 + l367_6;
    t369[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v369_6;
    let l105_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v370_6: f32 = v369_6 * l105_6;
    t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v370_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l367_7: f32 = t367[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v369_7: f32 = acc1_3 + l367_7;
    t369[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v369_7;
    let l105_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v370_7: f32 = v369_7 * l105_7;
    t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v370_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l367_8: f32 = t367[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v369_8: f32 = acc2_0 + l367_8;
    t369[(row0 + ty + 32i) * 64i + (col0 + tx)] = v369_8;
    let l105_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v370_8: f32 = v369_8 * l105_8;
    t370[(row0 + ty + 32i) * 64i + (col0 + tx)] = v370_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l367_9: f32 = t367[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v369_9: f32 = acc2_1 + l367_9;
    t369[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v369_9;
    let l105_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v370_9: f32 = v369_9 * l105_9;
    t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v370_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l367_10: f32 = t367[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v369_10: f32 = acc2_2 + l367_10;
    t369[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v369_10;
    let l105_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v370_10: f32 = v369_10 * l105_10;
    t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v370_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l367_11: f32 = t367[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v369_11: f32 = acc2_3 + l367_11;
    t369[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v369_11;
    let l105_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v370_11: f32 = v369_11 * l105_11;
    t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v370_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l367_12: f32 = t367[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v369_12: f32 = acc3_0 + l367_12;
    t369[(row0 + ty + 48i) * 64i + (col0 + tx)] = v369_12;
    let l105_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v370_12: f32 = v369_12 * l105_12;
    t370[(row0 + ty + 48i) * 64i + (col0 + tx)] = v370_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l367_13: f32 = t367[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v369_13: f32 = acc3_1 + l367_13;
    t369[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v369_13;
    let l105_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v370_13: f32 = v369_13 * l105_13;
    t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v370_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l367_14: f32 = t367[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v369_14: f32 = acc3_2 + l367_14;
    t369[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v369_14;
    let l105_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v370_14: f32 = v369_14 * l105_14;
    t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v370_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l367_15: f32 = t367[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v369_15: f32 = acc3_3 + l367_15;
    t369[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v369_15;
    let l105_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v370_15: f32 = v369_15 * l105_15;
    t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v370_15;
  }
}
