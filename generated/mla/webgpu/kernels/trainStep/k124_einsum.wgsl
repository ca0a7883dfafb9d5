// kernel k124_einsum
@group(0) @binding(0) var<storage, read> t557: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wkv_a_w: array<f32>;
@group(0) @binding(2) var<storage, read> t603: array<f32>;
@group(0) @binding(3) var<storage, read_write> t605: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t606: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k124_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 24i) {
      tileA[tx * 64i + ty] = t557[(row0 + ty) * 24i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 16i] = t557[(row0 + ty + 16i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 32i] = t557[(row0 + ty + 32i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 48i] = t557[(row0 + ty + 48i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 24i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wkv_a_w[bK + (col0 + bN) * 24i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wkv_a_w[bK + 4i + (col0 + bN) * 24i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wkv_a_w[bK + 8i + (col0 + bN) * 24i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wkv_a_w[bK + 12i + (col0 + bN) * 24i];
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
    let l603: f32 = t603[(row0 + ty) * 64i + (col0 + tx)];
    let v605: f32 = acc0_0 + l603;
    t605[(row0 + ty) * 64i + (col0 + tx)] = v605;
    let l40: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v606: f32 = v605 * l40;
    t606[(row0 + ty) * 64i + (col0 + tx)] = v606;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l603_1: f32 = t603[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v605_1: f32 = acc0_1 + l603_1;
    t605[(row0 + ty) * 64i + (col0 + tx) + 16i] = v605_1;
    let l40_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v606_1: f32 = v605_1 * l40_1;
    t606[(row0 + ty) * 64i + (col0 + tx) + 16i] = v606_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l603_2: f32 = t603[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v605_2: f32 = acc0_2 + l603_2;
    t605[(row0 + ty) * 64i + (col0 + tx) + 32i] = v605_2;
    let l40_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v606_2: f32 = v605_2 * l40_2;
    t606[(row0 + ty) * 64i + (col0 + tx) + 32i] = v606_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l603_3: f32 = t603[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v605_3: f32 = acc0_3 + l603_3;
    t605[(row0 + ty) * 64i + (col0 + tx) + 48i] = v605_3;
    let l40_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v606_3: f32 = v605_3 * l40_3;
    t606[(row0 + ty) * 64i + (col0 + tx) + 48i] = v606_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l603_4: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v605_4: f32 = acc1_0 + l603_4;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx)] = v605_4;
    let l40_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v606_4: f32 = v605_4 * l40_4;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx)] = v606_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l603_5: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v605_5: f32 = acc1_1 + l603_5;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v605_5;
    let l40_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v606_5: f32 = v605_5 * l40_5;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v606_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l603_6: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v605_6: f32 = acc1_2 + l603_6;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v605_6;
    let l40_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v606_6: f32 = v605_6 * l40_6;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v606_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l603_7: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v605_7: f32 = acc1_3 + l603_7;
    t605[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v605_7;
    let l40_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v606_7: f32 = v605_7 * l40_7;
    t606[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v606_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l603_8: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v605_8: f32 = acc2_0 + l603_8;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx)] = v605_8;
    let l40_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v606_8: f32 = v605_8 * l40_8;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx)] = v606_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l603_9: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v605_9: f32 = acc2_1 + l603_9;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v605_9;
    let l40_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v606_9: f32 = v605_9 * l40_9;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v606_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l603_10: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v605_10: f32 = acc2_2 + l603_10;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v605_10;
    let l40_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v606_10: f32 = v605_10 * l40_10;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v606_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l603_11: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v605_11: f32 = acc2_3 + l603_11;
    t605[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v605_11;
    let l40_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v606_11: f32 = v605_11 * l40_11;
    t606[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v606_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l603_12: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v605_12: f32 = acc3_0 + l603_12;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx)] = v605_12;
    let l40_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v606_12: f32 = v605_12 * l40_12;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx)] = v606_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l603_13: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v605_13: f32 = acc3_1 + l603_13;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v605_13;
    let l40_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v606_13: f32 = v605_13 * l40_13;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v606_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l603_14: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v605_14: f32 = acc3_2 + l603_14;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v605_14;
    let l40_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v606_14: f32 = v605_14 * l40_14;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v606_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l603_15: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v605_15: f32 = acc3_3 + l603_15;
    t605[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v605_15;
    let l40_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v606_15: f32 = v605_15 * l40_15;
    t606[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v606_15;
  }
}
