// kernel k24_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t169: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t177: array<f32>;
@group(0) @binding(3) var<storage, read_write> t178: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k24_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t169[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t169[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t169[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t169[(row0 + ty + 48i) * 64i + kA];
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
    let v171: f32 = -acc0_0;
    let v172: f32 = exp(v171);
    let v174: f32 = 1.0f + v172;
    let v175: f32 = 1.0f / v174;
    let v176: f32 = acc0_0 * v175;
    let l177: f32 = t177[(row0 + ty) * 176i + (col0 + tx)];
    let v178: f32 = v176 * l177;
    t178[(row0 + ty) * 176i + (col0 + tx)] = v178;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v171_1: f32 = -acc0_1;
    let v172_1: f32 = exp(v171_1);
    let v174_1: f32 = 1.0f + v172_1;
    let v175_1: f32 = 1.0f / v174_1;
    let v176_1: f32 = acc0_1 * v175_1;
    let l177_1: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v178_1: f32 = v176_1 * l177_1;
    t178[(row0 + ty) * 176i + (col0 + tx) + 16i] = v178_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v171_2: f32 = -acc0_2;
    let v172_2: f32 = exp(v171_2);
    let v174_2: f32 = 1.0f + v172_2;
    let v175_2: f32 = 1.0f / v174_2;
    let v176_2: f32 = acc0_2 * v175_2;
    let l177_2: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v178_2: f32 = v176_2 * l177_2;
    t178[(row0 + ty) * 176i + (col0 + tx) + 32i] = v178_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v171_3: f32 = -acc0_3;
    let v172_3: f32 = exp(v171_3);
    let v174_3: f32 = 1.0f + v172_3;
    let v175_3: f32 = 1.0f / v174_3;
    let v176_3: f32 = acc0_3 * v175_3;
    let l177_3: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v178_3: f32 = v176_3 * l177_3;
    t178[(row0 + ty) * 176i + (col0 + tx) + 48i] = v178_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v171_4: f32 = -acc1_0;
    let v172_4: f32 = exp(v171_4);
    let v174_4: f32 = 1.0f + v172_4;
    let v175_4: f32 = 1.0f / v174_4;
    let v176_4: f32 = acc1_0 * v175_4;
    let l177_4: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v178_4: f32 = v176_4 * l177_4;
    t178[(row0 + ty + 16i) * 176i + (col0 + tx)] = v178_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v171_5: f32 = -acc1_1;
    let v172_5: f32 = exp(v171_5);
    let v174_5: f32 = 1.0f + v172_5;
    let v175_5: f32 = 1.0f / v174_5;
    let v176_5: f32 = acc1_1 * v175_5;
    let l177_5: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v178_5: f32 = v176_5 * l177_5;
    t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v178_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v171_6: f32 = -acc1_2;
    let v172_6: f32 = exp(v171_6);
    let v174_6: f32 = 1.0f + v172_6;
    let v175_6: f32 = 1.0f / v174_6;
    let v176_6: f32 = acc1_2 * v175_6;
    let l177_6: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v178_6: f32 = v176_6 * l177_6;
    t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v178_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v171_7: f32 = -acc1_3;
    let v172_7: f32 = exp(v171_7);
    let v174_7: f32 = 1.0f + v172_7;
    let v175_7: f32 = 1.0f / v174_7;
    let v176_7: f32 = acc1_3 * v175_7;
    let l177_7: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v178_7: f32 = v176_7 * l177_7;
    t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v178_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v171_8: f32 = -acc2_0;
    let v172_8: f32 = exp(v171_8);
    let v174_8: f32 = 1.0f + v172_8;
    let v175_8: f32 = 1.0f / v174_8;
    let v176_8: f32 = acc2_0 * v175_8;
    let l177_8: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v178_8: f32 = v176_8 * l177_8;
    t178[(row0 + ty + 32i) * 176i + (col0 + tx)] = v178_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v171_9: f32 = -acc2_1;
    let v172_9: f32 = exp(v171_9);
    let v174_9: f32 = 1.0f + v172_9;
    let v175_9: f32 = 1.0f / v174_9;
    let v176_9: f32 = acc2_1 * v175_9;
    let l177_9: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v178_9: f32 = v176_9 * l177_9;
    t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v178_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v171_10: f32 = -acc2_2;
    let v172_10: f32 = exp(v171_10);
    let v174_10: f32 = 1.0f + v172_10;
    let v175_10: f32 = 1.0f / v174_10;
    let v176_10: f32 = acc2_2 * v175_10;
    let l177_10: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v178_10: f32 = v176_10 * l177_10;
    t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v178_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v171_11: f32 = -acc2_3;
    let v172_11: f32 = exp(v171_11);
    let v174_11: f32 = 1.0f + v172_11;
    let v175_11: f32 = 1.0f / v174_11;
    let v176_11: f32 = acc2_3 * v175_11;
    let l177_11: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v178_11: f32 = v176_11 * l177_11;
    t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v178_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v171_12: f32 = -acc3_0;
    let v172_12: f32 = exp(v171_12);
    let v174_12: f32 = 1.0f + v172_12;
    let v175_12: f32 = 1.0f / v174_12;
    let v176_12: f32 = acc3_0 * v175_12;
    let l177_12: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v178_12: f32 = v176_12 * l177_12;
    t178[(row0 + ty + 48i) * 176i + (col0 + tx)] = v178_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v171_13: f32 = -acc3_1;
    let v172_13: f32 = exp(v171_13);
    let v174_13: f32 = 1.0f + v172_13;
    let v175_13: f32 = 1.0f / v174_13;
    let v176_13: f32 = acc3_1 * v175_13;
    let l177_13: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v178_13: f32 = v176_13 * l177_13;
    t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v178_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v171_14: f32 = -acc3_2;
    let v172_14: f32 = exp(v171_14);
    let v174_14: f32 = 1.0f + v172_14;
    let v175_14: f32 = 1.0f / v174_14;
    let v176_14: f32 = acc3_2 * v175_14;
    let l177_14: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v178_14: f32 = v176_14 * l177_14;
    t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v178_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v171_15: f32 = -acc3_3;
    let v172_15: f32 = exp(v171_15);
    let v174_15: f32 = 1.0f + v172_15;
    let v175_15: f32 = 1.0f / v174_15;
    let v176_15: f32 = acc3_3 * v175_15;
    let l177_15: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v178_15: f32 = v176_15 * l177_15;
    t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v178_15;
  }
}
