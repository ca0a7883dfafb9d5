// kernel k263_einsum
@group(0) @binding(0) var<storage, read> t1290: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t1296: array<f32>;
@group(0) @binding(3) var<storage, read> t1300: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1303: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1304: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k263_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1290[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t1290[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t1290[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t1290[(row0 + ty + 48i) * 64i + kA];
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
    let l1296: f32 = t1296[(row0 + ty) * 64i + (col0 + tx)];
    let v1302: f32 = acc0_0 + l1296;
    let l1300: f32 = t1300[(row0 + ty) * 64i + (col0 + tx)];
    let v1303: f32 = v1302 + l1300;
    t1303[(row0 + ty) * 64i + (col0 + tx)] = v1303;
    let l70: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v1304: f32 = v1303 * l70;
    t1304[(row0 + ty) * 64i + (col0 + tx)] = v1304;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l1296_1: f32 = t1296[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1302_1: f32 = acc0_1 + l1296_1;
    let l1300_1: f32 = t1300[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1303_1: f32 = v1302_1 + l1300_1;
    t1303[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1303_1;
    let l70_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v1304_1: f32 = v1303_1 * l70_1;
    t1304[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1304_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l1296_2: f32 = t1296[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1302_2: f32 = acc0_2 + l1296_2;
    let l1300_2: f32 = t1300[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1303_2: f32 = v1302_2 + l1300_2;
    t1303[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1303_2;
    let l70_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v1304_2: f32 = v1303_2 * l70_2;
    t1304[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1304_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l1296_3: f32 = t1296[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1302_3: f32 = acc0_3 + l1296_3;
    let l1300_3: f32 = t1300[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1303_3: f32 = v1302_3 + l1300_3;
    t1303[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1303_3;
    let l70_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v1304_3: f32 = v1303_3 * l70_3;
    t1304[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1304_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l1296_4: f32 = t1296[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1302_4: f32 = acc1_0 + l1296_4;
    let l1300_4: f32 = t1300[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1303_4: f32 = v1302_4 + l1300_4;
    t1303[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1303_4;
    let l70_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v1304_4: f32 = v1303_4 * l70_4;
    t1304[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1304_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l1296_5: f32 = t1296[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1302_5: f32 = acc1_1 + l1296_5;
    let l1300_5: f32 = t1300[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1303_5: f32 = v1302_5 + l1300_5;
    t1303[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1303_5;
    let l70_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v1304_5: f32 = v1303_5 * l70_5;
    t1304[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1304_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l1296_6: f32 = t1296[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1302_6: f32 = acc1_2 + l1296_6;
    let l1300_6: f32 = t1300[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1303_6: f32 = v1302_6 + l1300_6;
    t1303[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1303_6;
    let l70_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v1304_6: f32 = v1303_6 * l70_6;
    t1304[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1304_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l1296_7: f32 = t1296[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1302_7: f32 = acc1_3 + l1296_7;
    let l1300_7: f32 = t1300[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1303_7: f32 = v1302_7 + l1300_7;
    t1303[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1303_7;
    let l70_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v1304_7: f32 = v1303_7 * l70_7;
    t1304[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1304_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l1296_8: f32 = t1296[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1302_8: f32 = acc2_0 + l1296_8;
    let l1300_8: f32 = t1300[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1303_8: f32 = v1302_8 + l1300_8;
    t1303[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1303_8;
    let l70_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v1304_8: f32 = v1303_8 * l70_8;
    t1304[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1304_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l1296_9: f32 = t1296[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1302_9: f32 = acc2_1 + l1296_9;
    let l1300_9: f32 = t1300[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1303_9: f32 = v1302_9 + l1300_9;
    t1303[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1303_9;
    let l70_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v1304_9: f32 = v1303_9 * l70_9;
    t1304[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1304_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l1296_10: f32 = t1296[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1302_10: f32 = acc2_2 + l1296_10;
    let l1300_10: f32 = t1300[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1303_10: f32 = v1302_10 + l1300_10;
    t1303[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1303_10;
    let l70_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v1304_10: f32 = v1303_10 * l70_10;
    t1304[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1304_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l1296_11: f32 = t1296[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1302_11: f32 = acc2_3 + l1296_11;
    let l1300_11: f32 = t1300[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1303_11: f32 = v1302_11 + l1300_11;
    t1303[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1303_11;
    let l70_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v1304_11: f32 = v1303_11 * l70_11;
    t1304[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1304_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l1296_12: f32 = t1296[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1302_12: f32 = acc3_0 + l1296_12;
    let l1300_12: f32 = t1300[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1303_12: f32 = v1302_12 + l1300_12;
    t1303[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1303_12;
    let l70_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v1304_12: f32 = v1303_12 * l70_12;
    t1304[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1304_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l1296_13: f32 = t1296[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1302_13: f32 = acc3_1 + l1296_13;
    let l1300_13: f32 = t1300[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1303_13: f32 = v1302_13 + l1300_13;
    t1303[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1303_13;
    let l70_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v1304_13: f32 = v1303_13 * l70_13;
    t1304[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1304_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l1296_14: f32 = t1296[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1302_14: f32 = acc3_2 + l1296_14;
    let l1300_14: f32 = t1300[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1303_14: f32 = v1302_14 + l1300_14;
    t1303[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1303_14;
    let l70_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v1304_14: f32 = v1303_14 * l70_14;
    t1304[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1304_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l1296_15: f32 = t1296[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1302_15: f32 = acc3_3 + l1296_15;
    let l1300_15: f32 = t1300[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1303_15: f32 = v1302_15 + l1300_15;
    t1303[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1303_15;
    let l70_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v1304_15: f32 = v1303_15 * l70_15;
    t1304[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1304_15;
  }
}
