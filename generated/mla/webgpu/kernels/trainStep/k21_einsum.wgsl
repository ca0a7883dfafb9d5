// kernel k21_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t145: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t146: array<f32>;
@group(0) @binding(3) var<storage, read_write> t147: array<f32>;
@group(0) @binding(4) var<storage, read_write> t148: array<f32>;
@group(0) @binding(5) var<storage, read> t149: array<f32>;
@group(0) @binding(6) var<storage, read_write> t150: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k21_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t145[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t145[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t145[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t145[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    t146[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v147: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t147[(row0 + ty) * 176i + (col0 + tx)] = v147;
    let v148: f32 = acc0_0 * v147;
    t148[(row0 + ty) * 176i + (col0 + tx)] = v148;
    let l149: f32 = t149[(row0 + ty) * 176i + (col0 + tx)];
    let v150: f32 = v148 * l149;
    t150[(row0 + ty) * 176i + (col0 + tx)] = v150;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t146[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v147_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t147[(row0 + ty) * 176i + (col0 + tx) + 16i] = v147_1;
    let v148_1: f32 = acc0_1 * v147_1;
    t148[(row0 + ty) * 176i + (col0 + tx) + 16i] = v148_1;
    let l149_1: f32 = t149[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v150_1: f32 = v148_1 * l149_1;
    t150[(row0 + ty) * 176i + (col0 + tx) + 16i] = v150_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t146[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v147_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t147[(row0 + ty) * 176i + (col0 + tx) + 32i] = v147_2;
    let v148_2: f32 = acc0_2 * v147_2;
    t148[(row0 + ty) * 176i + (col0 + tx) + 32i] = v148_2;
    let l149_2: f32 = t149[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v150_2: f32 = v148_2 * l149_2;
    t150[(row0 + ty) * 176i + (col0 + tx) + 32i] = v150_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t146[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v147_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t147[(row0 + ty) * 176i + (col0 + tx) + 48i] = v147_3;
    let v148_3: f32 = acc0_3 * v147_3;
    t148[(row0 + ty) * 176i + (col0 + tx) + 48i] = v148_3;
    let l149_3: f32 = t149[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v150_3: f32 = v148_3 * l149_3;
    t150[(row0 + ty) * 176i + (col0 + tx) + 48i] = v150_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t146[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v147_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t147[(row0 + ty + 16i) * 176i + (col0 + tx)] = v147_4;
    let v148_4: f32 = acc1_0 * v147_4;
    t148[(row0 + ty + 16i) * 176i + (col0 + tx)] = v148_4;
    let l149_4: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v150_4: f32 = v148_4 * l149_4;
    t150[(row0 + ty + 16i) * 176i + (col0 + tx)] = v150_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v147_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v147_5;
    let v148_5: f32 = acc1_1 * v147_5;
    t148[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v148_5;
    let l149_5: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v150_5: f32 = v148_5 * l149_5;
    t150[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v150_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v147_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v147_6;
    let v148_6: f32 = acc1_2 * v147_6;
    t148[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v148_6;
    let l149_6: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v150_6: f32 = v148_6 * l149_6;
    t150[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v150_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v147_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v147_7;
    let v148_7: f32 = acc1_3 * v147_7;
    t148[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v148_7;
    let l149_7: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v150_7: f32 = v148_7 * l149_7;
    t150[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v150_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t146[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v147_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t147[(row0 + ty + 32i) * 176i + (col0 + tx)] = v147_8;
    let v148_8: f32 = acc2_0 * v147_8;
    t148[(row0 + ty + 32i) * 176i + (col0 + tx)] = v148_8;
    let l149_8: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v150_8: f32 = v148_8 * l149_8;
    t150[(row0 + ty + 32i) * 176i + (col0 + tx)] = v150_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v147_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v147_9;
    let v148_9: f32 = acc2_1 * v147_9;
    t148[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v148_9;
    let l149_9: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v150_9: f32 = v148_9 * l149_9;
    t150[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v150_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v147_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v147_10;
    let v148_10: f32 = acc2_2 * v147_10;
    t148[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v148_10;
    let l149_10: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v150_10: f32 = v148_10 * l149_10;
    t150[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v150_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v147_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v147_11;
    let v148_11: f32 = acc2_3 * v147_11;
    t148[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v148_11;
    let l149_11: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v150_11: f32 = v148_11 * l149_11;
    t150[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v150_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t146[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v147_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t147[(row0 + ty + 48i) * 176i + (col0 + tx)] = v147_12;
    let v148_12: f32 = acc3_0 * v147_12;
    t148[(row0 + ty + 48i) * 176i + (col0 + tx)] = v148_12;
    let l149_12: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v150_12: f32 = v148_12 * l149_12;
    t150[(row0 + ty + 48i) * 176i + (col0 + tx)] = v150_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v147_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v147_13;
    let v148_13: f32 = acc3_1 * v147_13;
    t148[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v148_13;
    let l149_13: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v150_13: f32 = v148_13 * l149_13;
    t150[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v150_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v147_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v147_14;
    let v148_14: f32 = acc3_2 * v147_14;
    t148[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v148_14;
    let l149_14: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v150_14: f32 = v148_14 * l149_14;
    t150[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v150_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v147_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v147_15;
    let v148_15: f32 = acc3_3 * v147_15;
    t148[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v148_15;
    let l149_15: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v150_15: f32 = v148_15 * l149_15;
    t150[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v150_15;
  }
}
