// kernel k93_einsum
@group(0) @binding(0) var<storage, read> t472: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t481: array<f32>;
@group(0) @binding(3) var<storage, read_write> t483: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t484: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k93_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t472[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t472[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t472[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t472[(row0 + ty + 48i) * 176i + kA];
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
    let l481: f32 = t481[(row0 + ty) * 64i + (col0 + tx)];
    let v483: f32 = acc0_0 + l481;
    t483[(row0 + ty) * 64i + (col0 + tx)] = v483;
    let l144: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v484: f32 = v483 * l144;
    t484[(row0 + ty) * 64i + (col0 + tx)] = v484;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l481_1: f32 = t481[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v483_1: f32 = acc0_1 + l481_1;
    t483[(row0 + ty) * 64i + (col0 + tx) + 16i] = v483_1;
    let l144_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v484_1: f32 = v483_1 * l144_1;
    t484[(row0 + ty) * 64i + (col0 + tx) + 16i] = v484_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l481_2: f32 = t481[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v483_2: f32 = acc0_2 + l481_2;
    t483[(row0 + ty) * 64i + (col0 + tx) + 32i] = v483_2;
    let l144_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v484_2: f32 = v483_2 * l144_2;
    t484[(row0 + ty) * 64i + (col0 + tx) + 32i] = v484_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l481_3: f32 = t481[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v483_3: f32 = acc0_3 + l481_3;
    t483[(row0 + ty) * 64i + (col0 + tx) + 48i] = v483_3;
    let l144_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v484_3: f32 = v483_3 * l144_3;
    t484[(row0 + ty) * 64i + (col0 + tx) + 48i] = v484_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l481_4: f32 = t481[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v483_4: f32 = acc1_0 + l481_4;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx)] = v483_4;
    let l144_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v484_4: f32 = v483_4 * l144_4;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx)] = v484_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l481_5: f32 = t481[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v483_5: f32 = acc1_1 + l481_5;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v483_5;
    let l144_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v484_5: f32 = v483_5 * l144_5;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v484_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l481_6: f32 = t481[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v483_6: f32 = acc1_2 + l481_6;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v483_6;
    let l144_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v484_6: f32 = v483_6 * l144_6;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v484_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l481_7: f32 = t481[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v483_7: f32 = acc1_3 + l481_7;
    t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v483_7;
    let l144_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v484_7: f32 = v483_7 * l144_7;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v484_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l481_8: f32 = t481[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v483_8: f32 = acc2_0 + l481_8;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx)] = v483_8;
    let l144_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v484_8: f32 = v483_8 * l144_8;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx)] = v484_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l481_9: f32 = t481[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v483_9: f32 = acc2_1 + l481_9;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v483_9;
    let l144_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v484_9: f32 = v483_9 * l144_9;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v484_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l481_10: f32 = t481[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v483_10: f32 = acc2_2 + l481_10;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v483_10;
    let l144_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v484_10: f32 = v483_10 * l144_10;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v484_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l481_11: f32 = t481[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v483_11: f32 = acc2_3 + l481_11;
    t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v483_11;
    let l144_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v484_11: f32 = v483_11 * l144_11;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v484_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l481_12: f32 = t481[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v483_12: f32 = acc3_0 + l481_12;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx)] = v483_12;
    let l144_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v484_12: f32 = v483_12 * l144_12;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx)] = v484_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l481_13: f32 = t481[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v483_13: f32 = acc3_1 + l481_13;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v483_13;
    let l144_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v484_13: f32 = v483_13 * l144_13;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v484_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l481_14: f32 = t481[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v483_14: f32 = acc3_2 + l481_14;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v483_14;
    let l144_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v484_14: f32 = v483_14 * l144_14;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v484_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l481_15: f32 = t481[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v483_15: f32 = acc3_3 + l481_15;
    t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v483_15;
    let l144_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v484_15: f32 = v483_15 * l144_15;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v484_15;
  }
}
