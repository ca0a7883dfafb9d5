// kernel k13_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t106: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t107: array<f32>;
@group(0) @binding(3) var<storage, read_write> t108: array<f32>;
@group(0) @binding(4) var<storage, read_write> t109: array<f32>;
@group(0) @binding(5) var<storage, read> t110: array<f32>;
@group(0) @binding(6) var<storage, read_write> t111: array<f32>;
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
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t106[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t106[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t106[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t106[(row0 + ty + 48i) * 64i + kA];
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
    t107[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v108: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t108[(row0 + ty) * 176i + (col0 + tx)] = v108;
    let v109: f32 = acc0_0 * v108;
    t109[(row0 + ty) * 176i + (col0 + tx)] = v109;
    let l110: f32 = t110[(row0 + ty) * 176i + (col0 + tx)];
    let v111: f32 = v109 * l110;
    t111[(row0 + ty) * 176i + (col0 + tx)] = v111;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t107[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v108_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t108[(row0 + ty) * 176i + (col0 + tx) + 16i] = v108_1;
    let v109_1: f32 = acc0_1 * v108_1;
    t109[(row0 + ty) * 176i + (col0 + tx) + 16i] = v109_1;
    let l110_1: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v111_1: f32 = v109_1 * l110_1;
    t111[(row0 + ty) * 176i + (col0 + tx) + 16i] = v111_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t107[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v108_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t108[(row0 + ty) * 176i + (col0 + tx) + 32i] = v108_2;
    let v109_2: f32 = acc0_2 * v108_2;
    t109[(row0 + ty) * 176i + (col0 + tx) + 32i] = v109_2;
    let l110_2: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v111_2: f32 = v109_2 * l110_2;
    t111[(row0 + ty) * 176i + (col0 + tx) + 32i] = v111_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t107[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v108_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t108[(row0 + ty) * 176i + (col0 + tx) + 48i] = v108_3;
    let v109_3: f32 = acc0_3 * v108_3;
    t109[(row0 + ty) * 176i + (col0 + tx) + 48i] = v109_3;
    let l110_3: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v111_3: f32 = v109_3 * l110_3;
    t111[(row0 + ty) * 176i + (col0 + tx) + 48i] = v111_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t107[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v108_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t108[(row0 + ty + 16i) * 176i + (col0 + tx)] = v108_4;
    let v109_4: f32 = acc1_0 * v108_4;
    t109[(row0 + ty + 16i) * 176i + (col0 + tx)] = v109_4;
    let l110_4: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v111_4: f32 = v109_4 * l110_4;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx)] = v111_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t107[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v108_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v108_5;
    let v109_5: f32 = acc1_1 * v108_5;
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v109_5;
    let l110_5: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v111_5: f32 = v109_5 * l110_5;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v111_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t107[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v108_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v108_6;
    let v109_6: f32 = acc1_2 * v108_6;
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v109_6;
    let l110_6: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v111_6: f32 = v109_6 * l110_6;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v111_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t107[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v108_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v108_7;
    let v109_7: f32 = acc1_3 * v108_7;
    t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v109_7;
    let l110_7: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v111_7: f32 = v109_7 * l110_7;
    t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v111_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t107[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v108_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t108[(row0 + ty + 32i) * 176i + (col0 + tx)] = v108_8;
    let v109_8: f32 = acc2_0 * v108_8;
    t109[(row0 + ty + 32i) * 176i + (col0 + tx)] = v109_8;
    let l110_8: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v111_8: f32 = v109_8 * l110_8;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx)] = v111_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t107[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v108_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v108_9;
    let v109_9: f32 = acc2_1 * v108_9;
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v109_9;
    let l110_9: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v111_9: f32 = v109_9 * l110_9;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v111_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t107[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v108_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v108_10;
    let v109_10: f32 = acc2_2 * v108_10;
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v109_10;
    let l110_10: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v111_10: f32 = v109_10 * l110_10;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v111_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t107[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v108_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v108_11;
    let v109_11: f32 = acc2_3 * v108_11;
    t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v109_11;
    let l110_11: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v111_11: f32 = v109_11 * l110_11;
    t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v111_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t107[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v108_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t108[(row0 + ty + 48i) * 176i + (col0 + tx)] = v108_12;
    let v109_12: f32 = acc3_0 * v108_12;
    t109[(row0 + ty + 48i) * 176i + (col0 + tx)] = v109_12;
    let l110_12: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v111_12: f32 = v109_12 * l110_12;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx)] = v111_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t107[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v108_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v108_13;
    let v109_13: f32 = acc3_1 * v108_13;
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v109_13;
    let l110_13: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v111_13: f32 = v109_13 * l110_13;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v111_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t107[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v108_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v108_14;
    let v109_14: f32 = acc3_2 * v108_14;
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v109_14;
    let l110_14: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v111_14: f32 = v109_14 * l110_14;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v111_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t107[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v108_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v108_15;
    let v109_15: f32 = acc3_3 * v108_15;
    t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v109_15;
    let l110_15: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v111_15: f32 = v109_15 * l110_15;
    t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v111_15;
  }
}
