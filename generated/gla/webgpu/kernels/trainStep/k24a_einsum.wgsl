// kernel k24a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t170: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t171: array<f32>;
@group(0) @binding(3) var<storage, read_write> t173: array<f32>;
@group(0) @binding(4) var<storage, read_write> t175: array<f32>;
@group(0) @binding(5) var<storage, read_write> t176: array<f32>;
@group(0) @binding(6) var<storage, read_write> t177: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k24a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t170[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t170[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t170[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t170[(row0 + ty + 48i) * 64i + kA];
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
    t171[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v172: f32 = -acc0_0;
    let v173: f32 = exp(v172);
    t173[(row0 + ty) * 176i + (col0 + tx)] = v173;
    let v175: f32 = 1.0f + v173;
    t175[(row0 + ty) * 176i + (col0 + tx)] = v175;
    let v176: f32 = 1.0f / v175;
    t176[(row0 + ty) * 176i + (col0 + tx)] = v176;
    let v177: f32 = acc0_0 * v176;
    t177[(row0 + ty) * 176i + (col0 + tx)] = v177;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t171[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v172_1: f32 = -acc0_1;
    let v173_1: f32 = exp(v172_1);
    t173[(row0 + ty) * 176i + (col0 + tx) + 16i] = v173_1;
    let v175_1: f32 = 1.0f + v173_1;
    t175[(row0 + ty) * 176i + (col0 + tx) + 16i] = v175_1;
    let v176_1: f32 = 1.0f / v175_1;
    t176[(row0 + ty) * 176i + (col0 + tx) + 16i] = v176_1;
    let v177_1: f32 = acc0_1 * v176_1;
    t177[(row0 + ty) * 176i + (col0 + tx) + 16i] = v177_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t171[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v172_2: f32 = -acc0_2;
    let v173_2: f32 = exp(v172_2);
    t173[(row0 + ty) * 176i + (col0 + tx) + 32i] = v173_2;
    let v175_2: f32 = 1.0f + v173_2;
    t175[(row0 + ty) * 176i + (col0 + tx) + 32i] = v175_2;
    let v176_2: f32 = 1.0f / v175_2;
    t176[(row0 + ty) * 176i + (col0 + tx) + 32i] = v176_2;
    let v177_2: f32 = acc0_2 * v176_2;
    t177[(row0 + ty) * 176i + (col0 + tx) + 32i] = v177_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t171[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v172_3: f32 = -acc0_3;
    let v173_3: f32 = exp(v172_3);
    t173[(row0 + ty) * 176i + (col0 + tx) + 48i] = v173_3;
    let v175_3: f32 = 1.0f + v173_3;
    t175[(row0 + ty) * 176i + (col0 + tx) + 48i] = v175_3;
    let v176_3: f32 = 1.0f / v175_3;
    t176[(row0 + ty) * 176i + (col0 + tx) + 48i] = v176_3;
    let v177_3: f32 = acc0_3 * v176_3;
    t177[(row0 + ty) * 176i + (col0 + tx) + 48i] = v177_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t171[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v172_4: f32 = -acc1_0;
    let v173_4: f32 = exp(v172_4);
    t173[(row0 + ty + 16i) * 176i + (col0 + tx)] = v173_4;
    let v175_4: f32 = 1.0f + v173_4;
    t175[(row0 + ty + 16i) * 176i + (col0 + tx)] = v175_4;
    let v176_4: f32 = 1.0f / v175_4;
    t176[(row0 + ty + 16i) * 176i + (col0 + tx)] = v176_4;
    let v177_4: f32 = acc1_0 * v176_4;
    t177[(row0 + ty + 16i) * 176i + (col0 + tx)] = v177_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t171[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v172_5: f32 = -acc1_1;
    let v173_5: f32 = exp(v172_5);
    t173[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v173_5;
    let v175_5: f32 = 1.0f + v173_5;
    t175[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v175_5;
    let v176_5: f32 = 1.0f / v175_5;
    t176[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v176_5;
    let v177_5: f32 = acc1_1 * v176_5;
    t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v177_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t171[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v172_6: f32 = -acc1_2;
    let v173_6: f32 = exp(v172_6);
    t173[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v173_6;
    let v175_6: f32 = 1.0f + v173_6;
    t175[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v175_6;
    let v176_6: f32 = 1.0f / v175_6;
    t176[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v176_6;
    let v177_6: f32 = acc1_2 * v176_6;
    t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v177_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t171[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v172_7: f32 = -acc1_3;
    let v173_7: f32 = exp(v172_7);
    t173[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v173_7;
    let v175_7: f32 = 1.0f + v173_7;
    t175[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v175_7;
    let v176_7: f32 = 1.0f / v175_7;
    t176[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v176_7;
    let v177_7: f32 = acc1_3 * v176_7;
    t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v177_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t171[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v172_8: f32 = -acc2_0;
    let v173_8: f32 = exp(v172_8);
    t173[(row0 + ty + 32i) * 176i + (col0 + tx)] = v173_8;
    let v175_8: f32 = 1.0f + v173_8;
    t175[(row0 + ty + 32i) * 176i + (col0 + tx)] = v175_8;
    let v176_8: f32 = 1.0f / v175_8;
    t176[(row0 + ty + 32i) * 176i + (col0 + tx)] = v176_8;
    let v177_8: f32 = acc2_0 * v176_8;
    t177[(row0 + ty + 32i) * 176i + (col0 + tx)] = v177_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t171[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v172_9: f32 = -acc2_1;
    let v173_9: f32 = exp(v172_9);
    t173[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v173_9;
    let v175_9: f32 = 1.0f + v173_9;
    t175[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v175_9;
    let v176_9: f32 = 1.0f / v175_9;
    t176[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v176_9;
    let v177_9: f32 = acc2_1 * v176_9;
    t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v177_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t171[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v172_10: f32 = -acc2_2;
    let v173_10: f32 = exp(v172_10);
    t173[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v173_10;
    let v175_10: f32 = 1.0f + v173_10;
    t175[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v175_10;
    let v176_10: f32 = 1.0f / v175_10;
    t176[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v176_10;
    let v177_10: f32 = acc2_2 * v176_10;
    t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v177_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t171[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v172_11: f32 = -acc2_3;
    let v173_11: f32 = exp(v172_11);
    t173[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v173_11;
    let v175_11: f32 = 1.0f + v173_11;
    t175[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v175_11;
    let v176_11: f32 = 1.0f / v175_11;
    t176[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v176_11;
    let v177_11: f32 = acc2_3 * v176_11;
    t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v177_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t171[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v172_12: f32 = -acc3_0;
    let v173_12: f32 = exp(v172_12);
    t173[(row0 + ty + 48i) * 176i + (col0 + tx)] = v173_12;
    let v175_12: f32 = 1.0f + v173_12;
    t175[(row0 + ty + 48i) * 176i + (col0 + tx)] = v175_12;
    let v176_12: f32 = 1.0f / v175_12;
    t176[(row0 + ty + 48i) * 176i + (col0 + tx)] = v176_12;
    let v177_12: f32 = acc3_0 * v176_12;
    t177[(row0 + ty + 48i) * 176i + (col0 + tx)] = v177_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t171[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v172_13: f32 = -acc3_1;
    let v173_13: f32 = exp(v172_13);
    t173[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v173_13;
    let v175_13: f32 = 1.0f + v173_13;
    t175[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v175_13;
    let v176_13: f32 = 1.0f / v175_13;
    t176[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v176_13;
    let v177_13: f32 = acc3_1 * v176_13;
    t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v177_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t171[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v172_14: f32 = -acc3_2;
    let v173_14: f32 = exp(v172_14);
    t173[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v173_14;
    let v175_14: f32 = 1.0f + v173_14;
    t175[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v175_14;
    let v176_14: f32 = 1.0f / v175_14;
    t176[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v176_14;
    let v177_14: f32 = acc3_2 * v176_14;
    t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v177_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t171[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v172_15: f32 = -acc3_3;
    let v173_15: f32 = exp(v172_15);
    t173[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v173_15;
    let v175_15: f32 = 1.0f + v173_15;
    t175[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v175_15;
    let v176_15: f32 = 1.0f / v175_15;
    t176[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v176_15;
    let v177_15: f32 = acc3_3 * v176_15;
    t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v177_15;
  }
}
