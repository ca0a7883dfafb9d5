// kernel k139_einsum
@group(0) @binding(0) var<storage, read> t654: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t660: array<f32>;
@group(0) @binding(3) var<storage, read> t664: array<f32>;
@group(0) @binding(4) var<storage, read_write> t667: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t668: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k139_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t654[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t654[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t654[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t654[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l660: f32 = t660[(row0 + ty) * 64i + (col0 + tx)];
    let v666: f32 = acc0_0 + l660;
    let l664: f32 = t664[(row0 + ty) * 64i + (col0 + tx)];
    let v667: f32 = v666 + l664;
    t667[(row0 + ty) * 64i + (col0 + tx)] = v667;
    let l227: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v668: f32 = v667 * l227;
    t668[(row0 + ty) * 64i + (col0 + tx)] = v668;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l660_1: f32 = t660[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v666_1: f32 = acc0_1 + l660_1;
    let l664_1: f32 = t664[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v667_1: f32 = v666_1 + l664_1;
    t667[(row0 + ty) * 64i + (col0 + tx) + 16i] = v667_1;
    let l227_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v668_1: f32 = v667_1 * l227_1;
    t668[(row0 + ty) * 64i + (col0 + tx) + 16i] = v668_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l660_2: f32 = t660[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v666_2: f32 = acc0_2 + l660_2;
    let l664_2: f32 = t664[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v667_2: f32 = v666_2 + l664_2;
    t667[(row0 + ty) * 64i + (col0 + tx) + 32i] = v667_2;
    let l227_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v668_2: f32 = v667_2 * l227_2;
    t668[(row0 + ty) * 64i + (col0 + tx) + 32i] = v668_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l660_3: f32 = t660[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v666_3: f32 = acc0_3 + l660_3;
    let l664_3: f32 = t664[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v667_3: f32 = v666_3 + l664_3;
    t667[(row0 + ty) * 64i + (col0 + tx) + 48i] = v667_3;
    let l227_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v668_3: f32 = v667_3 * l227_3;
    t668[(row0 + ty) * 64i + (col0 + tx) + 48i] = v668_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l660_4: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v666_4: f32 = acc1_0 + l660_4;
    let l664_4: f32 = t664[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v667_4: f32 = v666_4 + l664_4;
    t667[(row0 + ty + 16i) * 64i + (col0 + tx)] = v667_4;
    let l227_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v668_4: f32 = v667_4 * l227_4;
    t668[(row0 + ty + 16i) * 64i + (col0 + tx)] = v668_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l660_5: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v666_5: f32 = acc1_1 + l660_5;
    let l664_5: f32 = t664[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v667_5: f32 = v666_5 + l664_5;
    t667[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v667_5;
    let l227_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v668_5: f32 = v667_5 * l227_5;
    t668[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v668_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l660_6: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v666_6: f32 = acc1_2 + l660_6;
    let l664_6: f32 = t664[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v667_6: f32 = v666_6 + l664_6;
    t667[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v667_6;
    let l227_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v668_6: f32 = v667_6 * l227_6;
    t668[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v668_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l660_7: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v666_7: f32 = acc1_3 + l660_7;
    let l664_7: f32 = t664[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v667_7: f32 = v666_7 + l664_7;
    t667[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v667_7;
    let l227_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v668_7: f32 = v667_7 * l227_7;
    t668[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v668_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l660_8: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v666_8: f32 = acc2_0 + l660_8;
    let l664_8: f32 = t664[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v667_8: f32 = v666_8 + l664_8;
    t667[(row0 + ty + 32i) * 64i + (col0 + tx)] = v667_8;
    let l227_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v668_8: f32 = v667_8 * l227_8;
    t668[(row0 + ty + 32i) * 64i + (col0 + tx)] = v668_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l660_9: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v666_9: f32 = acc2_1 + l660_9;
    let l664_9: f32 = t664[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v667_9: f32 = v666_9 + l664_9;
    t667[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v667_9;
    let l227_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v668_9: f32 = v667_9 * l227_9;
    t668[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v668_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l660_10: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v666_10: f32 = acc2_2 + l660_10;
    let l664_10: f32 = t664[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v667_10: f32 = v666_10 + l664_10;
    t667[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v667_10;
    let l227_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v668_10: f32 = v667_10 * l227_10;
    t668[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v668_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l660_11: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v666_11: f32 = acc2_3 + l660_11;
    let l664_11: f32 = t664[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v667_11: f32 = v666_11 + l664_11;
    t667[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v667_11;
    let l227_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v668_11: f32 = v667_11 * l227_11;
    t668[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v668_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l660_12: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v666_12: f32 = acc3_0 + l660_12;
    let l664_12: f32 = t664[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v667_12: f32 = v666_12 + l664_12;
    t667[(row0 + ty + 48i) * 64i + (col0 + tx)] = v667_12;
    let l227_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v668_12: f32 = v667_12 * l227_12;
    t668[(row0 + ty + 48i) * 64i + (col0 + tx)] = v668_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l660_13: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v666_13: f32 = acc3_1 + l660_13;
    let l664_13: f32 = t664[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v667_13: f32 = v666_13 + l664_13;
    t667[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v667_13;
    let l227_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v668_13: f32 = v667_13 * l227_13;
    t668[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v668_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l660_14: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v666_14: f32 = acc3_2 + l660_14;
    let l664_14: f32 = t664[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v667_14: f32 = v666_14 + l664_14;
    t667[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v667_14;
    let l227_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v668_14: f32 = v667_14 * l227_14;
    t668[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v668_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l660_15: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v666_15: f32 = acc3_3 + l660_15;
    let l664_15: f32 = t664[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v667_15: f32 = v666_15 + l664_15;
    t667[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v667_15;
    let l227_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v668_15: f32 = v667_15 * l227_15;
    t668[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v668_15;
  }
}
