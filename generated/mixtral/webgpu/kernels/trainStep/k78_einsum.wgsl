// kernel k78_einsum
@group(0) @binding(0) var<storage, read> t423: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(2) var<storage, read> t408: array<f32>;
@group(0) @binding(3) var<storage, read_write> t427: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t429: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k78_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 1i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 8i) {
      tileA[tx * 64i + ty] = t423[(row0 + ty) * 8i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 16i] = t423[(row0 + ty + 16i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 32i] = t423[(row0 + ty + 32i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 48i] = t423[(row0 + ty + 48i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 8i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_moe_router_w[bK + (col0 + bN) * 8i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 8i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_moe_router_w[bK + 4i + (col0 + bN) * 8i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 8i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_moe_router_w[bK + 8i + (col0 + bN) * 8i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 8i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_moe_router_w[bK + 12i + (col0 + bN) * 8i];
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
    let l408: f32 = t408[(row0 + ty) * 64i + (col0 + tx)];
    let v427: f32 = l408 + acc0_0;
    t427[(row0 + ty) * 64i + (col0 + tx)] = v427;
    let l250: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v429: f32 = v427 * l250;
    t429[(row0 + ty) * 64i + (col0 + tx)] = v429;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l408_1: f32 = t408[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v427_1: f32 = l408_1 + acc0_1;
    t427[(row0 + ty) * 64i + (col0 + tx) + 16i] = v427_1;
    let l250_1: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v429_1: f32 = v427_1 * l250_1;
    t429[(row0 + ty) * 64i + (col0 + tx) + 16i] = v429_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l408_2: f32 = t408[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v427_2: f32 = l408_2 + acc0_2;
    t427[(row0 + ty) * 64i + (col0 + tx) + 32i] = v427_2;
    let l250_2: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v429_2: f32 = v427_2 * l250_2;
    t429[(row0 + ty) * 64i + (col0 + tx) + 32i] = v429_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l408_3: f32 = t408[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v427_3: f32 = l408_3 + acc0_3;
    t427[(row0 + ty) * 64i + (col0 + tx) + 48i] = v427_3;
    let l250_3: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v429_3: f32 = v427_3 * l250_3;
    t429[(row0 + ty) * 64i + (col0 + tx) + 48i] = v429_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l408_4: f32 = t408[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v427_4: f32 = l408_4 + acc1_0;
    t427[(row0 + ty + 16i) * 64i + (col0 + tx)] = v427_4;
    let l250_4: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v429_4: f32 = v427_4 * l250_4;
    t429[(row0 + ty + 16i) * 64i + (col0 + tx)] = v429_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l408_5: f32 = t408[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v427_5: f32 = l408_5 + acc1_1;
    t427[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v427_5;
    let l250_5: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v429_5: f32 = v427_5 * l250_5;
    t429[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v429_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l408_6: f32 = t408[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v427_6: f32 = l408_6 + acc1_2;
    t427[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v427_6;
    let l250_6: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v429_6: f32 = v427_6 * l250_6;
    t429[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v429_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l408_7: f32 = t408[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v427_7: f32 = l408_7 + acc1_3;
    t427[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v427_7;
    let l250_7: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v429_7: f32 = v427_7 * l250_7;
    t429[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v429_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l408_8: f32 = t408[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v427_8: f32 = l408_8 + acc2_0;
    t427[(row0 + ty + 32i) * 64i + (col0 + tx)] = v427_8;
    let l250_8: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v429_8: f32 = v427_8 * l250_8;
    t429[(row0 + ty + 32i) * 64i + (col0 + tx)] = v429_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l408_9: f32 = t408[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v427_9: f32 = l408_9 + acc2_1;
    t427[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v427_9;
    let l250_9: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v429_9: f32 = v427_9 * l250_9;
    t429[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v429_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l408_10: f32 = t408[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v427_10: f32 = l408_10 + acc2_2;
    t427[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v427_10;
    let l250_10: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v429_10: f32 = v427_10 * l250_10;
    t429[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v429_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l408_11: f32 = t408[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v427_11: f32 = l408_11 + acc2_3;
    t427[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v427_11;
    let l250_11: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v429_11: f32 = v427_11 * l250_11;
    t429[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v429_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l408_12: f32 = t408[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v427_12: f32 = l408_12 + acc3_0;
    t427[(row0 + ty + 48i) * 64i + (col0 + tx)] = v427_12;
    let l250_12: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v429_12: f32 = v427_12 * l250_12;
    t429[(row0 + ty + 48i) * 64i + (col0 + tx)] = v429_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l408_13: f32 = t408[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v427_13: f32 = l408_13 + acc3_1;
    t427[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v427_13;
    let l250_13: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v429_13: f32 = v427_13 * l250_13;
    t429[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v429_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l408_14: f32 = t408[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v427_14: f32 = l408_14 + acc3_2;
    t427[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v427_14;
    let l250_14: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v429_14: f32 = v427_14 * l250_14;
    t429[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v429_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l408_15: f32 = t408[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v427_15: f32 = l408_15 + acc3_3;
    t427[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v427_15;
    let l250_15: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v429_15: f32 = v427_15 * l250_15;
    t429[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v429_15;
  }
}
