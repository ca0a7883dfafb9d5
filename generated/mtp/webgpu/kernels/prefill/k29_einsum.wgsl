// kernel k29_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t188: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t192: array<f32>;
@group(0) @binding(3) var<storage, read_write> t193: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k29_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t188[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t188[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t188[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t188[(row0 + ty + 48i) * 64i + kA];
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
    let v190: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v191: f32 = acc0_0 * v190;
    let l192: f32 = t192[(row0 + ty) * 176i + (col0 + tx)];
    let v193: f32 = v191 * l192;
    t193[(row0 + ty) * 176i + (col0 + tx)] = v193;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v190_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v191_1: f32 = acc0_1 * v190_1;
    let l192_1: f32 = t192[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v193_1: f32 = v191_1 * l192_1;
    t193[(row0 + ty) * 176i + (col0 + tx) + 16i] = v193_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v190_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v191_2: f32 = acc0_2 * v190_2;
    let l192_2: f32 = t192[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v193_2: f32 = v191_2 * l192_2;
    t193[(row0 + ty) * 176i + (col0 + tx) + 32i] = v193_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v190_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v191_3: f32 = acc0_3 * v190_3;
    let l192_3: f32 = t192[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v193_3: f32 = v191_3 * l192_3;
    t193[(row0 + ty) * 176i + (col0 + tx) + 48i] = v193_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v190_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v191_4: f32 = acc1_0 * v190_4;
    let l192_4: f32 = t192[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v193_4: f32 = v191_4 * l192_4;
    t193[(row0 + ty + 16i) * 176i + (col0 + tx)] = v193_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v190_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v191_5: f32 = acc1_1 * v190_5;
    let l192_5: f32 = t192[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v193_5: f32 = v191_5 * l192_5;
    t193[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v193_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v190_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v191_6: f32 = acc1_2 * v190_6;
    let l192_6: f32 = t192[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v193_6: f32 = v191_6 * l192_6;
    t193[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v193_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v190_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v191_7: f32 = acc1_3 * v190_7;
    let l192_7: f32 = t192[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v193_7: f32 = v191_7 * l192_7;
    t193[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v193_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v190_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v191_8: f32 = acc2_0 * v190_8;
    let l192_8: f32 = t192[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v193_8: f32 = v191_8 * l192_8;
    t193[(row0 + ty + 32i) * 176i + (col0 + tx)] = v193_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v190_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v191_9: f32 = acc2_1 * v190_9;
    let l192_9: f32 = t192[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v193_9: f32 = v191_9 * l192_9;
    t193[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v193_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v190_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v191_10: f32 = acc2_2 * v190_10;
    let l192_10: f32 = t192[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v193_10: f32 = v191_10 * l192_10;
    t193[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v193_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v190_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v191_11: f32 = acc2_3 * v190_11;
    let l192_11: f32 = t192[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v193_11: f32 = v191_11 * l192_11;
    t193[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v193_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v190_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v191_12: f32 = acc3_0 * v190_12;
    let l192_12: f32 = t192[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v193_12: f32 = v191_12 * l192_12;
    t193[(row0 + ty + 48i) * 176i + (col0 + tx)] = v193_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v190_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v191_13: f32 = acc3_1 * v190_13;
    let l192_13: f32 = t192[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v193_13: f32 = v191_13 * l192_13;
    t193[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v193_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v190_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v191_14: f32 = acc3_2 * v190_14;
    let l192_14: f32 = t192[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v193_14: f32 = v191_14 * l192_14;
    t193[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v193_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v190_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v191_15: f32 = acc3_3 * v190_15;
    let l192_15: f32 = t192[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v193_15: f32 = v191_15 * l192_15;
    t193[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v193_15;
  }
}
