// kernel k109_einsum
@group(0) @binding(0) var<storage, read> t515: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t524: array<f32>;
@group(0) @binding(3) var<storage, read_write> t526: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t527: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k109_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t515[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t515[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t515[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t515[(row0 + ty + 48i) * 176i + kA];
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
    let l524: f32 = t524[(row0 + ty) * 64i + (col0 + tx)];
    let v526: f32 = acc0_0 + l524;
    t526[(row0 + ty) * 64i + (col0 + tx)] = v526;
    let l160: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v527: f32 = v526 * l160;
    t527[(row0 + ty) * 64i + (col0 + tx)] = v527;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l524_1: f32 = t524[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v526_1: f32 = acc0_1 + l524_1;
    t526[(row0 + ty) * 64i + (col0 + tx) + 16i] = v526_1;
    let l160_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v527_1: f32 = v526_1 * l160_1;
    t527[(row0 + ty) * 64i + (col0 + tx) + 16i] = v527_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l524_2: f32 = t524[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v526_2: f32 = acc0_2 + l524_2;
    t526[(row0 + ty) * 64i + (col0 + tx) + 32i] = v526_2;
    let l160_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v527_2: f32 = v526_2 * l160_2;
    t527[(row0 + ty) * 64i + (col0 + tx) + 32i] = v527_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l524_3: f32 = t524[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v526_3: f32 = acc0_3 + l524_3;
    t526[(row0 + ty) * 64i + (col0 + tx) + 48i] = v526_3;
    let l160_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v527_3: f32 = v526_3 * l160_3;
    t527[(row0 + ty) * 64i + (col0 + tx) + 48i] = v527_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l524_4: f32 = t524[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v526_4: f32 = acc1_0 + l524_4;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx)] = v526_4;
    let l160_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v527_4: f32 = v526_4 * l160_4;
    t527[(row0 + ty + 16i) * 64i + (col0 + tx)] = v527_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l524_5: f32 = t524[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v526_5: f32 = acc1_1 + l524_5;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v526_5;
    let l160_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v527_5: f32 = v526_5 * l160_5;
    t527[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v527_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l524_6: f32 = t524[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v526_6: f32 = acc1_2 + l524_6;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v526_6;
    let l160_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v527_6: f32 = v526_6 * l160_6;
    t527[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v527_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l524_7: f32 = t524[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v526_7: f32 = acc1_3 + l524_7;
    t526[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v526_7;
    let l160_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v527_7: f32 = v526_7 * l160_7;
    t527[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v527_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l524_8: f32 = t524[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v526_8: f32 = acc2_0 + l524_8;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx)] = v526_8;
    let l160_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v527_8: f32 = v526_8 * l160_8;
    t527[(row0 + ty + 32i) * 64i + (col0 + tx)] = v527_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l524_9: f32 = t524[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v526_9: f32 = acc2_1 + l524_9;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v526_9;
    let l160_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v527_9: f32 = v526_9 * l160_9;
    t527[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v527_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l524_10: f32 = t524[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v526_10: f32 = acc2_2 + l524_10;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v526_10;
    let l160_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v527_10: f32 = v526_10 * l160_10;
    t527[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v527_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l524_11: f32 = t524[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v526_11: f32 = acc2_3 + l524_11;
    t526[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v526_11;
    let l160_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v527_11: f32 = v526_11 * l160_11;
    t527[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v527_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l524_12: f32 = t524[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v526_12: f32 = acc3_0 + l524_12;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx)] = v526_12;
    let l160_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v527_12: f32 = v526_12 * l160_12;
    t527[(row0 + ty + 48i) * 64i + (col0 + tx)] = v527_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l524_13: f32 = t524[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v526_13: f32 = acc3_1 + l524_13;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v526_13;
    let l160_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v527_13: f32 = v526_13 * l160_13;
    t527[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v527_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l524_14: f32 = t524[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v526_14: f32 = acc3_2 + l524_14;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v526_14;
    let l160_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v527_14: f32 = v526_14 * l160_14;
    t527[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v527_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l524_15: f32 = t524[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v526_15: f32 = acc3_3 + l524_15;
    t526[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v526_15;
    let l160_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v527_15: f32 = v526_15 * l160_15;
    t527[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v527_15;
  }
}
