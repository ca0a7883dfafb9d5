// kernel k27_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t126: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t170: array<f32>;
@group(0) @binding(4) var<storage, read_write> t172: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k27_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t126[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t126[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t126[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t126[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l166: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v167: f32 = acc0_0 + l166;
    let v168: f32 = 1.0f / (1.0f + exp(min(-v167, 88.0f)));
    let v169: f32 = v167 * v168;
    let l171: f32 = t170[(row0 + ty) * 64i + (col0 + tx)];
    let v172: f32 = v169 * l171;
    t172[(row0 + ty) * 64i + (col0 + tx)] = v172;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l166_1: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v167_1: f32 = acc0_1 + l166_1;
    let v168_1: f32 = 1.0f / (1.0f + exp(min(-v167_1, 88.0f)));
    let v169_1: f32 = v167_1 * v168_1;
    let l171_1: f32 = t170[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v172_1: f32 = v169_1 * l171_1;
    t172[(row0 + ty) * 64i + (col0 + tx) + 16i] = v172_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l166_2: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v167_2: f32 = acc0_2 + l166_2;
    let v168_2: f32 = 1.0f / (1.0f + exp(min(-v167_2, 88.0f)));
    let v169_2: f32 = v167_2 * v168_2;
    let l171_2: f32 = t170[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v172_2: f32 = v169_2 * l171_2;
    t172[(row0 + ty) * 64i + (col0 + tx) + 32i] = v172_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l166_3: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v167_3: f32 = acc0_3 + l166_3;
    let v168_3: f32 = 1.0f / (1.0f + exp(min(-v167_3, 88.0f)));
    let v169_3: f32 = v167_3 * v168_3;
    let l171_3: f32 = t170[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v172_3: f32 = v169_3 * l171_3;
    t172[(row0 + ty) * 64i + (col0 + tx) + 48i] = v172_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l166_4: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v167_4: f32 = acc1_0 + l166_4;
    let v168_4: f32 = 1.0f / (1.0f + exp(min(-v167_4, 88.0f)));
    let v169_4: f32 = v167_4 * v168_4;
    let l171_4: f32 = t170[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v172_4: f32 = v169_4 * l171_4;
    t172[(row0 + ty + 16i) * 64i + (col0 + tx)] = v172_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l166_5: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v167_5: f32 = acc1_1 + l166_5;
    let v168_5: f32 = 1.0f / (1.0f + exp(min(-v167_5, 88.0f)));
    let v169_5: f32 = v167_5 * v168_5;
    let l171_5: f32 = t170[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v172_5: f32 = v169_5 * l171_5;
    t172[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v172_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l166_6: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v167_6: f32 = acc1_2 + l166_6;
    let v168_6: f32 = 1.0f / (1.0f + exp(min(-v167_6, 88.0f)));
    let v169_6: f32 = v167_6 * v168_6;
    let l171_6: f32 = t170[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v172_6: f32 = v169_6 * l171_6;
    t172[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v172_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l166_7: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v167_7: f32 = acc1_3 + l166_7;
    let v168_7: f32 = 1.0f / (1.0f + exp(min(-v167_7, 88.0f)));
    let v169_7: f32 = v167_7 * v168_7;
    let l171_7: f32 = t170[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v172_7: f32 = v169_7 * l171_7;
    t172[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v172_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l166_8: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v167_8: f32 = acc2_0 + l166_8;
    let v168_8: f32 = 1.0f / (1.0f + exp(min(-v167_8, 88.0f)));
    let v169_8: f32 = v167_8 * v168_8;
    let l171_8: f32 = t170[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v172_8: f32 = v169_8 * l171_8;
    t172[(row0 + ty + 32i) * 64i + (col0 + tx)] = v172_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l166_9: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v167_9: f32 = acc2_1 + l166_9;
    let v168_9: f32 = 1.0f / (1.0f + exp(min(-v167_9, 88.0f)));
    let v169_9: f32 = v167_9 * v168_9;
    let l171_9: f32 = t170[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v172_9: f32 = v169_9 * l171_9;
    t172[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v172_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l166_10: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v167_10: f32 = acc2_2 + l166_10;
    let v168_10: f32 = 1.0f / (1.0f + exp(min(-v167_10, 88.0f)));
    let v169_10: f32 = v167_10 * v168_10;
    let l171_10: f32 = t170[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v172_10: f32 = v169_10 * l171_10;
    t172[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v172_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l166_11: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v167_11: f32 = acc2_3 + l166_11;
    let v168_11: f32 = 1.0f / (1.0f + exp(min(-v167_11, 88.0f)));
    let v169_11: f32 = v167_11 * v168_11;
    let l171_11: f32 = t170[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v172_11: f32 = v169_11 * l171_11;
    t172[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v172_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l166_12: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v167_12: f32 = acc3_0 + l166_12;
    let v168_12: f32 = 1.0f / (1.0f + exp(min(-v167_12, 88.0f)));
    let v169_12: f32 = v167_12 * v168_12;
    let l171_12: f32 = t170[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v172_12: f32 = v169_12 * l171_12;
    t172[(row0 + ty + 48i) * 64i + (col0 + tx)] = v172_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l166_13: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v167_13: f32 = acc3_1 + l166_13;
    let v168_13: f32 = 1.0f / (1.0f + exp(min(-v167_13, 88.0f)));
    let v169_13: f32 = v167_13 * v168_13;
    let l171_13: f32 = t170[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v172_13: f32 = v169_13 * l171_13;
    t172[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v172_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l166_14: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v167_14: f32 = acc3_2 + l166_14;
    let v168_14: f32 = 1.0f / (1.0f + exp(min(-v167_14, 88.0f)));
    let v169_14: f32 = v167_14 * v168_14;
    let l171_14: f32 = t170[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v172_14: f32 = v169_14 * l171_14;
    t172[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v172_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l166_15: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v167_15: f32 = acc3_3 + l166_15;
    let v168_15: f32 = 1.0f / (1.0f + exp(min(-v167_15, 88.0f)));
    let v169_15: f32 = v167_15 * v168_15;
    let l171_15: f32 = t170[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v172_15: f32 = v169_15 * l171_15;
    t172[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v172_15;
  }
}
