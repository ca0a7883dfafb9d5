// kernel k21_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t142: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t146: array<f32>;
@group(0) @binding(3) var<storage, read_write> t147: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t142[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t142[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t142[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t142[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v144: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v145: f32 = acc0_0 * v144;
    let l146: f32 = t146[(row0 + ty) * 176i + (col0 + tx)];
    let v147: f32 = v145 * l146;
    t147[(row0 + ty) * 176i + (col0 + tx)] = v147;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v144_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v145_1: f32 = acc0_1 * v144_1;
    let l146_1: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v147_1: f32 = v145_1 * l146_1;
    t147[(row0 + ty) * 176i + (col0 + tx) + 16i] = v147_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v144_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v145_2: f32 = acc0_2 * v144_2;
    let l146_2: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v147_2: f32 = v145_2 * l146_2;
    t147[(row0 + ty) * 176i + (col0 + tx) + 32i] = v147_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v144_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v145_3: f32 = acc0_3 * v144_3;
    let l146_3: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v147_3: f32 = v145_3 * l146_3;
    t147[(row0 + ty) * 176i + (col0 + tx) + 48i] = v147_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v144_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v145_4: f32 = acc1_0 * v144_4;
    let l146_4: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v147_4: f32 = v145_4 * l146_4;
    t147[(row0 + ty + 16i) * 176i + (col0 + tx)] = v147_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v144_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v145_5: f32 = acc1_1 * v144_5;
    let l146_5: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v147_5: f32 = v145_5 * l146_5;
    t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v147_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v144_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v145_6: f32 = acc1_2 * v144_6;
    let l146_6: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v147_6: f32 = v145_6 * l146_6;
    t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v147_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v144_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v145_7: f32 = acc1_3 * v144_7;
    let l146_7: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v147_7: f32 = v145_7 * l146_7;
    t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v147_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v144_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v145_8: f32 = acc2_0 * v144_8;
    let l146_8: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v147_8: f32 = v145_8 * l146_8;
    t147[(row0 + ty + 32i) * 176i + (col0 + tx)] = v147_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v144_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v145_9: f32 = acc2_1 * v144_9;
    let l146_9: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v147_9: f32 = v145_9 * l146_9;
    t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v147_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v144_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v145_10: f32 = acc2_2 * v144_10;
    let l146_10: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v147_10: f32 = v145_10 * l146_10;
    t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v147_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v144_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v145_11: f32 = acc2_3 * v144_11;
    let l146_11: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v147_11: f32 = v145_11 * l146_11;
    t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v147_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v144_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v145_12: f32 = acc3_0 * v144_12;
    let l146_12: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v147_12: f32 = v145_12 * l146_12;
    t147[(row0 + ty + 48i) * 176i + (col0 + tx)] = v147_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v144_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v145_13: f32 = acc3_1 * v144_13;
    let l146_13: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v147_13: f32 = v145_13 * l146_13;
    t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v147_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v144_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v145_14: f32 = acc3_2 * v144_14;
    let l146_14: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v147_14: f32 = v145_14 * l146_14;
    t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v147_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v144_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v145_15: f32 = acc3_3 * v144_15;
    let l146_15: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v147_15: f32 = v145_15 * l146_15;
    t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v147_15;
  }
}
