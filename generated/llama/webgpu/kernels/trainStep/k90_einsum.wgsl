// kernel k90_einsum
@group(0) @binding(0) var<storage, read> t488: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t494: array<f32>;
@group(0) @binding(3) var<storage, read> t498: array<f32>;
@group(0) @binding(4) var<storage, read_write> t501: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t502: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k90_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t488[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t488[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t488[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t488[(row0 + ty + 48i) * 64i + kA];
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
    let l494: f32 = t494[(row0 + ty) * 64i + (col0 + tx)];
    let v500: f32 = acc0_0 + l494;
    let l498: f32 = t498[(row0 + ty) * 64i + (col0 + tx)];
    let v501: f32 = v500 + l498;
    t501[(row0 + ty) * 64i + (col0 + tx)] = v501;
    let l34: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v502: f32 = v501 * l34;
    t502[(row0 + ty) * 64i + (col0 + tx)] = v502;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l494_1: f32 = t494[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v500_1: f32 = acc0_1 + l494_1;
    let l498_1: f32 = t498[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v501_1: f32 = v500_1 + l498_1;
    t501[(row0 + ty) * 64i + (col0 + tx) + 16i] = v501_1;
    let l34_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v502_1: f32 = v501_1 * l34_1;
    t502[(row0 + ty) * 64i + (col0 + tx) + 16i] = v502_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l494_2: f32 = t494[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v500_2: f32 = acc0_2 + l494_2;
    let l498_2: f32 = t498[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v501_2: f32 = v500_2 + l498_2;
    t501[(row0 + ty) * 64i + (col0 + tx) + 32i] = v501_2;
    let l34_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v502_2: f32 = v501_2 * l34_2;
    t502[(row0 + ty) * 64i + (col0 + tx) + 32i] = v502_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l494_3: f32 = t494[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v500_3: f32 = acc0_3 + l494_3;
    let l498_3: f32 = t498[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v501_3: f32 = v500_3 + l498_3;
    t501[(row0 + ty) * 64i + (col0 + tx) + 48i] = v501_3;
    let l34_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v502_3: f32 = v501_3 * l34_3;
    t502[(row0 + ty) * 64i + (col0 + tx) + 48i] = v502_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l494_4: f32 = t494[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v500_4: f32 = acc1_0 + l494_4;
    let l498_4: f32 = t498[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v501_4: f32 = v500_4 + l498_4;
    t501[(row0 + ty + 16i) * 64i + (col0 + tx)] = v501_4;
    let l34_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v502_4: f32 = v501_4 * l34_4;
    t502[(row0 + ty + 16i) * 64i + (col0 + tx)] = v502_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l494_5: f32 = t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v500_5: f32 = acc1_1 + l494_5;
    let l498_5: f32 = t498[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v501_5: f32 = v500_5 + l498_5;
    t501[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v501_5;
    let l34_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v502_5: f32 = v501_5 * l34_5;
    t502[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v502_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l494_6: f32 = t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v500_6: f32 = acc1_2 + l494_6;
    let l498_6: f32 = t498[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v501_6: f32 = v500_6 + l498_6;
    t501[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v501_6;
    let l34_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v502_6: f32 = v501_6 * l34_6;
    t502[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v502_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l494_7: f32 = t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v500_7: f32 = acc1_3 + l494_7;
    let l498_7: f32 = t498[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v501_7: f32 = v500_7 + l498_7;
    t501[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v501_7;
    let l34_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v502_7: f32 = v501_7 * l34_7;
    t502[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v502_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l494_8: f32 = t494[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v500_8: f32 = acc2_0 + l494_8;
    let l498_8: f32 = t498[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v501_8: f32 = v500_8 + l498_8;
    t501[(row0 + ty + 32i) * 64i + (col0 + tx)] = v501_8;
    let l34_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v502_8: f32 = v501_8 * l34_8;
    t502[(row0 + ty + 32i) * 64i + (col0 + tx)] = v502_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l494_9: f32 = t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v500_9: f32 = acc2_1 + l494_9;
    let l498_9: f32 = t498[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v501_9: f32 = v500_9 + l498_9;
    t501[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v501_9;
    let l34_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v502_9: f32 = v501_9 * l34_9;
    t502[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v502_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l494_10: f32 = t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v500_10: f32 = acc2_2 + l494_10;
    let l498_10: f32 = t498[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v501_10: f32 = v500_10 + l498_10;
    t501[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v501_10;
    let l34_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v502_10: f32 = v501_10 * l34_10;
    t502[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v502_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l494_11: f32 = t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v500_11: f32 = acc2_3 + l494_11;
    let l498_11: f32 = t498[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v501_11: f32 = v500_11 + l498_11;
    t501[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v501_11;
    let l34_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v502_11: f32 = v501_11 * l34_11;
    t502[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v502_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l494_12: f32 = t494[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v500_12: f32 = acc3_0 + l494_12;
    let l498_12: f32 = t498[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v501_12: f32 = v500_12 + l498_12;
    t501[(row0 + ty + 48i) * 64i + (col0 + tx)] = v501_12;
    let l34_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v502_12: f32 = v501_12 * l34_12;
    t502[(row0 + ty + 48i) * 64i + (col0 + tx)] = v502_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l494_13: f32 = t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v500_13: f32 = acc3_1 + l494_13;
    let l498_13: f32 = t498[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v501_13: f32 = v500_13 + l498_13;
    t501[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v501_13;
    let l34_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v502_13: f32 = v501_13 * l34_13;
    t502[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v502_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l494_14: f32 = t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v500_14: f32 = acc3_2 + l494_14;
    let l498_14: f32 = t498[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v501_14: f32 = v500_14 + l498_14;
    t501[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v501_14;
    let l34_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v502_14: f32 = v501_14 * l34_14;
    t502[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v502_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l494_15: f32 = t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v500_15: f32 = acc3_3 + l494_15;
    let l498_15: f32 = t498[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v501_15: f32 = v500_15 + l498_15;
    t501[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v501_15;
    let l34_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v502_15: f32 = v501_15 * l34_15;
    t502[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v502_15;
  }
}
