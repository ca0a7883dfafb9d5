// kernel k118_einsum
@group(0) @binding(0) var<storage, read> t592: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t598: array<f32>;
@group(0) @binding(3) var<storage, read> t602: array<f32>;
@group(0) @binding(4) var<storage, read_write> t605: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t606: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k118_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t592[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t592[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t592[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t592[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wv_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 12i + (col0 + bN) * 32i];
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
    let l598: f32 = t598[(row0 + ty) * 64i + (col0 + tx)];
    let v604: f32 = acc0_0 + l598;
    let l602: f32 = t602[(row0 + ty) * 64i + (col0 + tx)];
    let v605: f32 = v604 + l602;
    t605[(row0 + ty) * 64i + (col0 + tx)] = v605;
    let l197: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v606: f32 = v605 * l197;
    t606[(row0 + ty) * 64i + (col0 + tx)] = v606;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l598_1: f32 = t598[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v604_1: f32 = acc0_1 + l598_1;
    let l602_1: f32 = t602[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v605_1: f32 = v604_1 + l602_1;
    t605[(row0 + ty) * 64i + (col0 + tx) + 16i] = v605_1;
    let l197_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v606_1: f32 = v605_1 * l197_1;
    t606[(row0 + ty) * 64i + (col0 + tx) + 16i] = v606_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l598_2: f32 = t598[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v604_2: f32 = acc0_2 + l598_2;
    let l602_2: f32 = t602[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v605_2: f32 = v604_2 + l602_2;
    t605[(row0 + ty) * 64i + (col0 + tx) + 32i] = v605_2;
    let l197_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v606_2: f32 = v605_2 * l197_2;
    t606[(row0 + ty) * 64i + (col0 + tx) + 32i] = v606_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l598_3: f32 = t598[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v604_3: f32 = acc0_3 + l598_3;
    let l602_3: f32 = t602[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v605_3: f32 = v604_3 + l602_3;
    t605[(row0 + ty) * 64i + (col0 + tx) + 48i] = v605_3;
    let l197_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v606_3: f32 = v605_3 * l197_3;
    t606[(row0 + ty) * 64i + (col0 + tx) + 48i] = v606_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l598_4: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v604_4: f32 = acc1_0 + l598_4;
    let l602_4: f32 = t602[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v605_4: f32 = v604_4 + l602_4;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx)] = v605_4;
    let l197_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v606_4: f32 = v605_4 * l197_4;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx)] = v606_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l598_5: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v604_5: f32 = acc1_1 + l598_5;
    let l602_5: f32 = t602[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v605_5: f32 = v604_5 + l602_5;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v605_5;
    let l197_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v606_5: f32 = v605_5 * l197_5;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v606_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l598_6: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v604_6: f32 = acc1_2 + l598_6;
    let l602_6: f32 = t602[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v605_6: f32 = v604_6 + l602_6;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v605_6;
    let l197_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v606_6: f32 = v605_6 * l197_6;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v606_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l598_7: f32 = t598[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v604_7: f32 = acc1_3 + l598_7;
    let l602_7: f32 = t602[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v605_7: f32 = v604_7 + l602_7;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v605_7;
    let l197_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v606_7: f32 = v605_7 * l197_7;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v606_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l598_8: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v604_8: f32 = acc2_0 + l598_8;
    let l602_8: f32 = t602[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v605_8: f32 = v604_8 + l602_8;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx)] = v605_8;
    let l197_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v606_8: f32 = v605_8 * l197_8;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx)] = v606_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l598_9: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v604_9: f32 = acc2_1 + l598_9;
    let l602_9: f32 = t602[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v605_9: f32 = v604_9 + l602_9;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v605_9;
    let l197_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v606_9: f32 = v605_9 * l197_9;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v606_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l598_10: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v604_10: f32 = acc2_2 + l598_10;
    let l602_10: f32 = t602[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v605_10: f32 = v604_10 + l602_10;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v605_10;
    let l197_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v606_10: f32 = v605_10 * l197_10;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v606_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l598_11: f32 = t598[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v604_11: f32 = acc2_3 + l598_11;
    let l602_11: f32 = t602[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v605_11: f32 = v604_11 + l602_11;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v605_11;
    let l197_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v606_11: f32 = v605_11 * l197_11;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v606_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l598_12: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v604_12: f32 = acc3_0 + l598_12;
    let l602_12: f32 = t602[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v605_12: f32 = v604_12 + l602_12;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx)] = v605_12;
    let l197_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v606_12: f32 = v605_12 * l197_12;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx)] = v606_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l598_13: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v604_13: f32 = acc3_1 + l598_13;
    let l602_13: f32 = t602[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v605_13: f32 = v604_13 + l602_13;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v605_13;
    let l197_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v606_13: f32 = v605_13 * l197_13;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v606_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l598_14: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v604_14: f32 = acc3_2 + l598_14;
    let l602_14: f32 = t602[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v605_14: f32 = v604_14 + l602_14;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v605_14;
    let l197_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v606_14: f32 = v605_14 * l197_14;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v606_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l598_15: f32 = t598[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v604_15: f32 = acc3_3 + l598_15;
    let l602_15: f32 = t602[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v605_15: f32 = v604_15 + l602_15;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v605_15;
    let l197_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v606_15: f32 = v605_15 * l197_15;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v606_15;
  }
}
