// kernel k13_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t107: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t115: array<f32>;
@group(0) @binding(3) var<storage, read_write> t116: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k13_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t107[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t107[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t107[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t107[(row0 + ty + 48i) * 64i + kA];
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
    let v109: f32 = -acc0_0;
    let v110: f32 = exp(v109);
    let v112: f32 = 1.0f + v110;
    let v113: f32 = 1.0f / v112;
    let v114: f32 = acc0_0 * v113;
    let l115: f32 = t115[(row0 + ty) * 176i + (col0 + tx)];
    let v116: f32 = v114 * l115;
    t116[(row0 + ty) * 176i + (col0 + tx)] = v116;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v109_1: f32 = -acc0_1;
    let v110_1: f32 = exp(v109_1);
    let v112_1: f32 = 1.0f + v110_1;
    let v113_1: f32 = 1.0f / v112_1;
    let v114_1: f32 = acc0_1 * v113_1;
    let l115_1: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v116_1: f32 = v114_1 * l115_1;
    t116[(row0 + ty) * 176i + (col0 + tx) + 16i] = v116_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v109_2: f32 = -acc0_2;
    let v110_2: f32 = exp(v109_2);
    let v112_2: f32 = 1.0f + v110_2;
    let v113_2: f32 = 1.0f / v112_2;
    let v114_2: f32 = acc0_2 * v113_2;
    let l115_2: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v116_2: f32 = v114_2 * l115_2;
    t116[(row0 + ty) * 176i + (col0 + tx) + 32i] = v116_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v109_3: f32 = -acc0_3;
    let v110_3: f32 = exp(v109_3);
    let v112_3: f32 = 1.0f + v110_3;
    let v113_3: f32 = 1.0f / v112_3;
    let v114_3: f32 = acc0_3 * v113_3;
    let l115_3: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v116_3: f32 = v114_3 * l115_3;
    t116[(row0 + ty) * 176i + (col0 + tx) + 48i] = v116_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v109_4: f32 = -acc1_0;
    let v110_4: f32 = exp(v109_4);
    let v112_4: f32 = 1.0f + v110_4;
    let v113_4: f32 = 1.0f / v112_4;
    let v114_4: f32 = acc1_0 * v113_4;
    let l115_4: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v116_4: f32 = v114_4 * l115_4;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx)] = v116_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v109_5: f32 = -acc1_1;
    let v110_5: f32 = exp(v109_5);
    let v112_5: f32 = 1.0f + v110_5;
    let v113_5: f32 = 1.0f / v112_5;
    let v114_5: f32 = acc1_1 * v113_5;
    let l115_5: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v116_5: f32 = v114_5 * l115_5;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v116_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v109_6: f32 = -acc1_2;
    let v110_6: f32 = exp(v109_6);
    let v112_6: f32 = 1.0f + v110_6;
    let v113_6: f32 = 1.0f / v112_6;
    let v114_6: f32 = acc1_2 * v113_6;
    let l115_6: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v116_6: f32 = v114_6 * l115_6;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v116_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v109_7: f32 = -acc1_3;
    let v110_7: f32 = exp(v109_7);
    let v112_7: f32 = 1.0f + v110_7;
    let v113_7: f32 = 1.0f / v112_7;
    let v114_7: f32 = acc1_3 * v113_7;
    let l115_7: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v116_7: f32 = v114_7 * l115_7;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v116_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v109_8: f32 = -acc2_0;
    let v110_8: f32 = exp(v109_8);
    let v112_8: f32 = 1.0f + v110_8;
    let v113_8: f32 = 1.0f / v112_8;
    let v114_8: f32 = acc2_0 * v113_8;
    let l115_8: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v116_8: f32 = v114_8 * l115_8;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx)] = v116_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v109_9: f32 = -acc2_1;
    let v110_9: f32 = exp(v109_9);
    let v112_9: f32 = 1.0f + v110_9;
    let v113_9: f32 = 1.0f / v112_9;
    let v114_9: f32 = acc2_1 * v113_9;
    let l115_9: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v116_9: f32 = v114_9 * l115_9;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v116_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v109_10: f32 = -acc2_2;
    let v110_10: f32 = exp(v109_10);
    let v112_10: f32 = 1.0f + v110_10;
    let v113_10: f32 = 1.0f / v112_10;
    let v114_10: f32 = acc2_2 * v113_10;
    let l115_10: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v116_10: f32 = v114_10 * l115_10;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v116_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v109_11: f32 = -acc2_3;
    let v110_11: f32 = exp(v109_11);
    let v112_11: f32 = 1.0f + v110_11;
    let v113_11: f32 = 1.0f / v112_11;
    let v114_11: f32 = acc2_3 * v113_11;
    let l115_11: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v116_11: f32 = v114_11 * l115_11;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v116_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v109_12: f32 = -acc3_0;
    let v110_12: f32 = exp(v109_12);
    let v112_12: f32 = 1.0f + v110_12;
    let v113_12: f32 = 1.0f / v112_12;
    let v114_12: f32 = acc3_0 * v113_12;
    let l115_12: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v116_12: f32 = v114_12 * l115_12;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx)] = v116_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v109_13: f32 = -acc3_1;
    let v110_13: f32 = exp(v109_13);
    let v112_13: f32 = 1.0f + v110_13;
    let v113_13: f32 = 1.0f / v112_13;
    let v114_13: f32 = acc3_1 * v113_13;
    let l115_13: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v116_13: f32 = v114_13 * l115_13;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v116_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v109_14: f32 = -acc3_2;
    let v110_14: f32 = exp(v109_14);
    let v112_14: f32 = 1.0f + v110_14;
    let v113_14: f32 = 1.0f / v112_14;
    let v114_14: f32 = acc3_2 * v113_14;
    let l115_14: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v116_14: f32 = v114_14 * l115_14;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v116_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v109_15: f32 = -acc3_3;
    let v110_15: f32 = exp(v109_15);
    let v112_15: f32 = 1.0f + v110_15;
    let v113_15: f32 = 1.0f / v112_15;
    let v114_15: f32 = acc3_3 * v113_15;
    let l115_15: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v116_15: f32 = v114_15 * l115_15;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v116_15;
  }
}
