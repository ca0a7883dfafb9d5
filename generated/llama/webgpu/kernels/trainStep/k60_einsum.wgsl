// kernel k60_einsum
@group(0) @binding(0) var<storage, read> t324: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t330: array<f32>;
@group(0) @binding(3) var<storage, read> t334: array<f32>;
@group(0) @binding(4) var<storage, read_write> t337: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t338: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k60_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t324[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t324[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t324[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t324[(row0 + ty + 48i) * 64i + kA];
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
    let l330: f32 = t330[(row0 + ty) * 64i + (col0 + tx)];
    let v336: f32 = acc0_0 + l330;
    let l334: f32 = t334[(row0 + ty) * 64i + (col0 + tx)];
    let v337: f32 = v336 + l334;
    t337[(row0 + ty) * 64i + (col0 + tx)] = v337;
    let l122: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v338: f32 = v337 * l122;
    t338[(row0 + ty) * 64i + (col0 + tx)] = v338;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l330_1: f32 = t330[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v336_1: f32 = acc0_1 + l330_1;
    let l334_1: f32 = t334[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v337_1: f32 = v336_1 + l334_1;
    t337[(row0 + ty) * 64i + (col0 + tx) + 16i] = v337_1;
    let l122_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v338_1: f32 = v337_1 * l122_1;
    t338[(row0 + ty) * 64i + (col0 + tx) + 16i] = v338_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l330_2: f32 = t330[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v336_2: f32 = acc0_2 + l330_2;
    let l334_2: f32 = t334[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v337_2: f32 = v336_2 + l334_2;
    t337[(row0 + ty) * 64i + (col0 + tx) + 32i] = v337_2;
    let l122_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v338_2: f32 = v337_2 * l122_2;
    t338[(row0 + ty) * 64i + (col0 + tx) + 32i] = v338_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l330_3: f32 = t330[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v336_3: f32 = acc0_3 + l330_3;
    let l334_3: f32 = t334[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v337_3: f32 = v336_3 + l334_3;
    t337[(row0 + ty) * 64i + (col0 + tx) + 48i] = v337_3;
    let l122_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v338_3: f32 = v337_3 * l122_3;
    t338[(row0 + ty) * 64i + (col0 + tx) + 48i] = v338_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l330_4: f32 = t330[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v336_4: f32 = acc1_0 + l330_4;
    let l334_4: f32 = t334[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v337_4: f32 = v336_4 + l334_4;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx)] = v337_4;
    let l122_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v338_4: f32 = v337_4 * l122_4;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx)] = v338_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l330_5: f32 = t330[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v336_5: f32 = acc1_1 + l330_5;
    let l334_5: f32 = t334[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v337_5: f32 = v336_5 + l334_5;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v337_5;
    let l122_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v338_5: f32 = v337_5 * l122_5;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v338_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l330_6: f32 = t330[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v336_6: f32 = acc1_2 + l330_6;
    let l334_6: f32 = t334[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v337_6: f32 = v336_6 + l334_6;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v337_6;
    let l122_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v338_6: f32 = v337_6 * l122_6;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v338_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l330_7: f32 = t330[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v336_7: f32 = acc1_3 + l330_7;
    let l334_7: f32 = t334[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v337_7: f32 = v336_7 + l334_7;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v337_7;
    let l122_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v338_7: f32 = v337_7 * l122_7;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v338_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l330_8: f32 = t330[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v336_8: f32 = acc2_0 + l330_8;
    let l334_8: f32 = t334[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v337_8: f32 = v336_8 + l334_8;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx)] = v337_8;
    let l122_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v338_8: f32 = v337_8 * l122_8;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx)] = v338_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l330_9: f32 = t330[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v336_9: f32 = acc2_1 + l330_9;
    let l334_9: f32 = t334[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v337_9: f32 = v336_9 + l334_9;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v337_9;
    let l122_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v338_9: f32 = v337_9 * l122_9;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v338_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l330_10: f32 = t330[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v336_10: f32 = acc2_2 + l330_10;
    let l334_10: f32 = t334[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v337_10: f32 = v336_10 + l334_10;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v337_10;
    let l122_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v338_10: f32 = v337_10 * l122_10;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v338_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l330_11: f32 = t330[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v336_11: f32 = acc2_3 + l330_11;
    let l334_11: f32 = t334[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v337_11: f32 = v336_11 + l334_11;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v337_11;
    let l122_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v338_11: f32 = v337_11 * l122_11;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v338_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l330_12: f32 = t330[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v336_12: f32 = acc3_0 + l330_12;
    let l334_12: f32 = t334[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v337_12: f32 = v336_12 + l334_12;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx)] = v337_12;
    let l122_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v338_12: f32 = v337_12 * l122_12;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx)] = v338_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l330_13: f32 = t330[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v336_13: f32 = acc3_1 + l330_13;
    let l334_13: f32 = t334[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v337_13: f32 = v336_13 + l334_13;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v337_13;
    let l122_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v338_13: f32 = v337_13 * l122_13;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v338_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l330_14: f32 = t330[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v336_14: f32 = acc3_2 + l330_14;
    let l334_14: f32 = t334[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v337_14: f32 = v336_14 + l334_14;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v337_14;
    let l122_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v338_14: f32 = v337_14 * l122_14;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v338_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l330_15: f32 = t330[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v336_15: f32 = acc3_3 + l330_15;
    let l334_15: f32 = t334[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v337_15: f32 = v336_15 + l334_15;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v337_15;
    let l122_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v338_15: f32 = v337_15 * l122_15;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v338_15;
  }
}
