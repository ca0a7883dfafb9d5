// kernel k139_einsum
@group(0) @binding(0) var<storage, read> t674: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t680: array<f32>;
@group(0) @binding(3) var<storage, read> t684: array<f32>;
@group(0) @binding(4) var<storage, read_write> t687: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t688: array<f32>;
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
      tileA[tx * 64i + ty] = t674[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t674[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t674[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t674[(row0 + ty + 48i) * 64i + kA];
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
    let l680: f32 = t680[(row0 + ty) * 64i + (col0 + tx)];
    let v686: f32 = acc0_0 + l680;
    let l684: f32 = t684[(row0 + ty) * 64i + (col0 + tx)];
    let v687: f32 = v686 + l684;
    t687[(row0 + ty) * 64i + (col0 + tx)] = v687;
    let l238: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v688: f32 = v687 * l238;
    t688[(row0 + ty) * 64i + (col0 + tx)] = v688;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l680_1: f32 = t680[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v686_1: f32 = acc0_1 + l680_1;
    let l684_1: f32 = t684[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v687_1: f32 = v686_1 + l684_1;
    t687[(row0 + ty) * 64i + (col0 + tx) + 16i] = v687_1;
    let l238_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v688_1: f32 = v687_1 * l238_1;
    t688[(row0 + ty) * 64i + (col0 + tx) + 16i] = v688_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l680_2: f32 = t680[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v686_2: f32 = acc0_2 + l680_2;
    let l684_2: f32 = t684[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v687_2: f32 = v686_2 + l684_2;
    t687[(row0 + ty) * 64i + (col0 + tx) + 32i] = v687_2;
    let l238_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v688_2: f32 = v687_2 * l238_2;
    t688[(row0 + ty) * 64i + (col0 + tx) + 32i] = v688_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l680_3: f32 = t680[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v686_3: f32 = acc0_3 + l680_3;
    let l684_3: f32 = t684[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v687_3: f32 = v686_3 + l684_3;
    t687[(row0 + ty) * 64i + (col0 + tx) + 48i] = v687_3;
    let l238_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v688_3: f32 = v687_3 * l238_3;
    t688[(row0 + ty) * 64i + (col0 + tx) + 48i] = v688_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l680_4: f32 = t680[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v686_4: f32 = acc1_0 + l680_4;
    let l684_4: f32 = t684[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v687_4: f32 = v686_4 + l684_4;
    t687[(row0 + ty + 16i) * 64i + (col0 + tx)] = v687_4;
    let l238_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v688_4: f32 = v687_4 * l238_4;
    t688[(row0 + ty + 16i) * 64i + (col0 + tx)] = v688_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l680_5: f32 = t680[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v686_5: f32 = acc1_1 + l680_5;
    let l684_5: f32 = t684[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v687_5: f32 = v686_5 + l684_5;
    t687[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v687_5;
    let l238_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v688_5: f32 = v687_5 * l238_5;
    t688[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v688_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l680_6: f32 = t680[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v686_6: f32 = acc1_2 + l680_6;
    let l684_6: f32 = t684[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v687_6: f32 = v686_6 + l684_6;
    t687[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v687_6;
    let l238_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v688_6: f32 = v687_6 * l238_6;
    t688[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v688_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l680_7: f32 = t680[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v686_7: f32 = acc1_3 + l680_7;
    let l684_7: f32 = t684[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v687_7: f32 = v686_7 + l684_7;
    t687[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v687_7;
    let l238_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v688_7: f32 = v687_7 * l238_7;
    t688[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v688_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l680_8: f32 = t680[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v686_8: f32 = acc2_0 + l680_8;
    let l684_8: f32 = t684[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v687_8: f32 = v686_8 + l684_8;
    t687[(row0 + ty + 32i) * 64i + (col0 + tx)] = v687_8;
    let l238_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v688_8: f32 = v687_8 * l238_8;
    t688[(row0 + ty + 32i) * 64i + (col0 + tx)] = v688_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l680_9: f32 = t680[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v686_9: f32 = acc2_1 + l680_9;
    let l684_9: f32 = t684[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v687_9: f32 = v686_9 + l684_9;
    t687[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v687_9;
    let l238_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v688_9: f32 = v687_9 * l238_9;
    t688[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v688_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l680_10: f32 = t680[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v686_10: f32 = acc2_2 + l680_10;
    let l684_10: f32 = t684[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v687_10: f32 = v686_10 + l684_10;
    t687[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v687_10;
    let l238_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v688_10: f32 = v687_10 * l238_10;
    t688[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v688_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l680_11: f32 = t680[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v686_11: f32 = acc2_3 + l680_11;
    let l684_11: f32 = t684[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v687_11: f32 = v686_11 + l684_11;
    t687[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v687_11;
    let l238_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v688_11: f32 = v687_11 * l238_11;
    t688[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v688_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l680_12: f32 = t680[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v686_12: f32 = acc3_0 + l680_12;
    let l684_12: f32 = t684[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v687_12: f32 = v686_12 + l684_12;
    t687[(row0 + ty + 48i) * 64i + (col0 + tx)] = v687_12;
    let l238_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v688_12: f32 = v687_12 * l238_12;
    t688[(row0 + ty + 48i) * 64i + (col0 + tx)] = v688_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l680_13: f32 = t680[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v686_13: f32 = acc3_1 + l680_13;
    let l684_13: f32 = t684[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v687_13: f32 = v686_13 + l684_13;
    t687[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v687_13;
    let l238_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v688_13: f32 = v687_13 * l238_13;
    t688[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v688_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l680_14: f32 = t680[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v686_14: f32 = acc3_2 + l680_14;
    let l684_14: f32 = t684[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v687_14: f32 = v686_14 + l684_14;
    t687[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v687_14;
    let l238_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v688_14: f32 = v687_14 * l238_14;
    t688[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v688_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l680_15: f32 = t680[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v686_15: f32 = acc3_3 + l680_15;
    let l684_15: f32 = t684[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v687_15: f32 = v686_15 + l684_15;
    t687[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v687_15;
    let l238_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v688_15: f32 = v687_15 * l238_15;
    t688[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v688_15;
  }
}
