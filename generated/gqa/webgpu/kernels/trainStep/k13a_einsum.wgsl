// kernel k13a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t108: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t109: array<f32>;
@group(0) @binding(3) var<storage, read_write> t111: array<f32>;
@group(0) @binding(4) var<storage, read_write> t113: array<f32>;
@group(0) @binding(5) var<storage, read_write> t114: array<f32>;
@group(0) @binding(6) var<storage, read_write> t115: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k13a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t108[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t108[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t108[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t108[(row0 + ty + 48i) * 64i + kA];
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
    t109[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v110: f32 = -acc0_0;
    let v111: f32 = exp(v110);
    t111[(row0 + ty) * 176i + (col0 + tx)] = v111;
    let v113: f32 = 1.0f + v111;
    t113[(row0 + ty) * 176i + (col0 + tx)] = v113;
    let v114: f32 = 1.0f / v113;
    t114[(row0 + ty) * 176i + (col0 + tx)] = v114;
    let v115: f32 = acc0_0 * v114;
    t115[(row0 + ty) * 176i + (col0 + tx)] = v115;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v110_1: f32 = -acc0_1;
    let v111_1: f32 = exp(v110_1);
    t111[(row0 + ty) * 176i + (col0 + tx) + 16i] = v111_1;
    let v113_1: f32 = 1.0f + v111_1;
    t113[(row0 + ty) * 176i + (col0 + tx) + 16i] = v113_1;
    let v114_1: f32 = 1.0f / v113_1;
    t114[(row0 + ty) * 176i + (col0 + tx) + 16i] = v114_1;
    let v115_1: f32 = acc0_1 * v114_1;
    t115[(row0 + ty) * 176i + (col0 + tx) + 16i] = v115_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v110_2: f32 = -acc0_2;
    let v111_2: f32 = exp(v110_2);
    t111[(row0 + ty) * 176i + (col0 + tx) + 32i] = v111_2;
    let v113_2: f32 = 1.0f + v111_2;
    t113[(row0 + ty) * 176i + (col0 + tx) + 32i] = v113_2;
    let v114_2: f32 = 1.0f / v113_2;
    t114[(row0 + ty) * 176i + (col0 + tx) + 32i] = v114_2;
    let v115_2: f32 = acc0_2 * v114_2;
    t115[(row0 + ty) * 176i + (col0 + tx) + 32i] = v115_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v110_3: f32 = -acc0_3;
    let v111_3: f32 = exp(v110_3);
    t111[(row0 + ty) * 176i + (col0 + tx) + 48i] = v111_3;
    let v113_3: f32 = 1.0f + v111_3;
    t113[(row0 + ty) * 176i + (col0 + tx) + 48i] = v113_3;
    let v114_3: f32 = 1.0f / v113_3;
    t114[(row0 + ty) * 176i + (col0 + tx) + 48i] = v114_3;
    let v115_3: f32 = acc0_3 * v114_3;
    t115[(row0 + ty) * 176i + (col0 + tx) + 48i] = v115_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v110_4: f32 = -acc1_0;
    let v111_4: f32 = exp(v110_4);
    t111[(row0 + ty + 16i) * 176i + (col0 + tx)] = v111_4;
    let v113_4: f32 = 1.0f + v111_4;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx)] = v113_4;
    let v114_4: f32 = 1.0f / v113_4;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx)] = v114_4;
    let v115_4: f32 = acc1_0 * v114_4;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx)] = v115_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v110_5: f32 = -acc1_1;
    let v111_5: f32 = exp(v110_5);
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v111_5;
    let v113_5: f32 = 1.0f + v111_5;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v113_5;
    let v114_5: f32 = 1.0f / v113_5;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v114_5;
    let v115_5: f32 = acc1_1 * v114_5;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v115_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v110_6: f32 = -acc1_2;
    let v111_6: f32 = exp(v110_6);
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v111_6;
    let v113_6: f32 = 1.0f + v111_6;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v113_6;
    let v114_6: f32 = 1.0f / v113_6;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v114_6;
    let v115_6: f32 = acc1_2 * v114_6;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v115_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v110_7: f32 = -acc1_3;
    let v111_7: f32 = exp(v110_7);
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v111_7;
    let v113_7: f32 = 1.0f + v111_7;
    t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v113_7;
    let v114_7: f32 = 1.0f / v113_7;
    t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v114_7;
    let v115_7: f32 = acc1_3 * v114_7;
    t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v115_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v110_8: f32 = -acc2_0;
    let v111_8: f32 = exp(v110_8);
    t111[(row0 + ty + 32i) * 176i + (col0 + tx)] = v111_8;
    let v113_8: f32 = 1.0f + v111_8;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx)] = v113_8;
    let v114_8: f32 = 1.0f / v113_8;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx)] = v114_8;
    let v115_8: f32 = acc2_0 * v114_8;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx)] = v115_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v110_9: f32 = -acc2_1;
    let v111_9: f32 = exp(v110_9);
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v111_9;
    let v113_9: f32 = 1.0f + v111_9;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v113_9;
    let v114_9: f32 = 1.0f / v113_9;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v114_9;
    let v115_9: f32 = acc2_1 * v114_9;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v115_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v110_10: f32 = -acc2_2;
    let v111_10: f32 = exp(v110_10);
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v111_10;
    let v113_10: f32 = 1.0f + v111_10;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v113_10;
    let v114_10: f32 = 1.0f / v113_10;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v114_10;
    let v115_10: f32 = acc2_2 * v114_10;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v115_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v110_11: f32 = -acc2_3;
    let v111_11: f32 = exp(v110_11);
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v111_11;
    let v113_11: f32 = 1.0f + v111_11;
    t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v113_11;
    let v114_11: f32 = 1.0f / v113_11;
    t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v114_11;
    let v115_11: f32 = acc2_3 * v114_11;
    t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v115_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v110_12: f32 = -acc3_0;
    let v111_12: f32 = exp(v110_12);
    t111[(row0 + ty + 48i) * 176i + (col0 + tx)] = v111_12;
    let v113_12: f32 = 1.0f + v111_12;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx)] = v113_12;
    let v114_12: f32 = 1.0f / v113_12;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx)] = v114_12;
    let v115_12: f32 = acc3_0 * v114_12;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx)] = v115_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v110_13: f32 = -acc3_1;
    let v111_13: f32 = exp(v110_13);
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v111_13;
    let v113_13: f32 = 1.0f + v111_13;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v113_13;
    let v114_13: f32 = 1.0f / v113_13;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v114_13;
    let v115_13: f32 = acc3_1 * v114_13;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v115_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v110_14: f32 = -acc3_2;
    let v111_14: f32 = exp(v110_14);
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v111_14;
    let v113_14: f32 = 1.0f + v111_14;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v113_14;
    let v114_14: f32 = 1.0f / v113_14;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v114_14;
    let v115_14: f32 = acc3_2 * v114_14;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v115_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v110_15: f32 = -acc3_3;
    let v111_15: f32 = exp(v110_15);
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v111_15;
    let v113_15: f32 = 1.0f + v111_15;
    t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v113_15;
    let v114_15: f32 = 1.0f / v113_15;
    t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v114_15;
    let v115_15: f32 = acc3_3 * v114_15;
    t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v115_15;
  }
}
