// kernel k204_einsum
@group(0) @binding(0) var<storage, read> t925: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t931: array<f32>;
@group(0) @binding(3) var<storage, read> t935: array<f32>;
@group(0) @binding(4) var<storage, read_write> t938: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t939: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k204_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t925[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t925[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t925[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t925[(row0 + ty + 48i) * 64i + kA];
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
    let l931: f32 = t931[(row0 + ty) * 64i + (col0 + tx)];
    let v937: f32 = acc0_0 + l931;
    let l935: f32 = t935[(row0 + ty) * 64i + (col0 + tx)];
    let v938: f32 = v937 + l935;
    t938[(row0 + ty) * 64i + (col0 + tx)] = v938;
    let l44: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v939: f32 = v938 * l44;
    t939[(row0 + ty) * 64i + (col0 + tx)] = v939;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l931_1: f32 = t931[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v937_1: f32 = acc0_1 + l931_1;
    let l935_1: f32 = t935[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v938_1: f32 = v937_1 + l935_1;
    t938[(row0 + ty) * 64i + (col0 + tx) + 16i] = v938_1;
    let l44_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v939_1: f32 = v938_1 * l44_1;
    t939[(row0 + ty) * 64i + (col0 + tx) + 16i] = v939_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l931_2: f32 = t931[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v937_2: f32 = acc0_2 + l931_2;
    let l935_2: f32 = t935[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v938_2: f32 = v937_2 + l935_2;
    t938[(row0 + ty) * 64i + (col0 + tx) + 32i] = v938_2;
    let l44_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v939_2: f32 = v938_2 * l44_2;
    t939[(row0 + ty) * 64i + (col0 + tx) + 32i] = v939_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l931_3: f32 = t931[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v937_3: f32 = acc0_3 + l931_3;
    let l935_3: f32 = t935[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v938_3: f32 = v937_3 + l935_3;
    t938[(row0 + ty) * 64i + (col0 + tx) + 48i] = v938_3;
    let l44_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v939_3: f32 = v938_3 * l44_3;
    t939[(row0 + ty) * 64i + (col0 + tx) + 48i] = v939_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l931_4: f32 = t931[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v937_4: f32 = acc1_0 + l931_4;
    let l935_4: f32 = t935[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v938_4: f32 = v937_4 + l935_4;
    t938[(row0 + ty + 16i) * 64i + (col0 + tx)] = v938_4;
    let l44_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v939_4: f32 = v938_4 * l44_4;
    t939[(row0 + ty + 16i) * 64i + (col0 + tx)] = v939_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l931_5: f32 = t931[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v937_5: f32 = acc1_1 + l931_5;
    let l935_5: f32 = t935[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v938_5: f32 = v937_5 + l935_5;
    t938[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v938_5;
    let l44_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v939_5: f32 = v938_5 * l44_5;
    t939[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v939_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l931_6: f32 = t931[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v937_6: f32 = acc1_2 + l931_6;
    let l935_6: f32 = t935[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v938_6: f32 = v937_6 + l935_6;
    t938[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v938_6;
    let l44_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v939_6: f32 = v938_6 * l44_6;
    t939[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v939_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l931_7: f32 = t931[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v937_7: f32 = acc1_3 + l931_7;
    let l935_7: f32 = t935[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v938_7: f32 = v937_7 + l935_7;
    t938[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v938_7;
    let l44_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v939_7: f32 = v938_7 * l44_7;
    t939[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v939_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l931_8: f32 = t931[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v937_8: f32 = acc2_0 + l931_8;
    let l935_8: f32 = t935[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v938_8: f32 = v937_8 + l935_8;
    t938[(row0 + ty + 32i) * 64i + (col0 + tx)] = v938_8;
    let l44_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v939_8: f32 = v938_8 * l44_8;
    t939[(row0 + ty + 32i) * 64i + (col0 + tx)] = v939_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l931_9: f32 = t931[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v937_9: f32 = acc2_1 + l931_9;
    let l935_9: f32 = t935[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v938_9: f32 = v937_9 + l935_9;
    t938[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v938_9;
    let l44_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v939_9: f32 = v938_9 * l44_9;
    t939[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v939_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l931_10: f32 = t931[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v937_10: f32 = acc2_2 + l931_10;
    let l935_10: f32 = t935[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v938_10: f32 = v937_10 + l935_10;
    t938[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v938_10;
    let l44_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v939_10: f32 = v938_10 * l44_10;
    t939[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v939_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l931_11: f32 = t931[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v937_11: f32 = acc2_3 + l931_11;
    let l935_11: f32 = t935[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v938_11: f32 = v937_11 + l935_11;
    t938[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v938_11;
    let l44_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v939_11: f32 = v938_11 * l44_11;
    t939[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v939_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l931_12: f32 = t931[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v937_12: f32 = acc3_0 + l931_12;
    let l935_12: f32 = t935[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v938_12: f32 = v937_12 + l935_12;
    t938[(row0 + ty + 48i) * 64i + (col0 + tx)] = v938_12;
    let l44_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v939_12: f32 = v938_12 * l44_12;
    t939[(row0 + ty + 48i) * 64i + (col0 + tx)] = v939_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l931_13: f32 = t931[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v937_13: f32 = acc3_1 + l931_13;
    let l935_13: f32 = t935[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v938_13: f32 = v937_13 + l935_13;
    t938[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v938_13;
    let l44_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v939_13: f32 = v938_13 * l44_13;
    t939[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v939_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l931_14: f32 = t931[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v937_14: f32 = acc3_2 + l931_14;
    let l935_14: f32 = t935[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v938_14: f32 = v937_14 + l935_14;
    t938[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v938_14;
    let l44_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v939_14: f32 = v938_14 * l44_14;
    t939[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v939_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l931_15: f32 = t931[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v937_15: f32 = acc3_3 + l931_15;
    let l935_15: f32 = t935[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v938_15: f32 = v937_15 + l935_15;
    t938[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v938_15;
    let l44_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v939_15: f32 = v938_15 * l44_15;
    t939[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v939_15;
  }
}
