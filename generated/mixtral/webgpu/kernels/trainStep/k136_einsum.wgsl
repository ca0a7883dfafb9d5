// kernel k136_einsum
@group(0) @binding(0) var<storage, read> t659: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_router_w: array<f32>;
@group(0) @binding(2) var<storage, read> t647: array<f32>;
@group(0) @binding(3) var<storage, read_write> t663: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t665: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k136_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t659[(row0 + ty) * 8i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 16i] = t659[(row0 + ty + 16i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 32i] = t659[(row0 + ty + 32i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 8i) {
      tileA[tx * 64i + ty + 48i] = t659[(row0 + ty + 48i) * 8i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 8i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_moe_router_w[bK + (col0 + bN) * 8i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 8i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_moe_router_w[bK + 4i + (col0 + bN) * 8i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 8i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_moe_router_w[bK + 8i + (col0 + bN) * 8i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 8i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_moe_router_w[bK + 12i + (col0 + bN) * 8i];
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
    let l647: f32 = t647[(row0 + ty) * 64i + (col0 + tx)];
    let v663: f32 = l647 + acc0_0;
    t663[(row0 + ty) * 64i + (col0 + tx)] = v663;
    let l109: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v665: f32 = v663 * l109;
    t665[(row0 + ty) * 64i + (col0 + tx)] = v665;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l647_1: f32 = t647[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v663_1: f32 = l647_1 + acc0_1;
    t663[(row0 + ty) * 64i + (col0 + tx) + 16i] = v663_1;
    let l109_1: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v665_1: f32 = v663_1 * l109_1;
    t665[(row0 + ty) * 64i + (col0 + tx) + 16i] = v665_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l647_2: f32 = t647[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v663_2: f32 = l647_2 + acc0_2;
    t663[(row0 + ty) * 64i + (col0 + tx) + 32i] = v663_2;
    let l109_2: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v665_2: f32 = v663_2 * l109_2;
    t665[(row0 + ty) * 64i + (col0 + tx) + 32i] = v665_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l647_3: f32 = t647[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v663_3: f32 = l647_3 + acc0_3;
    t663[(row0 + ty) * 64i + (col0 + tx) + 48i] = v663_3;
    let l109_3: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v665_3: f32 = v663_3 * l109_3;
    t665[(row0 + ty) * 64i + (col0 + tx) + 48i] = v665_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l647_4: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v663_4: f32 = l647_4 + acc1_0;
    t663[(row0 + ty + 16i) * 64i + (col0 + tx)] = v663_4;
    let l109_4: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v665_4: f32 = v663_4 * l109_4;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx)] = v665_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l647_5: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v663_5: f32 = l647_5 + acc1_1;
    t663[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v663_5;
    let l109_5: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v665_5: f32 = v663_5 * l109_5;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v665_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l647_6: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v663_6: f32 = l647_6 + acc1_2;
    t663[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v663_6;
    let l109_6: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v665_6: f32 = v663_6 * l109_6;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v665_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l647_7: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v663_7: f32 = l647_7 + acc1_3;
    t663[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v663_7;
    let l109_7: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v665_7: f32 = v663_7 * l109_7;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v665_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l647_8: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v663_8: f32 = l647_8 + acc2_0;
    t663[(row0 + ty + 32i) * 64i + (col0 + tx)] = v663_8;
    let l109_8: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v665_8: f32 = v663_8 * l109_8;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx)] = v665_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l647_9: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v663_9: f32 = l647_9 + acc2_1;
    t663[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v663_9;
    let l109_9: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v665_9: f32 = v663_9 * l109_9;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v665_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l647_10: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v663_10: f32 = l647_10 + acc2_2;
    t663[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v663_10;
    let l109_10: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v665_10: f32 = v663_10 * l109_10;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v665_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l647_11: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v663_11: f32 = l647_11 + acc2_3;
    t663[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v663_11;
    let l109_11: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v665_11: f32 = v663_11 * l109_11;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v665_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l647_12: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v663_12: f32 = l647_12 + acc3_0;
    t663[(row0 + ty + 48i) * 64i + (col0 + tx)] = v663_12;
    let l109_12: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v665_12: f32 = v663_12 * l109_12;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx)] = v665_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l647_13: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v663_13: f32 = l647_13 + acc3_1;
    t663[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v663_13;
    let l109_13: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v665_13: f32 = v663_13 * l109_13;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v665_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l647_14: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v663_14: f32 = l647_14 + acc3_2;
    t663[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v663_14;
    let l109_14: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v665_14: f32 = v663_14 * l109_14;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v665_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l647_15: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v663_15: f32 = l647_15 + acc3_3;
    t663[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v663_15;
    let l109_15: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v665_15: f32 = v663_15 * l109_15;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v665_15;
  }
}
