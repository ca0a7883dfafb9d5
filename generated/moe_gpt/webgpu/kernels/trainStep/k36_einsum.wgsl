// kernel k36_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t215: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t106: array<f32>;
@group(0) @binding(3) var<storage, read> t209: array<f32>;
@group(0) @binding(4) var<storage, read_write> t218: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k36_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t215[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t215[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t215[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t215[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l106: f32 = t106[(row0 + ty) * 64i + (col0 + tx)];
    let l210: f32 = t209[(row0 + ty) * 64i + (col0 + tx)];
    let v217: f32 = l210 + acc0_0;
    let v218: f32 = l106 + v217;
    t218[(row0 + ty) * 64i + (col0 + tx)] = v218;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l106_1: f32 = t106[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l210_1: f32 = t209[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v217_1: f32 = l210_1 + acc0_1;
    let v218_1: f32 = l106_1 + v217_1;
    t218[(row0 + ty) * 64i + (col0 + tx) + 16i] = v218_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l106_2: f32 = t106[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l210_2: f32 = t209[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v217_2: f32 = l210_2 + acc0_2;
    let v218_2: f32 = l106_2 + v217_2;
    t218[(row0 + ty) * 64i + (col0 + tx) + 32i] = v218_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l106_3: f32 = t106[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l210_3: f32 = t209[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v217_3: f32 = l210_3 + acc0_3;
    let v218_3: f32 = l106_3 + v217_3;
    t218[(row0 + ty) * 64i + (col0 + tx) + 48i] = v218_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l106_4: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l210_4: f32 = t209[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v217_4: f32 = l210_4 + acc1_0;
    let v218_4: f32 = l106_4 + v217_4;
    t218[(row0 + ty + 16i) * 64i + (col0 + tx)] = v218_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l106_5: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l210_5: f32 = t209[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v217_5: f32 = l210_5 + acc1_1;
    let v218_5: f32 = l106_5 + v217_5;
    t218[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v218_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l106_6: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l210_6: f32 = t209[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v217_6: f32 = l210_6 + acc1_2;
    let v218_6: f32 = l106_6 + v217_6;
    t218[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v218_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l106_7: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l210_7: f32 = t209[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v217_7: f32 = l210_7 + acc1_3;
    let v218_7: f32 = l106_7 + v217_7;
    t218[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v218_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l106_8: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l210_8: f32 = t209[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v217_8: f32 = l210_8 + acc2_0;
    let v218_8: f32 = l106_8 + v217_8;
    t218[(row0 + ty + 32i) * 64i + (col0 + tx)] = v218_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l106_9: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l210_9: f32 = t209[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v217_9: f32 = l210_9 + acc2_1;
    let v218_9: f32 = l106_9 + v217_9;
    t218[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v218_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l106_10: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l210_10: f32 = t209[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v217_10: f32 = l210_10 + acc2_2;
    let v218_10: f32 = l106_10 + v217_10;
    t218[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v218_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l106_11: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l210_11: f32 = t209[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v217_11: f32 = l210_11 + acc2_3;
    let v218_11: f32 = l106_11 + v217_11;
    t218[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v218_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l106_12: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l210_12: f32 = t209[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v217_12: f32 = l210_12 + acc3_0;
    let v218_12: f32 = l106_12 + v217_12;
    t218[(row0 + ty + 48i) * 64i + (col0 + tx)] = v218_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l106_13: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l210_13: f32 = t209[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v217_13: f32 = l210_13 + acc3_1;
    let v218_13: f32 = l106_13 + v217_13;
    t218[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v218_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l106_14: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l210_14: f32 = t209[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v217_14: f32 = l210_14 + acc3_2;
    let v218_14: f32 = l106_14 + v217_14;
    t218[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v218_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l106_15: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l210_15: f32 = t209[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v217_15: f32 = l210_15 + acc3_3;
    let v218_15: f32 = l106_15 + v217_15;
    t218[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v218_15;
  }
}
