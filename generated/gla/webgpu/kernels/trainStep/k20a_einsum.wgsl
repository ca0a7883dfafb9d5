// kernel k20a_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t47: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t150: array<f32>;
@group(0) @binding(4) var<storage, read_write> t152: array<f32>;
@group(0) @binding(5) var<storage, read_write> t153: array<f32>;
@group(0) @binding(6) var<storage, read_write> t154: array<f32>;
@group(0) @binding(7) var<storage, read_write> t155: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k20a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t47[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t47[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t47[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t47[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l149: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v150: f32 = acc0_0 + l149;
    t150[(row0 + ty) * 64i + (col0 + tx)] = v150;
    let v151: f32 = -v150;
    let v152: f32 = exp(v151);
    t152[(row0 + ty) * 64i + (col0 + tx)] = v152;
    let v153: f32 = 1.0f + v152;
    t153[(row0 + ty) * 64i + (col0 + tx)] = v153;
    let v154: f32 = 1.0f / v153;
    t154[(row0 + ty) * 64i + (col0 + tx)] = v154;
    let v155: f32 = v150 * v154;
    t155[(row0 + ty) * 64i + (col0 + tx)] = v155;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l149_1: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v150_1: f32 = acc0_1 + l149_1;
    t150[(row0 + ty) * 64i + (col0 + tx) + 16i] = v150_1;
    let v151_1: f32 = -v150_1;
    let v152_1: f32 = exp(v151_1);
    t152[(row0 + ty) * 64i + (col0 + tx) + 16i] = v152_1;
    let v153_1: f32 = 1.0f + v152_1;
    t153[(row0 + ty) * 64i + (col0 + tx) + 16i] = v153_1;
    let v154_1: f32 = 1.0f / v153_1;
    t154[(row0 + ty) * 64i + (col0 + tx) + 16i] = v154_1;
    let v155_1: f32 = v150_1 * v154_1;
    t155[(row0 + ty) * 64i + (col0 + tx) + 16i] = v155_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l149_2: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v150_2: f32 = acc0_2 + l149_2;
    t150[(row0 + ty) * 64i + (col0 + tx) + 32i] = v150_2;
    let v151_2: f32 = -v150_2;
    let v152_2: f32 = exp(v151_2);
    t152[(row0 + ty) * 64i + (col0 + tx) + 32i] = v152_2;
    let v153_2: f32 = 1.0f + v152_2;
    t153[(row0 + ty) * 64i + (col0 + tx) + 32i] = v153_2;
    let v154_2: f32 = 1.0f / v153_2;
    t154[(row0 + ty) * 64i + (col0 + tx) + 32i] = v154_2;
    let v155_2: f32 = v150_2 * v154_2;
    t155[(row0 + ty) * 64i + (col0 + tx) + 32i] = v155_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l149_3: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v150_3: f32 = acc0_3 + l149_3;
    t150[(row0 + ty) * 64i + (col0 + tx) + 48i] = v150_3;
    let v151_3: f32 = -v150_3;
    let v152_3: f32 = exp(v151_3);
    t152[(row0 + ty) * 64i + (col0 + tx) + 48i] = v152_3;
    let v153_3: f32 = 1.0f + v152_3;
    t153[(row0 + ty) * 64i + (col0 + tx) + 48i] = v153_3;
    let v154_3: f32 = 1.0f / v153_3;
    t154[(row0 + ty) * 64i + (col0 + tx) + 48i] = v154_3;
    let v155_3: f32 = v150_3 * v154_3;
    t155[(row0 + ty) * 64i + (col0 + tx) + 48i] = v155_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l149_4: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v150_4: f32 = acc1_0 + l149_4;
    t150[(row0 + ty + 16i) * 64i + (col0 + tx)] = v150_4;
    let v151_4: f32 = -v150_4;
    let v152_4: f32 = exp(v151_4);
    t152[(row0 + ty + 16i) * 64i + (col0 + tx)] = v152_4;
    let v153_4: f32 = 1.0f + v152_4;
    t153[(row0 + ty + 16i) * 64i + (col0 + tx)] = v153_4;
    let v154_4: f32 = 1.0f / v153_4;
    t154[(row0 + ty + 16i) * 64i + (col0 + tx)] = v154_4;
    let v155_4: f32 = v150_4 * v154_4;
    t155[(row0 + ty + 16i) * 64i + (col0 + tx)] = v155_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l149_5: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v150_5: f32 = acc1_1 + l149_5;
    t150[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v150_5;
    let v151_5: f32 = -v150_5;
    let v152_5: f32 = exp(v151_5);
    t152[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v152_5;
    let v153_5: f32 = 1.0f + v152_5;
    t153[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v153_5;
    let v154_5: f32 = 1.0f / v153_5;
    t154[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v154_5;
    let v155_5: f32 = v150_5 * v154_5;
    t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v155_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l149_6: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v150_6: f32 = acc1_2 + l149_6;
    t150[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v150_6;
    let v151_6: f32 = -v150_6;
    let v152_6: f32 = exp(v151_6);
    t152[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v152_6;
    let v153_6: f32 = 1.0f + v152_6;
    t153[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v153_6;
    let v154_6: f32 = 1.0f / v153_6;
    t154[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v154_6;
    let v155_6: f32 = v150_6 * v154_6;
    t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v155_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l149_7: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v150_7: f32 = acc1_3 + l149_7;
    t150[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v150_7;
    let v151_7: f32 = -v150_7;
    let v152_7: f32 = exp(v151_7);
    t152[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v152_7;
    let v153_7: f32 = 1.0f + v152_7;
    t153[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v153_7;
    let v154_7: f32 = 1.0f / v153_7;
    t154[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v154_7;
    let v155_7: f32 = v150_7 * v154_7;
    t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v155_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l149_8: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v150_8: f32 = acc2_0 + l149_8;
    t150[(row0 + ty + 32i) * 64i + (col0 + tx)] = v150_8;
    let v151_8: f32 = -v150_8;
    let v152_8: f32 = exp(v151_8);
    t152[(row0 + ty + 32i) * 64i + (col0 + tx)] = v152_8;
    let v153_8: f32 = 1.0f + v152_8;
    t153[(row0 + ty + 32i) * 64i + (col0 + tx)] = v153_8;
    let v154_8: f32 = 1.0f / v153_8;
    t154[(row0 + ty + 32i) * 64i + (col0 + tx)] = v154_8;
    let v155_8: f32 = v150_8 * v154_8;
    t155[(row0 + ty + 32i) * 64i + (col0 + tx)] = v155_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l149_9: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v150_9: f32 = acc2_1 + l149_9;
    t150[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v150_9;
    let v151_9: f32 = -v150_9;
    let v152_9: f32 = exp(v151_9);
    t152[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v152_9;
    let v153_9: f32 = 1.0f + v152_9;
    t153[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v153_9;
    let v154_9: f32 = 1.0f / v153_9;
    t154[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v154_9;
    let v155_9: f32 = v150_9 * v154_9;
    t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v155_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l149_10: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v150_10: f32 = acc2_2 + l149_10;
    t150[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v150_10;
    let v151_10: f32 = -v150_10;
    let v152_10: f32 = exp(v151_10);
    t152[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v152_10;
    let v153_10: f32 = 1.0f + v152_10;
    t153[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v153_10;
    let v154_10: f32 = 1.0f / v153_10;
    t154[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v154_10;
    let v155_10: f32 = v150_10 * v154_10;
    t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v155_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l149_11: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v150_11: f32 = acc2_3 + l149_11;
    t150[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v150_11;
    let v151_11: f32 = -v150_11;
    let v152_11: f32 = exp(v151_11);
    t152[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v152_11;
    let v153_11: f32 = 1.0f + v152_11;
    t153[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v153_11;
    let v154_11: f32 = 1.0f / v153_11;
    t154[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v154_11;
    let v155_11: f32 = v150_11 * v154_11;
    t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v155_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l149_12: f32 = p_layers_0_attn_wr_b[col0 + tx];
    let v150_12: f32 = acc3_0 + l149_12;
    t150[(row0 + ty + 48i) * 64i + (col0 + tx)] = v150_12;
    let v151_12: f32 = -v150_12;
    let v152_12: f32 = exp(v151_12);
    t152[(row0 + ty + 48i) * 64i + (col0 + tx)] = v152_12;
    let v153_12: f32 = 1.0f + v152_12;
    t153[(row0 + ty + 48i) * 64i + (col0 + tx)] = v153_12;
    let v154_12: f32 = 1.0f / v153_12;
    t154[(row0 + ty + 48i) * 64i + (col0 + tx)] = v154_12;
    let v155_12: f32 = v150_12 * v154_12;
    t155[(row0 + ty + 48i) * 64i + (col0 + tx)] = v155_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l149_13: f32 = p_layers_0_attn_wr_b[col0 + tx + 16i];
    let v150_13: f32 = acc3_1 + l149_13;
    t150[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v150_13;
    let v151_13: f32 = -v150_13;
    let v152_13: f32 = exp(v151_13);
    t152[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v152_13;
    let v153_13: f32 = 1.0f + v152_13;
    t153[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v153_13;
    let v154_13: f32 = 1.0f / v153_13;
    t154[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v154_13;
    let v155_13: f32 = v150_13 * v154_13;
    t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v155_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l149_14: f32 = p_layers_0_attn_wr_b[col0 + tx + 32i];
    let v150_14: f32 = acc3_2 + l149_14;
    t150[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v150_14;
    let v151_14: f32 = -v150_14;
    let v152_14: f32 = exp(v151_14);
    t152[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v152_14;
    let v153_14: f32 = 1.0f + v152_14;
    t153[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v153_14;
    let v154_14: f32 = 1.0f / v153_14;
    t154[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v154_14;
    let v155_14: f32 = v150_14 * v154_14;
    t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v155_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l149_15: f32 = p_layers_0_attn_wr_b[col0 + tx + 48i];
    let v150_15: f32 = acc3_3 + l149_15;
    t150[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v150_15;
    let v151_15: f32 = -v150_15;
    let v152_15: f32 = exp(v151_15);
    t152[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v152_15;
    let v153_15: f32 = 1.0f + v152_15;
    t153[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v153_15;
    let v154_15: f32 = 1.0f / v153_15;
    t154[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v154_15;
    let v155_15: f32 = v150_15 * v154_15;
    t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v155_15;
  }
}
