// kernel k76_einsum
@group(0) @binding(0) var<storage, read> t392: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(2) var<storage, read> t377: array<f32>;
@group(0) @binding(3) var<storage, read_write> t396: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t398: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k76_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t392[(row0 + ty) * 8i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 16i] = t392[(row0 + ty + 16i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 32i] = t392[(row0 + ty + 32i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 48i] = t392[(row0 + ty + 48i) * 8i + kA];
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
    let l377: f32 = t377[(row0 + ty) * 64i + (col0 + tx)];
    let v396: f32 = l377 + acc0_0;
    t396[(row0 + ty) * 64i + (col0 + tx)] = v396;
    let l233: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v398: f32 = v396 * l233;
    t398[(row0 + ty) * 64i + (col0 + tx)] = v398;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l377_1: f32 = t377[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v396_1: f32 = l377_1 + acc0_1;
    t396[(row0 + ty) * 64i + (col0 + tx) + 16i] = v396_1;
    let l233_1: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v398_1: f32 = v396_1 * l233_1;
    t398[(row0 + ty) * 64i + (col0 + tx) + 16i] = v398_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l377_2: f32 = t377[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v396_2: f32 = l377_2 + acc0_2;
    t396[(row0 + ty) * 64i + (col0 + tx) + 32i] = v396_2;
    let l233_2: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v398_2: f32 = v396_2 * l233_2;
    t398[(row0 + ty) * 64i + (col0 + tx) + 32i] = v398_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l377_3: f32 = t377[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v396_3: f32 = l377_3 + acc0_3;
    t396[(row0 + ty) * 64i + (col0 + tx) + 48i] = v396_3;
    let l233_3: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v398_3: f32 = v396_3 * l233_3;
    t398[(row0 + ty) * 64i + (col0 + tx) + 48i] = v398_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l377_4: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v396_4: f32 = l377_4 + acc1_0;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx)] = v396_4;
    let l233_4: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v398_4: f32 = v396_4 * l233_4;
    t398[(row0 + ty + 16i) * 64i + (col0 + tx)] = v398_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l377_5: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v396_5: f32 = l377_5 + acc1_1;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v396_5;
    let l233_5: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v398_5: f32 = v396_5 * l233_5;
    t398[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v398_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l377_6: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v396_6: f32 = l377_6 + acc1_2;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v396_6;
    let l233_6: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v398_6: f32 = v396_6 * l233_6;
    t398[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v398_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l377_7: f32 = t377[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v396_7: f32 = l377_7 + acc1_3;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v396_7;
    let l233_7: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v398_7: f32 = v396_7 * l233_7;
    t398[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v398_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l377_8: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v396_8: f32 = l377_8 + acc2_0;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx)] = v396_8;
    let l233_8: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v398_8: f32 = v396_8 * l233_8;
    t398[(row0 + ty + 32i) * 64i + (col0 + tx)] = v398_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l377_9: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v396_9: f32 = l377_9 + acc2_1;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v396_9;
    let l233_9: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v398_9: f32 = v396_9 * l233_9;
    t398[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v398_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l377_10: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v396_10: f32 = l377_10 + acc2_2;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v396_10;
    let l233_10: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v398_10: f32 = v396_10 * l233_10;
    t398[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v398_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l377_11: f32 = t377[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v396_11: f32 = l377_11 + acc2_3;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v396_11;
    let l233_11: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v398_11: f32 = v396_11 * l233_11;
    t398[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v398_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l377_12: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v396_12: f32 = l377_12 + acc3_0;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx)] = v396_12;
    let l233_12: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v398_12: f32 = v396_12 * l233_12;
    t398[(row0 + ty + 48i) * 64i + (col0 + tx)] = v398_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l377_13: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v396_13: f32 = l377_13 + acc3_1;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v396_13;
    let l233_13: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v398_13: f32 = v396_13 * l233_13;
    t398[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v398_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l377_14: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v396_14: f32 = l377_14 + acc3_2;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v396_14;
    let l233_14: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v398_14: f32 = v396_14 * l233_14;
    t398[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v398_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l377_15: f32 = t377[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v396_15: f32 = l377_15 + acc3_3;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v396_15;
    let l233_15: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v398_15: f32 = v396_15 * l233_15;
    t398[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v398_15;
  }
}
