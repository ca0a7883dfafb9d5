// kernel k45_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t178: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t249: array<f32>;
@group(0) @binding(4) var<storage, read_write> t250: array<f32>;
@group(0) @binding(5) var<storage, read_write> t251: array<f32>;
@group(0) @binding(6) var<storage, read> t252: array<f32>;
@group(0) @binding(7) var<storage, read_write> t254: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k45_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t178[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t178[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t178[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t178[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l248: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v249: f32 = acc0_0 + l248;
    t249[(row0 + ty) * 64i + (col0 + tx)] = v249;
    let v250: f32 = 1.0f / (1.0f + exp(min(-v249, 88.0f)));
    t250[(row0 + ty) * 64i + (col0 + tx)] = v250;
    let v251: f32 = v249 * v250;
    t251[(row0 + ty) * 64i + (col0 + tx)] = v251;
    let l253: f32 = t252[(row0 + ty) * 64i + (col0 + tx)];
    let v254: f32 = v251 * l253;
    t254[(row0 + ty) * 64i + (col0 + tx)] = v254;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l248_1: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v249_1: f32 = acc0_1 + l248_1;
    t249[(row0 + ty) * 64i + (col0 + tx) + 16i] = v249_1;
    let v250_1: f32 = 1.0f / (1.0f + exp(min(-v249_1, 88.0f)));
    t250[(row0 + ty) * 64i + (col0 + tx) + 16i] = v250_1;
    let v251_1: f32 = v249_1 * v250_1;
    t251[(row0 + ty) * 64i + (col0 + tx) + 16i] = v251_1;
    let l253_1: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v254_1: f32 = v251_1 * l253_1;
    t254[(row0 + ty) * 64i + (col0 + tx) + 16i] = v254_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l248_2: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v249_2: f32 = acc0_2 + l248_2;
    t249[(row0 + ty) * 64i + (col0 + tx) + 32i] = v249_2;
    let v250_2: f32 = 1.0f / (1.0f + exp(min(-v249_2, 88.0f)));
    t250[(row0 + ty) * 64i + (col0 + tx) + 32i] = v250_2;
    let v251_2: f32 = v249_2 * v250_2;
    t251[(row0 + ty) * 64i + (col0 + tx) + 32i] = v251_2;
    let l253_2: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v254_2: f32 = v251_2 * l253_2;
    t254[(row0 + ty) * 64i + (col0 + tx) + 32i] = v254_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l248_3: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v249_3: f32 = acc0_3 + l248_3;
    t249[(row0 + ty) * 64i + (col0 + tx) + 48i] = v249_3;
    let v250_3: f32 = 1.0f / (1.0f + exp(min(-v249_3, 88.0f)));
    t250[(row0 + ty) * 64i + (col0 + tx) + 48i] = v250_3;
    let v251_3: f32 = v249_3 * v250_3;
    t251[(row0 + ty) * 64i + (col0 + tx) + 48i] = v251_3;
    let l253_3: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v254_3: f32 = v251_3 * l253_3;
    t254[(row0 + ty) * 64i + (col0 + tx) + 48i] = v254_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l248_4: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v249_4: f32 = acc1_0 + l248_4;
    t249[(row0 + ty + 16i) * 64i + (col0 + tx)] = v249_4;
    let v250_4: f32 = 1.0f / (1.0f + exp(min(-v249_4, 88.0f)));
    t250[(row0 + ty + 16i) * 64i + (col0 + tx)] = v250_4;
    let v251_4: f32 = v249_4 * v250_4;
    t251[(row0 + ty + 16i) * 64i + (col0 + tx)] = v251_4;
    let l253_4: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v254_4: f32 = v251_4 * l253_4;
    t254[(row0 + ty + 16i) * 64i + (col0 + tx)] = v254_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l248_5: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v249_5: f32 = acc1_1 + l248_5;
    t249[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v249_5;
    let v250_5: f32 = 1.0f / (1.0f + exp(min(-v249_5, 88.0f)));
    t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v250_5;
    let v251_5: f32 = v249_5 * v250_5;
    t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v251_5;
    let l253_5: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v254_5: f32 = v251_5 * l253_5;
    t254[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v254_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l248_6: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v249_6: f32 = acc1_2 + l248_6;
    t249[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v249_6;
    let v250_6: f32 = 1.0f / (1.0f + exp(min(-v249_6, 88.0f)));
    t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v250_6;
    let v251_6: f32 = v249_6 * v250_6;
    t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v251_6;
    let l253_6: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v254_6: f32 = v251_6 * l253_6;
    t254[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v254_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l248_7: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v249_7: f32 = acc1_3 + l248_7;
    t249[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v249_7;
    let v250_7: f32 = 1.0f / (1.0f + exp(min(-v249_7, 88.0f)));
    t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v250_7;
    let v251_7: f32 = v249_7 * v250_7;
    t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v251_7;
    let l253_7: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v254_7: f32 = v251_7 * l253_7;
    t254[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v254_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l248_8: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v249_8: f32 = acc2_0 + l248_8;
    t249[(row0 + ty + 32i) * 64i + (col0 + tx)] = v249_8;
    let v250_8: f32 = 1.0f / (1.0f + exp(min(-v249_8, 88.0f)));
    t250[(row0 + ty + 32i) * 64i + (col0 + tx)] = v250_8;
    let v251_8: f32 = v249_8 * v250_8;
    t251[(row0 + ty + 32i) * 64i + (col0 + tx)] = v251_8;
    let l253_8: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v254_8: f32 = v251_8 * l253_8;
    t254[(row0 + ty + 32i) * 64i + (col0 + tx)] = v254_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l248_9: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v249_9: f32 = acc2_1 + l248_9;
    t249[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v249_9;
    let v250_9: f32 = 1.0f / (1.0f + exp(min(-v249_9, 88.0f)));
    t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v250_9;
    let v251_9: f32 = v249_9 * v250_9;
    t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v251_9;
    let l253_9: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v254_9: f32 = v251_9 * l253_9;
    t254[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v254_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l248_10: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v249_10: f32 = acc2_2 + l248_10;
    t249[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v249_10;
    let v250_10: f32 = 1.0f / (1.0f + exp(min(-v249_10, 88.0f)));
    t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v250_10;
    let v251_10: f32 = v249_10 * v250_10;
    t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v251_10;
    let l253_10: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v254_10: f32 = v251_10 * l253_10;
    t254[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v254_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l248_11: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v249_11: f32 = acc2_3 + l248_11;
    t249[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v249_11;
    let v250_11: f32 = 1.0f / (1.0f + exp(min(-v249_11, 88.0f)));
    t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v250_11;
    let v251_11: f32 = v249_11 * v250_11;
    t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v251_11;
    let l253_11: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v254_11: f32 = v251_11 * l253_11;
    t254[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v254_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l248_12: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v249_12: f32 = acc3_0 + l248_12;
    t249[(row0 + ty + 48i) * 64i + (col0 + tx)] = v249_12;
    let v250_12: f32 = 1.0f / (1.0f + exp(min(-v249_12, 88.0f)));
    t250[(row0 + ty + 48i) * 64i + (col0 + tx)] = v250_12;
    let v251_12: f32 = v249_12 * v250_12;
    t251[(row0 + ty + 48i) * 64i + (col0 + tx)] = v251_12;
    let l253_12: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v254_12: f32 = v251_12 * l253_12;
    t254[(row0 + ty + 48i) * 64i + (col0 + tx)] = v254_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l248_13: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v249_13: f32 = acc3_1 + l248_13;
    t249[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v249_13;
    let v250_13: f32 = 1.0f / (1.0f + exp(min(-v249_13, 88.0f)));
    t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v250_13;
    let v251_13: f32 = v249_13 * v250_13;
    t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v251_13;
    let l253_13: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v254_13: f32 = v251_13 * l253_13;
    t254[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v254_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l248_14: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v249_14: f32 = acc3_2 + l248_14;
    t249[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v249_14;
    let v250_14: f32 = 1.0f / (1.0f + exp(min(-v249_14, 88.0f)));
    t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v250_14;
    let v251_14: f32 = v249_14 * v250_14;
    t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v251_14;
    let l253_14: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v254_14: f32 = v251_14 * l253_14;
    t254[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v254_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l248_15: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v249_15: f32 = acc3_3 + l248_15;
    t249[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v249_15;
    let v250_15: f32 = 1.0f / (1.0f + exp(min(-v249_15, 88.0f)));
    t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v250_15;
    let v251_15: f32 = v249_15 * v250_15;
    t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v251_15;
    let l253_15: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v254_15: f32 = v251_15 * l253_15;
    t254[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v254_15;
  }
}
