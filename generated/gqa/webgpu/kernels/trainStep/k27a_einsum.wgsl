// kernel k27a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t182: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t183: array<f32>;
@group(0) @binding(3) var<storage, read_write> t185: array<f32>;
@group(0) @binding(4) var<storage, read_write> t186: array<f32>;
@group(0) @binding(5) var<storage, read_write> t187: array<f32>;
@group(0) @binding(6) var<storage, read_write> t188: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k27a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t182[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t182[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t182[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t182[(row0 + ty + 48i) * 64i + kA];
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
    t183[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v184: f32 = -acc0_0;
    let v185: f32 = exp(v184);
    t185[(row0 + ty) * 176i + (col0 + tx)] = v185;
    let v186: f32 = 1.0f + v185;
    t186[(row0 + ty) * 176i + (col0 + tx)] = v186;
    let v187: f32 = 1.0f / v186;
    t187[(row0 + ty) * 176i + (col0 + tx)] = v187;
    let v188: f32 = acc0_0 * v187;
    t188[(row0 + ty) * 176i + (col0 + tx)] = v188;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t183[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v184_1: f32 = -acc0_1;
    let v185_1: f32 = exp(v184_1);
    t185[(row0 + ty) * 176i + (col0 + tx) + 16i] = v185_1;
    let v186_1: f32 = 1.0f + v185_1;
    t186[(row0 + ty) * 176i + (col0 + tx) + 16i] = v186_1;
    let v187_1: f32 = 1.0f / v186_1;
    t187[(row0 + ty) * 176i + (col0 + tx) + 16i] = v187_1;
    let v188_1: f32 = acc0_1 * v187_1;
    t188[(row0 + ty) * 176i + (col0 + tx) + 16i] = v188_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t183[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v184_2: f32 = -acc0_2;
    let v185_2: f32 = exp(v184_2);
    t185[(row0 + ty) * 176i + (col0 + tx) + 32i] = v185_2;
    let v186_2: f32 = 1.0f + v185_2;
    t186[(row0 + ty) * 176i + (col0 + tx) + 32i] = v186_2;
    let v187_2: f32 = 1.0f / v186_2;
    t187[(row0 + ty) * 176i + (col0 + tx) + 32i] = v187_2;
    let v188_2: f32 = acc0_2 * v187_2;
    t188[(row0 + ty) * 176i + (col0 + tx) + 32i] = v188_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t183[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v184_3: f32 = -acc0_3;
    let v185_3: f32 = exp(v184_3);
    t185[(row0 + ty) * 176i + (col0 + tx) + 48i] = v185_3;
    let v186_3: f32 = 1.0f + v185_3;
    t186[(row0 + ty) * 176i + (col0 + tx) + 48i] = v186_3;
    let v187_3: f32 = 1.0f / v186_3;
    t187[(row0 + ty) * 176i + (col0 + tx) + 48i] = v187_3;
    let v188_3: f32 = acc0_3 * v187_3;
    t188[(row0 + ty) * 176i + (col0 + tx) + 48i] = v188_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t183[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v184_4: f32 = -acc1_0;
    let v185_4: f32 = exp(v184_4);
    t185[(row0 + ty + 16i) * 176i + (col0 + tx)] = v185_4;
    let v186_4: f32 = 1.0f + v185_4;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx)] = v186_4;
    let v187_4: f32 = 1.0f / v186_4;
    t187[(row0 + ty + 16i) * 176i + (col0 + tx)] = v187_4;
    let v188_4: f32 = acc1_0 * v187_4;
    t188[(row0 + ty + 16i) * 176i + (col0 + tx)] = v188_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t183[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v184_5: f32 = -acc1_1;
    let v185_5: f32 = exp(v184_5);
    t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v185_5;
    let v186_5: f32 = 1.0f + v185_5;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v186_5;
    let v187_5: f32 = 1.0f / v186_5;
    t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v187_5;
    let v188_5: f32 = acc1_1 * v187_5;
    t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v188_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t183[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v184_6: f32 = -acc1_2;
    let v185_6: f32 = exp(v184_6);
    t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v185_6;
    let v186_6: f32 = 1.0f + v185_6;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v186_6;
    let v187_6: f32 = 1.0f / v186_6;
    t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v187_6;
    let v188_6: f32 = acc1_2 * v187_6;
    t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v188_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t183[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v184_7: f32 = -acc1_3;
    let v185_7: f32 = exp(v184_7);
    t185[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v185_7;
    let v186_7: f32 = 1.0f + v185_7;
    t186[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v186_7;
    let v187_7: f32 = 1.0f / v186_7;
    t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v187_7;
    let v188_7: f32 = acc1_3 * v187_7;
    t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v188_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t183[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v184_8: f32 = -acc2_0;
    let v185_8: f32 = exp(v184_8);
    t185[(row0 + ty + 32i) * 176i + (col0 + tx)] = v185_8;
    let v186_8: f32 = 1.0f + v185_8;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx)] = v186_8;
    let v187_8: f32 = 1.0f / v186_8;
    t187[(row0 + ty + 32i) * 176i + (col0 + tx)] = v187_8;
    let v188_8: f32 = acc2_0 * v187_8;
    t188[(row0 + ty + 32i) * 176i + (col0 + tx)] = v188_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t183[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v184_9: f32 = -acc2_1;
    let v185_9: f32 = exp(v184_9);
    t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v185_9;
    let v186_9: f32 = 1.0f + v185_9;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v186_9;
    let v187_9: f32 = 1.0f / v186_9;
    t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v187_9;
    let v188_9: f32 = acc2_1 * v187_9;
    t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v188_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t183[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v184_10: f32 = -acc2_2;
    let v185_10: f32 = exp(v184_10);
    t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v185_10;
    let v186_10: f32 = 1.0f + v185_10;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v186_10;
    let v187_10: f32 = 1.0f / v186_10;
    t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v187_10;
    let v188_10: f32 = acc2_2 * v187_10;
    t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v188_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t183[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v184_11: f32 = -acc2_3;
    let v185_11: f32 = exp(v184_11);
    t185[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v185_11;
    let v186_11: f32 = 1.0f + v185_11;
    t186[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v186_11;
    let v187_11: f32 = 1.0f / v186_11;
    t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v187_11;
    let v188_11: f32 = acc2_3 * v187_11;
    t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v188_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t183[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v184_12: f32 = -acc3_0;
    let v185_12: f32 = exp(v184_12);
    t185[(row0 + ty + 48i) * 176i + (col0 + tx)] = v185_12;
    let v186_12: f32 = 1.0f + v185_12;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx)] = v186_12;
    let v187_12: f32 = 1.0f / v186_12;
    t187[(row0 + ty + 48i) * 176i + (col0 + tx)] = v187_12;
    let v188_12: f32 = acc3_0 * v187_12;
    t188[(row0 + ty + 48i) * 176i + (col0 + tx)] = v188_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t183[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v184_13: f32 = -acc3_1;
    let v185_13: f32 = exp(v184_13);
    t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v185_13;
    let v186_13: f32 = 1.0f + v185_13;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v186_13;
    let v187_13: f32 = 1.0f / v186_13;
    t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v187_13;
    let v188_13: f32 = acc3_1 * v187_13;
    t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v188_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t183[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v184_14: f32 = -acc3_2;
    let v185_14: f32 = exp(v184_14);
    t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v185_14;
    let v186_14: f32 = 1.0f + v185_14;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v186_14;
    let v187_14: f32 = 1.0f / v186_14;
    t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v187_14;
    let v188_14: f32 = acc3_2 * v187_14;
    t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v188_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t183[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v184_15: f32 = -acc3_3;
    let v185_15: f32 = exp(v184_15);
    t185[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v185_15;
    let v186_15: f32 = 1.0f + v185_15;
    t186[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v186_15;
    let v187_15: f32 = 1.0f / v186_15;
    t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v187_15;
    let v188_15: f32 = acc3_3 * v187_15;
    t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v188_15;
  }
}
