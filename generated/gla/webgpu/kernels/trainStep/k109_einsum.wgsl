// kernel k109_einsum
@group(0) @binding(0) var<storage, read> t551: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t562: array<f32>;
@group(0) @binding(3) var<storage, read_write> t564: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t565: array<f32>;
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
      tileA[tx * 64i + ty] = t551[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t551[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t551[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t551[(row0 + ty + 48i) * 176i + kA];
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
    let l562: f32 = t562[(row0 + ty) * 64i + (col0 + tx)];
    let v564: f32 = acc0_0 + l562;
    t564[(row0 + ty) * 64i + (col0 + tx)] = v564;
    let l169: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v565: f32 = v564 * l169;
    t565[(row0 + ty) * 64i + (col0 + tx)] = v565;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l562_1: f32 = t562[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v564_1: f32 = acc0_1 + l562_1;
    t564[(row0 + ty) * 64i + (col0 + tx) + 16i] = v564_1;
    let l169_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v565_1: f32 = v564_1 * l169_1;
    t565[(row0 + ty) * 64i + (col0 + tx) + 16i] = v565_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l562_2: f32 = t562[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v564_2: f32 = acc0_2 + l562_2;
    t564[(row0 + ty) * 64i + (col0 + tx) + 32i] = v564_2;
    let l169_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v565_2: f32 = v564_2 * l169_2;
    t565[(row0 + ty) * 64i + (col0 + tx) + 32i] = v565_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l562_3: f32 = t562[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v564_3: f32 = acc0_3 + l562_3;
    t564[(row0 + ty) * 64i + (col0 + tx) + 48i] = v564_3;
    let l169_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v565_3: f32 = v564_3 * l169_3;
    t565[(row0 + ty) * 64i + (col0 + tx) + 48i] = v565_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l562_4: f32 = t562[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v564_4: f32 = acc1_0 + l562_4;
    t564[(row0 + ty + 16i) * 64i + (col0 + tx)] = v564_4;
    let l169_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v565_4: f32 = v564_4 * l169_4;
    t565[(row0 + ty + 16i) * 64i + (col0 + tx)] = v565_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l562_5: f32 = t562[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v564_5: f32 = acc1_1 + l562_5;
    t564[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v564_5;
    let l169_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v565_5: f32 = v564_5 * l169_5;
    t565[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v565_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l562_6: f32 = t562[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v564_6: f32 = acc1_2 + l562_6;
    t564[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v564_6;
    let l169_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v565_6: f32 = v564_6 * l169_6;
    t565[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v565_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l562_7: f32 = t562[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v564_7: f32 = acc1_3 + l562_7;
    t564[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v564_7;
    let l169_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v565_7: f32 = v564_7 * l169_7;
    t565[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v565_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l562_8: f32 = t562[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v564_8: f32 = acc2_0 + l562_8;
    t564[(row0 + ty + 32i) * 64i + (col0 + tx)] = v564_8;
    let l169_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v565_8: f32 = v564_8 * l169_8;
    t565[(row0 + ty + 32i) * 64i + (col0 + tx)] = v565_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l562_9: f32 = t562[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v564_9: f32 = acc2_1 + l562_9;
    t564[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v564_9;
    let l169_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v565_9: f32 = v564_9 * l169_9;
    t565[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v565_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l562_10: f32 = t562[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v564_10: f32 = acc2_2 + l562_10;
    t564[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v564_10;
    let l169_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v565_10: f32 = v564_10 * l169_10;
    t565[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v565_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l562_11: f32 = t562[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v564_11: f32 = acc2_3 + l562_11;
    t564[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v564_11;
    let l169_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v565_11: f32 = v564_11 * l169_11;
    t565[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v565_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l562_12: f32 = t562[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v564_12: f32 = acc3_0 + l562_12;
    t564[(row0 + ty + 48i) * 64i + (col0 + tx)] = v564_12;
    let l169_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v565_12: f32 = v564_12 * l169_12;
    t565[(row0 + ty + 48i) * 64i + (col0 + tx)] = v565_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l562_13: f32 = t562[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v564_13: f32 = acc3_1 + l562_13;
    t564[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v564_13;
    let l169_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v565_13: f32 = v564_13 * l169_13;
    t565[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v565_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l562_14: f32 = t562[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v564_14: f32 = acc3_2 + l562_14;
    t564[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v564_14;
    let l169_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v565_14: f32 = v564_14 * l169_14;
    t565[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v565_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l562_15: f32 = t562[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v564_15: f32 = acc3_3 + l562_15;
    t564[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v564_15;
    let l169_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v565_15: f32 = v564_15 * l169_15;
    t565[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v565_15;
  }
}
