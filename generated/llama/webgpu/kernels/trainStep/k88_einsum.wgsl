// kernel k88_einsum
@group(0) @binding(0) var<storage, read> t432: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t438: array<f32>;
@group(0) @binding(3) var<storage, read> t442: array<f32>;
@group(0) @binding(4) var<storage, read_write> t445: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t446: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k88_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t432[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t432[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t432[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t432[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l438: f32 = t438[(row0 + ty) * 64i + (col0 + tx)];
    let v444: f32 = acc0_0 + l438;
    let l442: f32 = t442[(row0 + ty) * 64i + (col0 + tx)];
    let v445: f32 = v444 + l442;
    t445[(row0 + ty) * 64i + (col0 + tx)] = v445;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v446: f32 = v445 * l34;
    t446[(row0 + ty) * 64i + (col0 + tx)] = v446;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l438_1: f32 = t438[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v444_1: f32 = acc0_1 + l438_1;
    let l442_1: f32 = t442[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v445_1: f32 = v444_1 + l442_1;
    t445[(row0 + ty) * 64i + (col0 + tx) + 16i] = v445_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v446_1: f32 = v445_1 * l34_1;
    t446[(row0 + ty) * 64i + (col0 + tx) + 16i] = v446_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l438_2: f32 = t438[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v444_2: f32 = acc0_2 + l438_2;
    let l442_2: f32 = t442[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v445_2: f32 = v444_2 + l442_2;
    t445[(row0 + ty) * 64i + (col0 + tx) + 32i] = v445_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v446_2: f32 = v445_2 * l34_2;
    t446[(row0 + ty) * 64i + (col0 + tx) + 32i] = v446_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l438_3: f32 = t438[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v444_3: f32 = acc0_3 + l438_3;
    let l442_3: f32 = t442[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v445_3: f32 = v444_3 + l442_3;
    t445[(row0 + ty) * 64i + (col0 + tx) + 48i] = v445_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v446_3: f32 = v445_3 * l34_3;
    t446[(row0 + ty) * 64i + (col0 + tx) + 48i] = v446_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l438_4: f32 = t438[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v444_4: f32 = acc1_0 + l438_4;
    let l442_4: f32 = t442[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v445_4: f32 = v444_4 + l442_4;
    t445[(row0 + ty + 16i) * 64i + (col0 + tx)] = v445_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v446_4: f32 = v445_4 * l34_4;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx)] = v446_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l438_5: f32 = t438[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v444_5: f32 = acc1_1 + l438_5;
    let l442_5: f32 = t442[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v445_5: f32 = v444_5 + l442_5;
    t445[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v445_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v446_5: f32 = v445_5 * l34_5;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v446_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l438_6: f32 = t438[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v444_6: f32 = acc1_2 + l438_6;
    let l442_6: f32 = t442[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v445_6: f32 = v444_6 + l442_6;
    t445[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v445_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v446_6: f32 = v445_6 * l34_6;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v446_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l438_7: f32 = t438[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v444_7: f32 = acc1_3 + l438_7;
    let l442_7: f32 = t442[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v445_7: f32 = v444_7 + l442_7;
    t445[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v445_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v446_7: f32 = v445_7 * l34_7;
    t446[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v446_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l438_8: f32 = t438[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v444_8: f32 = acc2_0 + l438_8;
    let l442_8: f32 = t442[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v445_8: f32 = v444_8 + l442_8;
    t445[(row0 + ty + 32i) * 64i + (col0 + tx)] = v445_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v446_8: f32 = v445_8 * l34_8;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx)] = v446_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l438_9: f32 = t438[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v444_9: f32 = acc2_1 + l438_9;
    let l442_9: f32 = t442[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v445_9: f32 = v444_9 + l442_9;
    t445[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v445_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v446_9: f32 = v445_9 * l34_9;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v446_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l438_10: f32 = t438[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v444_10: f32 = acc2_2 + l438_10;
    let l442_10: f32 = t442[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v445_10: f32 = v444_10 + l442_10;
    t445[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v445_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v446_10: f32 = v445_10 * l34_10;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v446_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l438_11: f32 = t438[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v444_11: f32 = acc2_3 + l438_11;
    let l442_11: f32 = t442[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v445_11: f32 = v444_11 + l442_11;
    t445[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v445_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v446_11: f32 = v445_11 * l34_11;
    t446[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v446_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l438_12: f32 = t438[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v444_12: f32 = acc3_0 + l438_12;
    let l442_12: f32 = t442[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v445_12: f32 = v444_12 + l442_12;
    t445[(row0 + ty + 48i) * 64i + (col0 + tx)] = v445_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v446_12: f32 = v445_12 * l34_12;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx)] = v446_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l438_13: f32 = t438[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v444_13: f32 = acc3_1 + l438_13;
    let l442_13: f32 = t442[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v445_13: f32 = v444_13 + l442_13;
    t445[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v445_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v446_13: f32 = v445_13 * l34_13;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v446_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l438_14: f32 = t438[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v444_14: f32 = acc3_2 + l438_14;
    let l442_14: f32 = t442[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v445_14: f32 = v444_14 + l442_14;
    t445[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v445_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v446_14: f32 = v445_14 * l34_14;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v446_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l438_15: f32 = t438[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v444_15: f32 = acc3_3 + l438_15;
    let l442_15: f32 = t442[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v445_15: f32 = v444_15 + l442_15;
    t445[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v445_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v446_15: f32 = v445_15 * l34_15;
    t446[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v446_15;
  }
}
