// kernel k49_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t292: array<f32>;
@group(0) @binding(3) var<storage, read_write> t293: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k49_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t285[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t285[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t285[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t285[(row0 + ty + 48i) * 64i + kA];
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
    let v287: f32 = -acc0_0;
    let v288: f32 = exp(v287);
    let v289: f32 = 1.0f + v288;
    let v290: f32 = 1.0f / v289;
    let v291: f32 = acc0_0 * v290;
    let l292: f32 = t292[(row0 + ty) * 176i + (col0 + tx)];
    let v293: f32 = v291 * l292;
    t293[(row0 + ty) * 176i + (col0 + tx)] = v293;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v287_1: f32 = -acc0_1;
    let v288_1: f32 = exp(v287_1);
    let v289_1: f32 = 1.0f + v288_1;
    let v290_1: f32 = 1.0f / v289_1;
    let v291_1: f32 = acc0_1 * v290_1;
    let l292_1: f32 = t292[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v293_1: f32 = v291_1 * l292_1;
    t293[(row0 + ty) * 176i + (col0 + tx) + 16i] = v293_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v287_2: f32 = -acc0_2;
    let v288_2: f32 = exp(v287_2);
    let v289_2: f32 = 1.0f + v288_2;
    let v290_2: f32 = 1.0f / v289_2;
    let v291_2: f32 = acc0_2 * v290_2;
    let l292_2: f32 = t292[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v293_2: f32 = v291_2 * l292_2;
    t293[(row0 + ty) * 176i + (col0 + tx) + 32i] = v293_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v287_3: f32 = -acc0_3;
    let v288_3: f32 = exp(v287_3);
    let v289_3: f32 = 1.0f + v288_3;
    let v290_3: f32 = 1.0f / v289_3;
    let v291_3: f32 = acc0_3 * v290_3;
    let l292_3: f32 = t292[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v293_3: f32 = v291_3 * l292_3;
    t293[(row0 + ty) * 176i + (col0 + tx) + 48i] = v293_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v287_4: f32 = -acc1_0;
    let v288_4: f32 = exp(v287_4);
    let v289_4: f32 = 1.0f + v288_4;
    let v290_4: f32 = 1.0f / v289_4;
    let v291_4: f32 = acc1_0 * v290_4;
    let l292_4: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v293_4: f32 = v291_4 * l292_4;
    t293[(row0 + ty + 16i) * 176i + (col0 + tx)] = v293_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v287_5: f32 = -acc1_1;
    let v288_5: f32 = exp(v287_5);
    let v289_5: f32 = 1.0f + v288_5;
    let v290_5: f32 = 1.0f / v289_5;
    let v291_5: f32 = acc1_1 * v290_5;
    let l292_5: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v293_5: f32 = v291_5 * l292_5;
    t293[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v293_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v287_6: f32 = -acc1_2;
    let v288_6: f32 = exp(v287_6);
    let v289_6: f32 = 1.0f + v288_6;
    let v290_6: f32 = 1.0f / v289_6;
    let v291_6: f32 = acc1_2 * v290_6;
    let l292_6: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v293_6: f32 = v291_6 * l292_6;
    t293[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v293_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v287_7: f32 = -acc1_3;
    let v288_7: f32 = exp(v287_7);
    let v289_7: f32 = 1.0f + v288_7;
    let v290_7: f32 = 1.0f / v289_7;
    let v291_7: f32 = acc1_3 * v290_7;
    let l292_7: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v293_7: f32 = v291_7 * l292_7;
    t293[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v293_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v287_8: f32 = -acc2_0;
    let v288_8: f32 = exp(v287_8);
    let v289_8: f32 = 1.0f + v288_8;
    let v290_8: f32 = 1.0f / v289_8;
    let v291_8: f32 = acc2_0 * v290_8;
    let l292_8: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v293_8: f32 = v291_8 * l292_8;
    t293[(row0 + ty + 32i) * 176i + (col0 + tx)] = v293_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v287_9: f32 = -acc2_1;
    let v288_9: f32 = exp(v287_9);
    let v289_9: f32 = 1.0f + v288_9;
    let v290_9: f32 = 1.0f / v289_9;
    let v291_9: f32 = acc2_1 * v290_9;
    let l292_9: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v293_9: f32 = v291_9 * l292_9;
    t293[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v293_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v287_10: f32 = -acc2_2;
    let v288_10: f32 = exp(v287_10);
    let v289_10: f32 = 1.0f + v288_10;
    let v290_10: f32 = 1.0f / v289_10;
    let v291_10: f32 = acc2_2 * v290_10;
    let l292_10: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v293_10: f32 = v291_10 * l292_10;
    t293[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v293_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v287_11: f32 = -acc2_3;
    let v288_11: f32 = exp(v287_11);
    let v289_11: f32 = 1.0f + v288_11;
    let v290_11: f32 = 1.0f / v289_11;
    let v291_11: f32 = acc2_3 * v290_11;
    let l292_11: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v293_11: f32 = v291_11 * l292_11;
    t293[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v293_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v287_12: f32 = -acc3_0;
    let v288_12: f32 = exp(v287_12);
    let v289_12: f32 = 1.0f + v288_12;
    let v290_12: f32 = 1.0f / v289_12;
    let v291_12: f32 = acc3_0 * v290_12;
    let l292_12: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v293_12: f32 = v291_12 * l292_12;
    t293[(row0 + ty + 48i) * 176i + (col0 + tx)] = v293_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v287_13: f32 = -acc3_1;
    let v288_13: f32 = exp(v287_13);
    let v289_13: f32 = 1.0f + v288_13;
    let v290_13: f32 = 1.0f / v289_13;
    let v291_13: f32 = acc3_1 * v290_13;
    let l292_13: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v293_13: f32 = v291_13 * l292_13;
    t293[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v293_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v287_14: f32 = -acc3_2;
    let v288_14: f32 = exp(v287_14);
    let v289_14: f32 = 1.0f + v288_14;
    let v290_14: f32 = 1.0f / v289_14;
    let v291_14: f32 = acc3_2 * v290_14;
    let l292_14: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v293_14: f32 = v291_14 * l292_14;
    t293[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v293_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v287_15: f32 = -acc3_3;
    let v288_15: f32 = exp(v287_15);
    let v289_15: f32 = 1.0f + v288_15;
    let v290_15: f32 = 1.0f / v289_15;
    let v291_15: f32 = acc3_3 * v290_15;
    let l292_15: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v293_15: f32 = v291_15 * l292_15;
    t293[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v293_15;
  }
}
