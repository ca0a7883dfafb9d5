// kernel k43_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t245: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t249: array<f32>;
@group(0) @binding(3) var<storage, read_write> t250: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k43_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t245[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t245[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t245[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t245[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v247: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v248: f32 = acc0_0 * v247;
    let l249: f32 = t249[(row0 + ty) * 176i + (col0 + tx)];
    let v250: f32 = v248 * l249;
    t250[(row0 + ty) * 176i + (col0 + tx)] = v250;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v247_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v248_1: f32 = acc0_1 * v247_1;
    let l249_1: f32 = t249[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v250_1: f32 = v248_1 * l249_1;
    t250[(row0 + ty) * 176i + (col0 + tx) + 16i] = v250_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v247_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v248_2: f32 = acc0_2 * v247_2;
    let l249_2: f32 = t249[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v250_2: f32 = v248_2 * l249_2;
    t250[(row0 + ty) * 176i + (col0 + tx) + 32i] = v250_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v247_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v248_3: f32 = acc0_3 * v247_3;
    let l249_3: f32 = t249[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v250_3: f32 = v248_3 * l249_3;
    t250[(row0 + ty) * 176i + (col0 + tx) + 48i] = v250_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v247_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v248_4: f32 = acc1_0 * v247_4;
    let l249_4: f32 = t249[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v250_4: f32 = v248_4 * l249_4;
    t250[(row0 + ty + 16i) * 176i + (col0 + tx)] = v250_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v247_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v248_5: f32 = acc1_1 * v247_5;
    let l249_5: f32 = t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v250_5: f32 = v248_5 * l249_5;
    t250[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v250_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v247_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v248_6: f32 = acc1_2 * v247_6;
    let l249_6: f32 = t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v250_6: f32 = v248_6 * l249_6;
    t250[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v250_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v247_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v248_7: f32 = acc1_3 * v247_7;
    let l249_7: f32 = t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v250_7: f32 = v248_7 * l249_7;
    t250[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v250_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v247_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v248_8: f32 = acc2_0 * v247_8;
    let l249_8: f32 = t249[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v250_8: f32 = v248_8 * l249_8;
    t250[(row0 + ty + 32i) * 176i + (col0 + tx)] = v250_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v247_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v248_9: f32 = acc2_1 * v247_9;
    let l249_9: f32 = t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v250_9: f32 = v248_9 * l249_9;
    t250[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v250_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v247_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v248_10: f32 = acc2_2 * v247_10;
    let l249_10: f32 = t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v250_10: f32 = v248_10 * l249_10;
    t250[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v250_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v247_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v248_11: f32 = acc2_3 * v247_11;
    let l249_11: f32 = t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v250_11: f32 = v248_11 * l249_11;
    t250[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v250_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v247_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v248_12: f32 = acc3_0 * v247_12;
    let l249_12: f32 = t249[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v250_12: f32 = v248_12 * l249_12;
    t250[(row0 + ty + 48i) * 176i + (col0 + tx)] = v250_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v247_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v248_13: f32 = acc3_1 * v247_13;
    let l249_13: f32 = t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v250_13: f32 = v248_13 * l249_13;
    t250[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v250_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v247_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v248_14: f32 = acc3_2 * v247_14;
    let l249_14: f32 = t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v250_14: f32 = v248_14 * l249_14;
    t250[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v250_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v247_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v248_15: f32 = acc3_3 * v247_15;
    let l249_15: f32 = t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v250_15: f32 = v248_15 * l249_15;
    t250[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v250_15;
  }
}
