// kernel k14a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t109: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t110: array<f32>;
@group(0) @binding(3) var<storage, read_write> t112: array<f32>;
@group(0) @binding(4) var<storage, read_write> t114: array<f32>;
@group(0) @binding(5) var<storage, read_write> t115: array<f32>;
@group(0) @binding(6) var<storage, read_write> t116: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k14a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t109[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t109[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t109[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t109[(row0 + ty + 48i) * 64i + kA];
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
    t110[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v111: f32 = -acc0_0;
    let v112: f32 = exp(v111);
    t112[(row0 + ty) * 176i + (col0 + tx)] = v112;
    let v114: f32 = 1.0f + v112;
    t114[(row0 + ty) * 176i + (col0 + tx)] = v114;
    let v115: f32 = 1.0f / v114;
    t115[(row0 + ty) * 176i + (col0 + tx)] = v115;
    let v116: f32 = acc0_0 * v115;
    t116[(row0 + ty) * 176i + (col0 + tx)] = v116;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t110[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v111_1: f32 = -acc0_1;
    let v112_1: f32 = exp(v111_1);
    t112[(row0 + ty) * 176i + (col0 + tx) + 16i] = v112_1;
    let v114_1: f32 = 1.0f + v112_1;
    t114[(row0 + ty) * 176i + (col0 + tx) + 16i] = v114_1;
    let v115_1: f32 = 1.0f / v114_1;
    t115[(row0 + ty) * 176i + (col0 + tx) + 16i] = v115_1;
    let v116_1: f32 = acc0_1 * v115_1;
    t116[(row0 + ty) * 176i + (col0 + tx) + 16i] = v116_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t110[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v111_2: f32 = -acc0_2;
    let v112_2: f32 = exp(v111_2);
    t112[(row0 + ty) * 176i + (col0 + tx) + 32i] = v112_2;
    let v114_2: f32 = 1.0f + v112_2;
    t114[(row0 + ty) * 176i + (col0 + tx) + 32i] = v114_2;
    let v115_2: f32 = 1.0f / v114_2;
    t115[(row0 + ty) * 176i + (col0 + tx) + 32i] = v115_2;
    let v116_2: f32 = acc0_2 * v115_2;
    t116[(row0 + ty) * 176i + (col0 + tx) + 32i] = v116_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t110[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v111_3: f32 = -acc0_3;
    let v112_3: f32 = exp(v111_3);
    t112[(row0 + ty) * 176i + (col0 + tx) + 48i] = v112_3;
    let v114_3: f32 = 1.0f + v112_3;
    t114[(row0 + ty) * 176i + (col0 + tx) + 48i] = v114_3;
    let v115_3: f32 = 1.0f / v114_3;
    t115[(row0 + ty) * 176i + (col0 + tx) + 48i] = v115_3;
    let v116_3: f32 = acc0_3 * v115_3;
    t116[(row0 + ty) * 176i + (col0 + tx) + 48i] = v116_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t110[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v111_4: f32 = -acc1_0;
    let v112_4: f32 = exp(v111_4);
    t112[(row0 + ty + 16i) * 176i + (col0 + tx)] = v112_4;
    let v114_4: f32 = 1.0f + v112_4;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx)] = v114_4;
    let v115_4: f32 = 1.0f / v114_4;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx)] = v115_4;
    let v116_4: f32 = acc1_0 * v115_4;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx)] = v116_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v111_5: f32 = -acc1_1;
    let v112_5: f32 = exp(v111_5);
    t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v112_5;
    let v114_5: f32 = 1.0f + v112_5;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v114_5;
    let v115_5: f32 = 1.0f / v114_5;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v115_5;
    let v116_5: f32 = acc1_1 * v115_5;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v116_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v111_6: f32 = -acc1_2;
    let v112_6: f32 = exp(v111_6);
    t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v112_6;
    let v114_6: f32 = 1.0f + v112_6;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v114_6;
    let v115_6: f32 = 1.0f / v114_6;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v115_6;
    let v116_6: f32 = acc1_2 * v115_6;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v116_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v111_7: f32 = -acc1_3;
    let v112_7: f32 = exp(v111_7);
    t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v112_7;
    let v114_7: f32 = 1.0f + v112_7;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v114_7;
    let v115_7: f32 = 1.0f / v114_7;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v115_7;
    let v116_7: f32 = acc1_3 * v115_7;
    t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v116_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t110[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v111_8: f32 = -acc2_0;
    let v112_8: f32 = exp(v111_8);
    t112[(row0 + ty + 32i) * 176i + (col0 + tx)] = v112_8;
    let v114_8: f32 = 1.0f + v112_8;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx)] = v114_8;
    let v115_8: f32 = 1.0f / v114_8;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx)] = v115_8;
    let v116_8: f32 = acc2_0 * v115_8;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx)] = v116_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v111_9: f32 = -acc2_1;
    let v112_9: f32 = exp(v111_9);
    t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v112_9;
    let v114_9: f32 = 1.0f + v112_9;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v114_9;
    let v115_9: f32 = 1.0f / v114_9;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v115_9;
    let v116_9: f32 = acc2_1 * v115_9;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v116_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v111_10: f32 = -acc2_2;
    let v112_10: f32 = exp(v111_10);
    t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v112_10;
    let v114_10: f32 = 1.0f + v112_10;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v114_10;
    let v115_10: f32 = 1.0f / v114_10;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v115_10;
    let v116_10: f32 = acc2_2 * v115_10;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v116_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v111_11: f32 = -acc2_3;
    let v112_11: f32 = exp(v111_11);
    t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v112_11;
    let v114_11: f32 = 1.0f + v112_11;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v114_11;
    let v115_11: f32 = 1.0f / v114_11;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v115_11;
    let v116_11: f32 = acc2_3 * v115_11;
    t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v116_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t110[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v111_12: f32 = -acc3_0;
    let v112_12: f32 = exp(v111_12);
    t112[(row0 + ty + 48i) * 176i + (col0 + tx)] = v112_12;
    let v114_12: f32 = 1.0f + v112_12;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx)] = v114_12;
    let v115_12: f32 = 1.0f / v114_12;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx)] = v115_12;
    let v116_12: f32 = acc3_0 * v115_12;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx)] = v116_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v111_13: f32 = -acc3_1;
    let v112_13: f32 = exp(v111_13);
    t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v112_13;
    let v114_13: f32 = 1.0f + v112_13;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v114_13;
    let v115_13: f32 = 1.0f / v114_13;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v115_13;
    let v116_13: f32 = acc3_1 * v115_13;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v116_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v111_14: f32 = -acc3_2;
    let v112_14: f32 = exp(v111_14);
    t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v112_14;
    let v114_14: f32 = 1.0f + v112_14;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v114_14;
    let v115_14: f32 = 1.0f / v114_14;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v115_14;
    let v116_14: f32 = acc3_2 * v115_14;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v116_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v111_15: f32 = -acc3_3;
    let v112_15: f32 = exp(v111_15);
    t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v112_15;
    let v114_15: f32 = 1.0f + v112_15;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v114_15;
    let v115_15: f32 = 1.0f / v114_15;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v115_15;
    let v116_15: f32 = acc3_3 * v115_15;
    t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v116_15;
  }
}
