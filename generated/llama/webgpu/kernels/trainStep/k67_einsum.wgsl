// kernel k67_einsum
@group(0) @binding(0) var<storage, read> t366: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t377: array<f32>;
@group(0) @binding(3) var<storage, read_write> t379: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t380: array<f32>;
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
      tileA[tx * 64i + ty] = t366[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t366[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t366[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t366[(row0 + ty + 48i) * 176i + kA];
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
    let l377: f32 = t377[(row0 + ty) * 64i + (col0 + tx)];
    let v379: f32 = acc0_0 + l377;
    t379[(row0 + ty) * 64i + (col0 + tx)] = v379;
    let l105: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v380: f32 = v379 * l105;
    t380[(row0 + ty) * 64i + (col0 + tx)] = v380;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l377_1: f32 = t377[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v379_1: f32 = acc0_1 + l377_1;
    t379[(row0 + ty) * 64i + (col0 + tx) + 16i] = v379_1;
    let l105_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v380_1: f32 = v379_1 * l105_1;
    t380[(row0 + ty) * 64i + (col0 + tx) + 16i] = v380_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l377_2: f32 = t377[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v379_2: f32 = acc0_2 + l377_2;
    t379[(row0 + ty) * 64i + (col0 + tx) + 32i] = v379_2;
    let l105_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v380_2: f32 = v379_2 * l105_2;
    t380[(row0 + ty) * 64i + (col0 + tx) + 32i] = v380_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l377_3: f32 = t377[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v379_3: f32 = acc0_3 + l377_3;
    t379[(row0 + ty) * 64i + (col0 + tx) + 48i] = v379_3;
    let l105_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v380_3: f32 = v379_3 * l105_3;
    t380[(row0 + ty) * 64i + (col0 + tx) + 48i] = v380_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l377_4: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v379_4: f32 = acc1_0 + l377_4;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx)] = v379_4;
    let l105_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v380_4: f32 = v379_4 * l105_4;
    t380[(row0 + ty + 16i) * 64i + (col0 + tx)] = v380_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l377_5: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v379_5: f32 = acc1_1 + l377_5;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v379_5;
    let l105_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v380_5: f32 = v379_5 * l105_5;
    t380[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v380_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l377_6: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v379_6: f32 = acc1_2 + l377_6;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v379_6;
    let l105_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v380_6: f32 = v379_6 * l105_6;
    t380[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v380_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l377_7: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v379_7: f32 = acc1_3 + l377_7;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v379_7;
    let l105_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v380_7: f32 = v379_7 * l105_7;
    t380[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v380_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l377_8: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v379_8: f32 = acc2_0 + l377_8;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx)] = v379_8;
    let l105_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v380_8: f32 = v379_8 * l105_8;
    t380[(row0 + ty + 32i) * 64i + (col0 + tx)] = v380_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l377_9: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v379_9: f32 = acc2_1 + l377_9;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v379_9;
    let l105_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v380_9: f32 = v379_9 * l105_9;
    t380[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v380_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l377_10: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v379_10: f32 = acc2_2 + l377_10;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v379_10;
    let l105_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v380_10: f32 = v379_10 * l105_10;
    t380[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v380_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l377_11: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v379_11: f32 = acc2_3 + l377_11;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v379_11;
    let l105_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v380_11: f32 = v379_11 * l105_11;
    t380[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v380_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l377_12: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v379_12: f32 = acc3_0 + l377_12;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx)] = v379_12;
    let l105_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v380_12: f32 = v379_12 * l105_12;
    t380[(row0 + ty + 48i) * 64i + (col0 + tx)] = v380_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l377_13: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v379_13: f32 = acc3_1 + l377_13;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v379_13;
    let l105_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v380_13: f32 = v379_13 * l105_13;
    t380[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v380_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l377_14: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v379_14: f32 = acc3_2 + l377_14;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v379_14;
    let l105_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v380_14: f32 = v379_14 * l105_14;
    t380[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v380_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l377_15: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v379_15: f32 = acc3_3 + l377_15;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v379_15;
    let l105_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v380_15: f32 = v379_15 * l105_15;
    t380[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v380_15;
  }
}
