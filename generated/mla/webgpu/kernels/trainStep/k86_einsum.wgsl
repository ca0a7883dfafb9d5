// kernel k86_einsum
@group(0) @binding(0) var<storage, read> t403: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(2) var<storage, read> t449: array<f32>;
@group(0) @binding(3) var<storage, read_write> t451: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t452: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k86_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t403[(row0 + ty) * 24i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 16i] = t403[(row0 + ty + 16i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 32i] = t403[(row0 + ty + 32i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 24i) {
      tileA[tx * 64i + ty + 48i] = t403[(row0 + ty + 48i) * 24i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 24i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + (col0 + bN) * 24i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + 4i + (col0 + bN) * 24i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + 8i + (col0 + bN) * 24i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 24i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wkv_a_w[bK + 12i + (col0 + bN) * 24i];
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
    let l449: f32 = t449[(row0 + ty) * 64i + (col0 + tx)];
    let v451: f32 = acc0_0 + l449;
    t451[(row0 + ty) * 64i + (col0 + tx)] = v451;
    let l161: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v452: f32 = v451 * l161;
    t452[(row0 + ty) * 64i + (col0 + tx)] = v452;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l449_1: f32 = t449[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v451_1: f32 = acc0_1 + l449_1;
    t451[(row0 + ty) * 64i + (col0 + tx) + 16i] = v451_1;
    let l161_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v452_1: f32 = v451_1 * l161_1;
    t452[(row0 + ty) * 64i + (col0 + tx) + 16i] = v452_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l449_2: f32 = t449[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v451_2: f32 = acc0_2 + l449_2;
    t451[(row0 + ty) * 64i + (col0 + tx) + 32i] = v451_2;
    let l161_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v452_2: f32 = v451_2 * l161_2;
    t452[(row0 + ty) * 64i + (col0 + tx) + 32i] = v452_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l449_3: f32 = t449[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v451_3: f32 = acc0_3 + l449_3;
    t451[(row0 + ty) * 64i + (col0 + tx) + 48i] = v451_3;
    let l161_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v452_3: f32 = v451_3 * l161_3;
    t452[(row0 + ty) * 64i + (col0 + tx) + 48i] = v452_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l449_4: f32 = t449[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v451_4: f32 = acc1_0 + l449_4;
    t451[(row0 + ty + 16i) * 64i + (col0 + tx)] = v451_4;
    let l161_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v452_4: f32 = v451_4 * l161_4;
    t452[(row0 + ty + 16i) * 64i + (col0 + tx)] = v452_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l449_5: f32 = t449[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v451_5: f32 = acc1_1 + l449_5;
    t451[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v451_5;
    let l161_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v452_5: f32 = v451_5 * l161_5;
    t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v452_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l449_6: f32 = t449[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v451_6: f32 = acc1_2 + l449_6;
    t451[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v451_6;
    let l161_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v452_6: f32 = v451_6 * l161_6;
    t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v452_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l449_7: f32 = t449[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v451_7: f32 = acc1_3 + l449_7;
    t451[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v451_7;
    let l161_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v452_7: f32 = v451_7 * l161_7;
    t452[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v452_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l449_8: f32 = t449[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v451_8: f32 = acc2_0 + l449_8;
    t451[(row0 + ty + 32i) * 64i + (col0 + tx)] = v451_8;
    let l161_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v452_8: f32 = v451_8 * l161_8;
    t452[(row0 + ty + 32i) * 64i + (col0 + tx)] = v452_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l449_9: f32 = t449[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v451_9: f32 = acc2_1 + l449_9;
    t451[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v451_9;
    let l161_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v452_9: f32 = v451_9 * l161_9;
    t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v452_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l449_10: f32 = t449[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v451_10: f32 = acc2_2 + l449_10;
    t451[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v451_10;
    let l161_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v452_10: f32 = v451_10 * l161_10;
    t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v452_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l449_11: f32 = t449[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v451_11: f32 = acc2_3 + l449_11;
    t451[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v451_11;
    let l161_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v452_11: f32 = v451_11 * l161_11;
    t452[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v452_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l449_12: f32 = t449[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v451_12: f32 = acc3_0 + l449_12;
    t451[(row0 + ty + 48i) * 64i + (col0 + tx)] = v451_12;
    let l161_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v452_12: f32 = v451_12 * l161_12;
    t452[(row0 + ty + 48i) * 64i + (col0 + tx)] = v452_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l449_13: f32 = t449[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v451_13: f32 = acc3_1 + l449_13;
    t451[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v451_13;
    let l161_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v452_13: f32 = v451_13 * l161_13;
    t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v452_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l449_14: f32 = t449[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v451_14: f32 = acc3_2 + l449_14;
    t451[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v451_14;
    let l161_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v452_14: f32 = v451_14 * l161_14;
    t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v452_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l449_15: f32 = t449[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v451_15: f32 = acc3_3 + l449_15;
    t451[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v451_15;
    let l161_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v452_15: f32 = v451_15 * l161_15;
    t452[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v452_15;
  }
}
