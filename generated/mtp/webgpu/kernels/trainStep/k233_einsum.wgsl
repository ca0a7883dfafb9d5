// kernel k233_einsum
@group(0) @binding(0) var<storage, read> t1182: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t1188: array<f32>;
@group(0) @binding(3) var<storage, read> t1192: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1195: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1196: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k233_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1182[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t1182[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t1182[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t1182[(row0 + ty + 48i) * 64i + kA];
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
    let l1188: f32 = t1188[(row0 + ty) * 64i + (col0 + tx)];
    let v1194: f32 = acc0_0 + l1188;
    let l1192: f32 = t1192[(row0 + ty) * 64i + (col0 + tx)];
    let v1195: f32 = v1194 + l1192;
    t1195[(row0 + ty) * 64i + (col0 + tx)] = v1195;
    let l158: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v1196: f32 = v1195 * l158;
    t1196[(row0 + ty) * 64i + (col0 + tx)] = v1196;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l1188_1: f32 = t1188[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1194_1: f32 = acc0_1 + l1188_1;
    let l1192_1: f32 = t1192[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1195_1: f32 = v1194_1 + l1192_1;
    t1195[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1195_1;
    let l158_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v1196_1: f32 = v1195_1 * l158_1;
    t1196[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1196_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l1188_2: f32 = t1188[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1194_2: f32 = acc0_2 + l1188_2;
    let l1192_2: f32 = t1192[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1195_2: f32 = v1194_2 + l1192_2;
    t1195[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1195_2;
    let l158_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v1196_2: f32 = v1195_2 * l158_2;
    t1196[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1196_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l1188_3: f32 = t1188[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1194_3: f32 = acc0_3 + l1188_3;
    let l1192_3: f32 = t1192[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1195_3: f32 = v1194_3 + l1192_3;
    t1195[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1195_3;
    let l158_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v1196_3: f32 = v1195_3 * l158_3;
    t1196[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1196_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l1188_4: f32 = t1188[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1194_4: f32 = acc1_0 + l1188_4;
    let l1192_4: f32 = t1192[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1195_4: f32 = v1194_4 + l1192_4;
    t1195[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1195_4;
    let l158_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v1196_4: f32 = v1195_4 * l158_4;
    t1196[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1196_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l1188_5: f32 = t1188[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1194_5: f32 = acc1_1 + l1188_5;
    let l1192_5: f32 = t1192[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1195_5: f32 = v1194_5 + l1192_5;
    t1195[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1195_5;
    let l158_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v1196_5: f32 = v1195_5 * l158_5;
    t1196[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1196_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l1188_6: f32 = t1188[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1194_6: f32 = acc1_2 + l1188_6;
    let l1192_6: f32 = t1192[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1195_6: f32 = v1194_6 + l1192_6;
    t1195[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1195_6;
    let l158_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v1196_6: f32 = v1195_6 * l158_6;
    t1196[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1196_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l1188_7: f32 = t1188[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1194_7: f32 = acc1_3 + l1188_7;
    let l1192_7: f32 = t1192[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1195_7: f32 = v1194_7 + l1192_7;
    t1195[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1195_7;
    let l158_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v1196_7: f32 = v1195_7 * l158_7;
    t1196[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1196_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l1188_8: f32 = t1188[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1194_8: f32 = acc2_0 + l1188_8;
    let l1192_8: f32 = t1192[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1195_8: f32 = v1194_8 + l1192_8;
    t1195[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1195_8;
    let l158_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v1196_8: f32 = v1195_8 * l158_8;
    t1196[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1196_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l1188_9: f32 = t1188[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1194_9: f32 = acc2_1 + l1188_9;
    let l1192_9: f32 = t1192[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1195_9: f32 = v1194_9 + l1192_9;
    t1195[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1195_9;
    let l158_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v1196_9: f32 = v1195_9 * l158_9;
    t1196[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1196_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l1188_10: f32 = t1188[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1194_10: f32 = acc2_2 + l1188_10;
    let l1192_10: f32 = t1192[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1195_10: f32 = v1194_10 + l1192_10;
    t1195[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1195_10;
    let l158_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v1196_10: f32 = v1195_10 * l158_10;
    t1196[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1196_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l1188_11: f32 = t1188[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1194_11: f32 = acc2_3 + l1188_11;
    let l1192_11: f32 = t1192[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1195_11: f32 = v1194_11 + l1192_11;
    t1195[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1195_11;
    let l158_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v1196_11: f32 = v1195_11 * l158_11;
    t1196[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1196_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l1188_12: f32 = t1188[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1194_12: f32 = acc3_0 + l1188_12;
    let l1192_12: f32 = t1192[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1195_12: f32 = v1194_12 + l1192_12;
    t1195[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1195_12;
    let l158_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v1196_12: f32 = v1195_12 * l158_12;
    t1196[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1196_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l1188_13: f32 = t1188[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1194_13: f32 = acc3_1 + l1188_13;
    let l1192_13: f32 = t1192[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1195_13: f32 = v1194_13 + l1192_13;
    t1195[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1195_13;
    let l158_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v1196_13: f32 = v1195_13 * l158_13;
    t1196[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1196_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l1188_14: f32 = t1188[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1194_14: f32 = acc3_2 + l1188_14;
    let l1192_14: f32 = t1192[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1195_14: f32 = v1194_14 + l1192_14;
    t1195[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1195_14;
    let l158_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v1196_14: f32 = v1195_14 * l158_14;
    t1196[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1196_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l1188_15: f32 = t1188[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1194_15: f32 = acc3_3 + l1188_15;
    let l1192_15: f32 = t1192[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1195_15: f32 = v1194_15 + l1192_15;
    t1195[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1195_15;
    let l158_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v1196_15: f32 = v1195_15 * l158_15;
    t1196[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1196_15;
  }
}
