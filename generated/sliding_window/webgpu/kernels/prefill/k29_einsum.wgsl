// kernel k29_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t181: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t185: array<f32>;
@group(0) @binding(3) var<storage, read_write> t186: array<f32>;
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
      tileA[tx * 64i + ty] = t181[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t181[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t181[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t181[(row0 + ty + 48i) * 64i + kA];
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
    let v183: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v184: f32 = acc0_0 * v183;
    let l185: f32 = t185[(row0 + ty) * 176i + (col0 + tx)];
    let v186: f32 = v184 * l185;
    t186[(row0 + ty) * 176i + (col0 + tx)] = v186;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v183_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v184_1: f32 = acc0_1 * v183_1;
    let l185_1: f32 = t185[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v186_1: f32 = v184_1 * l185_1;
    t186[(row0 + ty) * 176i + (col0 + tx) + 16i] = v186_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v183_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v184_2: f32 = acc0_2 * v183_2;
    let l185_2: f32 = t185[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v186_2: f32 = v184_2 * l185_2;
    t186[(row0 + ty) * 176i + (col0 + tx) + 32i] = v186_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v183_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v184_3: f32 = acc0_3 * v183_3;
    let l185_3: f32 = t185[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v186_3: f32 = v184_3 * l185_3;
    t186[(row0 + ty) * 176i + (col0 + tx) + 48i] = v186_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v183_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v184_4: f32 = acc1_0 * v183_4;
    let l185_4: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v186_4: f32 = v184_4 * l185_4;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx)] = v186_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v183_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v184_5: f32 = acc1_1 * v183_5;
    let l185_5: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v186_5: f32 = v184_5 * l185_5;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v186_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v183_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v184_6: f32 = acc1_2 * v183_6;
    let l185_6: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v186_6: f32 = v184_6 * l185_6;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v186_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v183_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v184_7: f32 = acc1_3 * v183_7;
    let l185_7: f32 = t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v186_7: f32 = v184_7 * l185_7;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v186_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v183_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v184_8: f32 = acc2_0 * v183_8;
    let l185_8: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v186_8: f32 = v184_8 * l185_8;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx)] = v186_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v183_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v184_9: f32 = acc2_1 * v183_9;
    let l185_9: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v186_9: f32 = v184_9 * l185_9;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v186_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v183_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v184_10: f32 = acc2_2 * v183_10;
    let l185_10: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v186_10: f32 = v184_10 * l185_10;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v186_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v183_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v184_11: f32 = acc2_3 * v183_11;
    let l185_11: f32 = t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v186_11: f32 = v184_11 * l185_11;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v186_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v183_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v184_12: f32 = acc3_0 * v183_12;
    let l185_12: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v186_12: f32 = v184_12 * l185_12;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx)] = v186_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v183_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v184_13: f32 = acc3_1 * v183_13;
    let l185_13: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v186_13: f32 = v184_13 * l185_13;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v186_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v183_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v184_14: f32 = acc3_2 * v183_14;
    let l185_14: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v186_14: f32 = v184_14 * l185_14;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v186_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v183_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v184_15: f32 = acc3_3 * v183_15;
    let l185_15: f32 = t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v186_15: f32 = v184_15 * l185_15;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v186_15;
  }
}
