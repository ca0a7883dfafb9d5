// kernel k31_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t184: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t188: array<f32>;
@group(0) @binding(3) var<storage, read_write> t189: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k31_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t184[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t184[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t184[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t184[(row0 + ty + 48i) * 64i + kA];
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
    let v186: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v187: f32 = acc0_0 * v186;
    let l188: f32 = t188[(row0 + ty) * 176i + (col0 + tx)];
    let v189: f32 = v187 * l188;
    t189[(row0 + ty) * 176i + (col0 + tx)] = v189;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v186_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v187_1: f32 = acc0_1 * v186_1;
    let l188_1: f32 = t188[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v189_1: f32 = v187_1 * l188_1;
    t189[(row0 + ty) * 176i + (col0 + tx) + 16i] = v189_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v186_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v187_2: f32 = acc0_2 * v186_2;
    let l188_2: f32 = t188[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v189_2: f32 = v187_2 * l188_2;
    t189[(row0 + ty) * 176i + (col0 + tx) + 32i] = v189_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v186_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v187_3: f32 = acc0_3 * v186_3;
    let l188_3: f32 = t188[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v189_3: f32 = v187_3 * l188_3;
    t189[(row0 + ty) * 176i + (col0 + tx) + 48i] = v189_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v186_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v187_4: f32 = acc1_0 * v186_4;
    let l188_4: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v189_4: f32 = v187_4 * l188_4;
    t189[(row0 + ty + 16i) * 176i + (col0 + tx)] = v189_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v186_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v187_5: f32 = acc1_1 * v186_5;
    let l188_5: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v189_5: f32 = v187_5 * l188_5;
    t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v189_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v186_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v187_6: f32 = acc1_2 * v186_6;
    let l188_6: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v189_6: f32 = v187_6 * l188_6;
    t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v189_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v186_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v187_7: f32 = acc1_3 * v186_7;
    let l188_7: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v189_7: f32 = v187_7 * l188_7;
    t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v189_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v186_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v187_8: f32 = acc2_0 * v186_8;
    let l188_8: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v189_8: f32 = v187_8 * l188_8;
    t189[(row0 + ty + 32i) * 176i + (col0 + tx)] = v189_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v186_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v187_9: f32 = acc2_1 * v186_9;
    let l188_9: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v189_9: f32 = v187_9 * l188_9;
    t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v189_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v186_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v187_10: f32 = acc2_2 * v186_10;
    let l188_10: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v189_10: f32 = v187_10 * l188_10;
    t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v189_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v186_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v187_11: f32 = acc2_3 * v186_11;
    let l188_11: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v189_11: f32 = v187_11 * l188_11;
    t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v189_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v186_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v187_12: f32 = acc3_0 * v186_12;
    let l188_12: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v189_12: f32 = v187_12 * l188_12;
    t189[(row0 + ty + 48i) * 176i + (col0 + tx)] = v189_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v186_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v187_13: f32 = acc3_1 * v186_13;
    let l188_13: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v189_13: f32 = v187_13 * l188_13;
    t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v189_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v186_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v187_14: f32 = acc3_2 * v186_14;
    let l188_14: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v189_14: f32 = v187_14 * l188_14;
    t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v189_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v186_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v187_15: f32 = acc3_3 * v186_15;
    let l188_15: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v189_15: f32 = v187_15 * l188_15;
    t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v189_15;
  }
}
