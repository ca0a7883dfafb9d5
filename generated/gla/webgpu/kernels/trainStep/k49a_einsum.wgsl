// kernel k49a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t286: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t287: array<f32>;
@group(0) @binding(3) var<storage, read_write> t289: array<f32>;
@group(0) @binding(4) var<storage, read_write> t290: array<f32>;
@group(0) @binding(5) var<storage, read_write> t291: array<f32>;
@group(0) @binding(6) var<storage, read_write> t292: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k49a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t286[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t286[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t286[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t286[(row0 + ty + 48i) * 64i + kA];
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
    t287[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v288: f32 = -acc0_0;
    let v289: f32 = exp(v288);
    t289[(row0 + ty) * 176i + (col0 + tx)] = v289;
    let v290: f32 = 1.0f + v289;
    t290[(row0 + ty) * 176i + (col0 + tx)] = v290;
    let v291: f32 = 1.0f / v290;
    t291[(row0 + ty) * 176i + (col0 + tx)] = v291;
    let v292: f32 = acc0_0 * v291;
    t292[(row0 + ty) * 176i + (col0 + tx)] = v292;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t287[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v288_1: f32 = -acc0_1;
    let v289_1: f32 = exp(v288_1);
    t289[(row0 + ty) * 176i + (col0 + tx) + 16i] = v289_1;
    let v290_1: f32 = 1.0f + v289_1;
    t290[(row0 + ty) * 176i + (col0 + tx) + 16i] = v290_1;
    let v291_1: f32 = 1.0f / v290_1;
    t291[(row0 + ty) * 176i + (col0 + tx) + 16i] = v291_1;
    let v292_1: f32 = acc0_1 * v291_1;
    t292[(row0 + ty) * 176i + (col0 + tx) + 16i] = v292_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t287[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v288_2: f32 = -acc0_2;
    let v289_2: f32 = exp(v288_2);
    t289[(row0 + ty) * 176i + (col0 + tx) + 32i] = v289_2;
    let v290_2: f32 = 1.0f + v289_2;
    t290[(row0 + ty) * 176i + (col0 + tx) + 32i] = v290_2;
    let v291_2: f32 = 1.0f / v290_2;
    t291[(row0 + ty) * 176i + (col0 + tx) + 32i] = v291_2;
    let v292_2: f32 = acc0_2 * v291_2;
    t292[(row0 + ty) * 176i + (col0 + tx) + 32i] = v292_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t287[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v288_3: f32 = -acc0_3;
    let v289_3: f32 = exp(v288_3);
    t289[(row0 + ty) * 176i + (col0 + tx) + 48i] = v289_3;
    let v290_3: f32 = 1.0f + v289_3;
    t290[(row0 + ty) * 176i + (col0 + tx) + 48i] = v290_3;
    let v291_3: f32 = 1.0f / v290_3;
    t291[(row0 + ty) * 176i + (col0 + tx) + 48i] = v291_3;
    let v292_3: f32 = acc0_3 * v291_3;
    t292[(row0 + ty) * 176i + (col0 + tx) + 48i] = v292_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t287[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v288_4: f32 = -acc1_0;
    let v289_4: f32 = exp(v288_4);
    t289[(row0 + ty + 16i) * 176i + (col0 + tx)] = v289_4;
    let v290_4: f32 = 1.0f + v289_4;
    t290[(row0 + ty + 16i) * 176i + (col0 + tx)] = v290_4;
    let v291_4: f32 = 1.0f / v290_4;
    t291[(row0 + ty + 16i) * 176i + (col0 + tx)] = v291_4;
    let v292_4: f32 = acc1_0 * v291_4;
    t292[(row0 + ty + 16i) * 176i + (col0 + tx)] = v292_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t287[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v288_5: f32 = -acc1_1;
    let v289_5: f32 = exp(v288_5);
    t289[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v289_5;
    let v290_5: f32 = 1.0f + v289_5;
    t290[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v290_5;
    let v291_5: f32 = 1.0f / v290_5;
    t291[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v291_5;
    let v292_5: f32 = acc1_1 * v291_5;
    t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v292_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t287[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v288_6: f32 = -acc1_2;
    let v289_6: f32 = exp(v288_6);
    t289[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v289_6;
    let v290_6: f32 = 1.0f + v289_6;
    t290[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v290_6;
    let v291_6: f32 = 1.0f / v290_6;
    t291[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v291_6;
    let v292_6: f32 = acc1_2 * v291_6;
    t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v292_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t287[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v288_7: f32 = -acc1_3;
    let v289_7: f32 = exp(v288_7);
    t289[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v289_7;
    let v290_7: f32 = 1.0f + v289_7;
    t290[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v290_7;
    let v291_7: f32 = 1.0f / v290_7;
    t291[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v291_7;
    let v292_7: f32 = acc1_3 * v291_7;
    t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v292_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t287[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v288_8: f32 = -acc2_0;
    let v289_8: f32 = exp(v288_8);
    t289[(row0 + ty + 32i) * 176i + (col0 + tx)] = v289_8;
    let v290_8: f32 = 1.0f + v289_8;
    t290[(row0 + ty + 32i) * 176i + (col0 + tx)] = v290_8;
    let v291_8: f32 = 1.0f / v290_8;
    t291[(row0 + ty + 32i) * 176i + (col0 + tx)] = v291_8;
    let v292_8: f32 = acc2_0 * v291_8;
    t292[(row0 + ty + 32i) * 176i + (col0 + tx)] = v292_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t287[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v288_9: f32 = -acc2_1;
    let v289_9: f32 = exp(v288_9);
    t289[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v289_9;
    let v290_9: f32 = 1.0f + v289_9;
    t290[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v290_9;
    let v291_9: f32 = 1.0f / v290_9;
    t291[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v291_9;
    let v292_9: f32 = acc2_1 * v291_9;
    t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v292_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t287[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v288_10: f32 = -acc2_2;
    let v289_10: f32 = exp(v288_10);
    t289[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v289_10;
    let v290_10: f32 = 1.0f + v289_10;
    t290[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v290_10;
    let v291_10: f32 = 1.0f / v290_10;
    t291[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v291_10;
    let v292_10: f32 = acc2_2 * v291_10;
    t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v292_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t287[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v288_11: f32 = -acc2_3;
    let v289_11: f32 = exp(v288_11);
    t289[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v289_11;
    let v290_11: f32 = 1.0f + v289_11;
    t290[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v290_11;
    let v291_11: f32 = 1.0f / v290_11;
    t291[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v291_11;
    let v292_11: f32 = acc2_3 * v291_11;
    t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v292_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t287[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v288_12: f32 = -acc3_0;
    let v289_12: f32 = exp(v288_12);
    t289[(row0 + ty + 48i) * 176i + (col0 + tx)] = v289_12;
    let v290_12: f32 = 1.0f + v289_12;
    t290[(row0 + ty + 48i) * 176i + (col0 + tx)] = v290_12;
    let v291_12: f32 = 1.0f / v290_12;
    t291[(row0 + ty + 48i) * 176i + (col0 + tx)] = v291_12;
    let v292_12: f32 = acc3_0 * v291_12;
    t292[(row0 + ty + 48i) * 176i + (col0 + tx)] = v292_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t287[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v288_13: f32 = -acc3_1;
    let v289_13: f32 = exp(v288_13);
    t289[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v289_13;
    let v290_13: f32 = 1.0f + v289_13;
    t290[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v290_13;
    let v291_13: f32 = 1.0f / v290_13;
    t291[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v291_13;
    let v292_13: f32 = acc3_1 * v291_13;
    t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v292_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t287[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v288_14: f32 = -acc3_2;
    let v289_14: f32 = exp(v288_14);
    t289[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v289_14;
    let v290_14: f32 = 1.0f + v289_14;
    t290[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v290_14;
    let v291_14: f32 = 1.0f / v290_14;
    t291[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v291_14;
    let v292_14: f32 = acc3_2 * v291_14;
    t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v292_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t287[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v288_15: f32 = -acc3_3;
    let v289_15: f32 = exp(v288_15);
    t289[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v289_15;
    let v290_15: f32 = 1.0f + v289_15;
    t290[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v290_15;
    let v291_15: f32 = 1.0f / v290_15;
    t291[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v291_15;
    let v292_15: f32 = acc3_3 * v291_15;
    t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v292_15;
  }
}
