// kernel k43a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t248: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t249: array<f32>;
@group(0) @binding(3) var<storage, read_write> t251: array<f32>;
@group(0) @binding(4) var<storage, read_write> t252: array<f32>;
@group(0) @binding(5) var<storage, read_write> t253: array<f32>;
@group(0) @binding(6) var<storage, read_write> t254: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k43a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t248[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t248[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t248[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t248[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    t249[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v250: f32 = -acc0_0;
    let v251: f32 = exp(v250);
    t251[(row0 + ty) * 176i + (col0 + tx)] = v251;
    let v252: f32 = 1.0f + v251;
    t252[(row0 + ty) * 176i + (col0 + tx)] = v252;
    let v253: f32 = 1.0f / v252;
    t253[(row0 + ty) * 176i + (col0 + tx)] = v253;
    let v254: f32 = acc0_0 * v253;
    t254[(row0 + ty) * 176i + (col0 + tx)] = v254;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t249[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v250_1: f32 = -acc0_1;
    let v251_1: f32 = exp(v250_1);
    t251[(row0 + ty) * 176i + (col0 + tx) + 16i] = v251_1;
    let v252_1: f32 = 1.0f + v251_1;
    t252[(row0 + ty) * 176i + (col0 + tx) + 16i] = v252_1;
    let v253_1: f32 = 1.0f / v252_1;
    t253[(row0 + ty) * 176i + (col0 + tx) + 16i] = v253_1;
    let v254_1: f32 = acc0_1 * v253_1;
    t254[(row0 + ty) * 176i + (col0 + tx) + 16i] = v254_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t249[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v250_2: f32 = -acc0_2;
    let v251_2: f32 = exp(v250_2);
    t251[(row0 + ty) * 176i + (col0 + tx) + 32i] = v251_2;
    let v252_2: f32 = 1.0f + v251_2;
    t252[(row0 + ty) * 176i + (col0 + tx) + 32i] = v252_2;
    let v253_2: f32 = 1.0f / v252_2;
    t253[(row0 + ty) * 176i + (col0 + tx) + 32i] = v253_2;
    let v254_2: f32 = acc0_2 * v253_2;
    t254[(row0 + ty) * 176i + (col0 + tx) + 32i] = v254_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t249[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v250_3: f32 = -acc0_3;
    let v251_3: f32 = exp(v250_3);
    t251[(row0 + ty) * 176i + (col0 + tx) + 48i] = v251_3;
    let v252_3: f32 = 1.0f + v251_3;
    t252[(row0 + ty) * 176i + (col0 + tx) + 48i] = v252_3;
    let v253_3: f32 = 1.0f / v252_3;
    t253[(row0 + ty) * 176i + (col0 + tx) + 48i] = v253_3;
    let v254_3: f32 = acc0_3 * v253_3;
    t254[(row0 + ty) * 176i + (col0 + tx) + 48i] = v254_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t249[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v250_4: f32 = -acc1_0;
    let v251_4: f32 = exp(v250_4);
    t251[(row0 + ty + 16i) * 176i + (col0 + tx)] = v251_4;
    let v252_4: f32 = 1.0f + v251_4;
    t252[(row0 + ty + 16i) * 176i + (col0 + tx)] = v252_4;
    let v253_4: f32 = 1.0f / v252_4;
    t253[(row0 + ty + 16i) * 176i + (col0 + tx)] = v253_4;
    let v254_4: f32 = acc1_0 * v253_4;
    t254[(row0 + ty + 16i) * 176i + (col0 + tx)] = v254_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v250_5: f32 = -acc1_1;
    let v251_5: f32 = exp(v250_5);
    t251[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v251_5;
    let v252_5: f32 = 1.0f + v251_5;
    t252[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v252_5;
    let v253_5: f32 = 1.0f / v252_5;
    t253[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v253_5;
    let v254_5: f32 = acc1_1 * v253_5;
    t254[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v254_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v250_6: f32 = -acc1_2;
    let v251_6: f32 = exp(v250_6);
    t251[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v251_6;
    let v252_6: f32 = 1.0f + v251_6;
    t252[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v252_6;
    let v253_6: f32 = 1.0f / v252_6;
    t253[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v253_6;
    let v254_6: f32 = acc1_2 * v253_6;
    t254[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v254_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v250_7: f32 = -acc1_3;
    let v251_7: f32 = exp(v250_7);
    t251[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v251_7;
    let v252_7: f32 = 1.0f + v251_7;
    t252[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v252_7;
    let v253_7: f32 = 1.0f / v252_7;
    t253[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v253_7;
    let v254_7: f32 = acc1_3 * v253_7;
    t254[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v254_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t249[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v250_8: f32 = -acc2_0;
    let v251_8: f32 = exp(v250_8);
    t251[(row0 + ty + 32i) * 176i + (col0 + tx)] = v251_8;
    let v252_8: f32 = 1.0f + v251_8;
    t252[(row0 + ty + 32i) * 176i + (col0 + tx)] = v252_8;
    let v253_8: f32 = 1.0f / v252_8;
    t253[(row0 + ty + 32i) * 176i + (col0 + tx)] = v253_8;
    let v254_8: f32 = acc2_0 * v253_8;
    t254[(row0 + ty + 32i) * 176i + (col0 + tx)] = v254_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v250_9: f32 = -acc2_1;
    let v251_9: f32 = exp(v250_9);
    t251[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v251_9;
    let v252_9: f32 = 1.0f + v251_9;
    t252[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v252_9;
    let v253_9: f32 = 1.0f / v252_9;
    t253[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v253_9;
    let v254_9: f32 = acc2_1 * v253_9;
    t254[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v254_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v250_10: f32 = -acc2_2;
    let v251_10: f32 = exp(v250_10);
    t251[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v251_10;
    let v252_10: f32 = 1.0f + v251_10;
    t252[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v252_10;
    let v253_10: f32 = 1.0f / v252_10;
    t253[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v253_10;
    let v254_10: f32 = acc2_2 * v253_10;
    t254[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v254_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v250_11: f32 = -acc2_3;
    let v251_11: f32 = exp(v250_11);
    t251[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v251_11;
    let v252_11: f32 = 1.0f + v251_11;
    t252[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v252_11;
    let v253_11: f32 = 1.0f / v252_11;
    t253[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v253_11;
    let v254_11: f32 = acc2_3 * v253_11;
    t254[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v254_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t249[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v250_12: f32 = -acc3_0;
    let v251_12: f32 = exp(v250_12);
    t251[(row0 + ty + 48i) * 176i + (col0 + tx)] = v251_12;
    let v252_12: f32 = 1.0f + v251_12;
    t252[(row0 + ty + 48i) * 176i + (col0 + tx)] = v252_12;
    let v253_12: f32 = 1.0f / v252_12;
    t253[(row0 + ty + 48i) * 176i + (col0 + tx)] = v253_12;
    let v254_12: f32 = acc3_0 * v253_12;
    t254[(row0 + ty + 48i) * 176i + (col0 + tx)] = v254_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v250_13: f32 = -acc3_1;
    let v251_13: f32 = exp(v250_13);
    t251[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v251_13;
    let v252_13: f32 = 1.0f + v251_13;
    t252[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v252_13;
    let v253_13: f32 = 1.0f / v252_13;
    t253[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v253_13;
    let v254_13: f32 = acc3_1 * v253_13;
    t254[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v254_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v250_14: f32 = -acc3_2;
    let v251_14: f32 = exp(v250_14);
    t251[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v251_14;
    let v252_14: f32 = 1.0f + v251_14;
    t252[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v252_14;
    let v253_14: f32 = 1.0f / v252_14;
    t253[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v253_14;
    let v254_14: f32 = acc3_2 * v253_14;
    t254[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v254_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v250_15: f32 = -acc3_3;
    let v251_15: f32 = exp(v250_15);
    t251[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v251_15;
    let v252_15: f32 = 1.0f + v251_15;
    t252[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v252_15;
    let v253_15: f32 = 1.0f / v252_15;
    t253[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v253_15;
    let v254_15: f32 = acc3_3 * v253_15;
    t254[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v254_15;
  }
}
