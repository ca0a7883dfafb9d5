// kernel k29_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t183: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t190: array<f32>;
@group(0) @binding(3) var<storage, read_write> t191: array<f32>;
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
      tileA[tx * 64i + ty] = t183[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t183[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t183[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t183[(row0 + ty + 48i) * 64i + kA];
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
    let v185: f32 = -acc0_0;
    let v186: f32 = exp(v185);
    let v187: f32 = 1.0f + v186;
    let v188: f32 = 1.0f / v187;
    let v189: f32 = acc0_0 * v188;
    let l190: f32 = t190[(row0 + ty) * 176i + (col0 + tx)];
    let v191: f32 = v189 * l190;
    t191[(row0 + ty) * 176i + (col0 + tx)] = v191;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v185_1: f32 = -acc0_1;
    let v186_1: f32 = exp(v185_1);
    let v187_1: f32 = 1.0f + v186_1;
    let v188_1: f32 = 1.0f / v187_1;
    let v189_1: f32 = acc0_1 * v188_1;
    let l190_1: f32 = t190[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v191_1: f32 = v189_1 * l190_1;
    t191[(row0 + ty) * 176i + (col0 + tx) + 16i] = v191_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v185_2: f32 = -acc0_2;
    let v186_2: f32 = exp(v185_2);
    let v187_2: f32 = 1.0f + v186_2;
    let v188_2: f32 = 1.0f / v187_2;
    let v189_2: f32 = acc0_2 * v188_2;
    let l190_2: f32 = t190[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v191_2: f32 = v189_2 * l190_2;
    t191[(row0 + ty) * 176i + (col0 + tx) + 32i] = v191_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v185_3: f32 = -acc0_3;
    let v186_3: f32 = exp(v185_3);
    let v187_3: f32 = 1.0f + v186_3;
    let v188_3: f32 = 1.0f / v187_3;
    let v189_3: f32 = acc0_3 * v188_3;
    let l190_3: f32 = t190[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v191_3: f32 = v189_3 * l190_3;
    t191[(row0 + ty) * 176i + (col0 + tx) + 48i] = v191_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v185_4: f32 = -acc1_0;
    let v186_4: f32 = exp(v185_4);
    let v187_4: f32 = 1.0f + v186_4;
    let v188_4: f32 = 1.0f / v187_4;
    let v189_4: f32 = acc1_0 * v188_4;
    let l190_4: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v191_4: f32 = v189_4 * l190_4;
    t191[(row0 + ty + 16i) * 176i + (col0 + tx)] = v191_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v185_5: f32 = -acc1_1;
    let v186_5: f32 = exp(v185_5);
    let v187_5: f32 = 1.0f + v186_5;
    let v188_5: f32 = 1.0f / v187_5;
    let v189_5: f32 = acc1_1 * v188_5;
    let l190_5: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v191_5: f32 = v189_5 * l190_5;
    t191[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v191_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v185_6: f32 = -acc1_2;
    let v186_6: f32 = exp(v185_6);
    let v187_6: f32 = 1.0f + v186_6;
    let v188_6: f32 = 1.0f / v187_6;
    let v189_6: f32 = acc1_2 * v188_6;
    let l190_6: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v191_6: f32 = v189_6 * l190_6;
    t191[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v191_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v185_7: f32 = -acc1_3;
    let v186_7: f32 = exp(v185_7);
    let v187_7: f32 = 1.0f + v186_7;
    let v188_7: f32 = 1.0f / v187_7;
    let v189_7: f32 = acc1_3 * v188_7;
    let l190_7: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v191_7: f32 = v189_7 * l190_7;
    t191[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v191_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v185_8: f32 = -acc2_0;
    let v186_8: f32 = exp(v185_8);
    let v187_8: f32 = 1.0f + v186_8;
    let v188_8: f32 = 1.0f / v187_8;
    let v189_8: f32 = acc2_0 * v188_8;
    let l190_8: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v191_8: f32 = v189_8 * l190_8;
    t191[(row0 + ty + 32i) * 176i + (col0 + tx)] = v191_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v185_9: f32 = -acc2_1;
    let v186_9: f32 = exp(v185_9);
    let v187_9: f32 = 1.0f + v186_9;
    let v188_9: f32 = 1.0f / v187_9;
    let v189_9: f32 = acc2_1 * v188_9;
    let l190_9: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v191_9: f32 = v189_9 * l190_9;
    t191[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v191_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v185_10: f32 = -acc2_2;
    let v186_10: f32 = exp(v185_10);
    let v187_10: f32 = 1.0f + v186_10;
    let v188_10: f32 = 1.0f / v187_10;
    let v189_10: f32 = acc2_2 * v188_10;
    let l190_10: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v191_10: f32 = v189_10 * l190_10;
    t191[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v191_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v185_11: f32 = -acc2_3;
    let v186_11: f32 = exp(v185_11);
    let v187_11: f32 = 1.0f + v186_11;
    let v188_11: f32 = 1.0f / v187_11;
    let v189_11: f32 = acc2_3 * v188_11;
    let l190_11: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v191_11: f32 = v189_11 * l190_11;
    t191[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v191_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v185_12: f32 = -acc3_0;
    let v186_12: f32 = exp(v185_12);
    let v187_12: f32 = 1.0f + v186_12;
    let v188_12: f32 = 1.0f / v187_12;
    let v189_12: f32 = acc3_0 * v188_12;
    let l190_12: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v191_12: f32 = v189_12 * l190_12;
    t191[(row0 + ty + 48i) * 176i + (col0 + tx)] = v191_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v185_13: f32 = -acc3_1;
    let v186_13: f32 = exp(v185_13);
    let v187_13: f32 = 1.0f + v186_13;
    let v188_13: f32 = 1.0f / v187_13;
    let v189_13: f32 = acc3_1 * v188_13;
    let l190_13: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v191_13: f32 = v189_13 * l190_13;
    t191[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v191_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v185_14: f32 = -acc3_2;
    let v186_14: f32 = exp(v185_14);
    let v187_14: f32 = 1.0f + v186_14;
    let v188_14: f32 = 1.0f / v187_14;
    let v189_14: f32 = acc3_2 * v188_14;
    let l190_14: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v191_14: f32 = v189_14 * l190_14;
    t191[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v191_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v185_15: f32 = -acc3_3;
    let v186_15: f32 = exp(v185_15);
    let v187_15: f32 = 1.0f + v186_15;
    let v188_15: f32 = 1.0f / v187_15;
    let v189_15: f32 = acc3_3 * v188_15;
    let l190_15: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v191_15: f32 = v189_15 * l190_15;
    t191[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v191_15;
  }
}
