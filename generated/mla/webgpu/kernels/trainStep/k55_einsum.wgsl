// kernel k55_einsum
@group(0) @binding(0) var<storage, read> t324: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t335: array<f32>;
@group(0) @binding(3) var<storage, read_write> t337: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t338: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k55_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t324[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t324[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t324[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t324[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l335: f32 = t335[(row0 + ty) * 64i + (col0 + tx)];
    let v337: f32 = acc0_0 + l335;
    t337[(row0 + ty) * 64i + (col0 + tx)] = v337;
    let l247: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v338: f32 = v337 * l247;
    t338[(row0 + ty) * 64i + (col0 + tx)] = v338;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l335_1: f32 = t335[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v337_1: f32 = acc0_1 + l335_1;
    t337[(row0 + ty) * 64i + (col0 + tx) + 16i] = v337_1;
    let l247_1: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v338_1: f32 = v337_1 * l247_1;
    t338[(row0 + ty) * 64i + (col0 + tx) + 16i] = v338_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l335_2: f32 = t335[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v337_2: f32 = acc0_2 + l335_2;
    t337[(row0 + ty) * 64i + (col0 + tx) + 32i] = v337_2;
    let l247_2: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v338_2: f32 = v337_2 * l247_2;
    t338[(row0 + ty) * 64i + (col0 + tx) + 32i] = v338_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l335_3: f32 = t335[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v337_3: f32 = acc0_3 + l335_3;
    t337[(row0 + ty) * 64i + (col0 + tx) + 48i] = v337_3;
    let l247_3: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v338_3: f32 = v337_3 * l247_3;
    t338[(row0 + ty) * 64i + (col0 + tx) + 48i] = v338_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l335_4: f32 = t335[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v337_4: f32 = acc1_0 + l335_4;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx)] = v337_4;
    let l247_4: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v338_4: f32 = v337_4 * l247_4;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx)] = v338_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l335_5: f32 = t335[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v337_5: f32 = acc1_1 + l335_5;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v337_5;
    let l247_5: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v338_5: f32 = v337_5 * l247_5;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v338_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l335_6: f32 = t335[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v337_6: f32 = acc1_2 + l335_6;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v337_6;
    let l247_6: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v338_6: f32 = v337_6 * l247_6;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v338_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l335_7: f32 = t335[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v337_7: f32 = acc1_3 + l335_7;
    t337[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v337_7;
    let l247_7: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v338_7: f32 = v337_7 * l247_7;
    t338[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v338_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l335_8: f32 = t335[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v337_8: f32 = acc2_0 + l335_8;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx)] = v337_8;
    let l247_8: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v338_8: f32 = v337_8 * l247_8;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx)] = v338_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l335_9: f32 = t335[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v337_9: f32 = acc2_1 + l335_9;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v337_9;
    let l247_9: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v338_9: f32 = v337_9 * l247_9;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v338_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l335_10: f32 = t335[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v337_10: f32 = acc2_2 + l335_10;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v337_10;
    let l247_10: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v338_10: f32 = v337_10 * l247_10;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v338_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l335_11: f32 = t335[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v337_11: f32 = acc2_3 + l335_11;
    t337[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v337_11;
    let l247_11: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v338_11: f32 = v337_11 * l247_11;
    t338[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v338_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l335_12: f32 = t335[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v337_12: f32 = acc3_0 + l335_12;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx)] = v337_12;
    let l247_12: f32 = p_layers_1_mlp_norm_g[col0 + tx];
    let v338_12: f32 = v337_12 * l247_12;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx)] = v338_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l335_13: f32 = t335[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v337_13: f32 = acc3_1 + l335_13;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v337_13;
    let l247_13: f32 = p_layers_1_mlp_norm_g[col0 + tx + 16i];
    let v338_13: f32 = v337_13 * l247_13;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v338_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l335_14: f32 = t335[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v337_14: f32 = acc3_2 + l335_14;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v337_14;
    let l247_14: f32 = p_layers_1_mlp_norm_g[col0 + tx + 32i];
    let v338_14: f32 = v337_14 * l247_14;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v338_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l335_15: f32 = t335[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v337_15: f32 = acc3_3 + l335_15;
    t337[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v337_15;
    let l247_15: f32 = p_layers_1_mlp_norm_g[col0 + tx + 48i];
    let v338_15: f32 = v337_15 * l247_15;
    t338[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v338_15;
  }
}
