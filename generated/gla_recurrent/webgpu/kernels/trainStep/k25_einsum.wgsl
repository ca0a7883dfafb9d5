// kernel k25_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t124: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t162: array<f32>;
@group(0) @binding(4) var<storage, read_write> t163: array<f32>;
@group(0) @binding(5) var<storage, read_write> t164: array<f32>;
@group(0) @binding(6) var<storage, read> t165: array<f32>;
@group(0) @binding(7) var<storage, read_write> t167: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k25_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t124[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t124[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t124[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t124[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l161: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v162: f32 = acc0_0 + l161;
    t162[(row0 + ty) * 64i + (col0 + tx)] = v162;
    let v163: f32 = 1.0f / (1.0f + exp(min(-v162, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx)] = v163;
    let v164: f32 = v162 * v163;
    t164[(row0 + ty) * 64i + (col0 + tx)] = v164;
    let l166: f32 = t165[(row0 + ty) * 64i + (col0 + tx)];
    let v167: f32 = v164 * l166;
    t167[(row0 + ty) * 64i + (col0 + tx)] = v167;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l161_1: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v162_1: f32 = acc0_1 + l161_1;
    t162[(row0 + ty) * 64i + (col0 + tx) + 16i] = v162_1;
    let v163_1: f32 = 1.0f / (1.0f + exp(min(-v162_1, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx) + 16i] = v163_1;
    let v164_1: f32 = v162_1 * v163_1;
    t164[(row0 + ty) * 64i + (col0 + tx) + 16i] = v164_1;
    let l166_1: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v167_1: f32 = v164_1 * l166_1;
    t167[(row0 + ty) * 64i + (col0 + tx) + 16i] = v167_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l161_2: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v162_2: f32 = acc0_2 + l161_2;
    t162[(row0 + ty) * 64i + (col0 + tx) + 32i] = v162_2;
    let v163_2: f32 = 1.0f / (1.0f + exp(min(-v162_2, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx) + 32i] = v163_2;
    let v164_2: f32 = v162_2 * v163_2;
    t164[(row0 + ty) * 64i + (col0 + tx) + 32i] = v164_2;
    let l166_2: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v167_2: f32 = v164_2 * l166_2;
    t167[(row0 + ty) * 64i + (col0 + tx) + 32i] = v167_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l161_3: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v162_3: f32 = acc0_3 + l161_3;
    t162[(row0 + ty) * 64i + (col0 + tx) + 48i] = v162_3;
    let v163_3: f32 = 1.0f / (1.0f + exp(min(-v162_3, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx) + 48i] = v163_3;
    let v164_3: f32 = v162_3 * v163_3;
    t164[(row0 + ty) * 64i + (col0 + tx) + 48i] = v164_3;
    let l166_3: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v167_3: f32 = v164_3 * l166_3;
    t167[(row0 + ty) * 64i + (col0 + tx) + 48i] = v167_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l161_4: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v162_4: f32 = acc1_0 + l161_4;
    t162[(row0 + ty + 16i) * 64i + (col0 + tx)] = v162_4;
    let v163_4: f32 = 1.0f / (1.0f + exp(min(-v162_4, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx)] = v163_4;
    let v164_4: f32 = v162_4 * v163_4;
    t164[(row0 + ty + 16i) * 64i + (col0 + tx)] = v164_4;
    let l166_4: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v167_4: f32 = v164_4 * l166_4;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx)] = v167_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l161_5: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v162_5: f32 = acc1_1 + l161_5;
    t162[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v162_5;
    let v163_5: f32 = 1.0f / (1.0f + exp(min(-v162_5, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v163_5;
    let v164_5: f32 = v162_5 * v163_5;
    t164[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v164_5;
    let l166_5: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v167_5: f32 = v164_5 * l166_5;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v167_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l161_6: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v162_6: f32 = acc1_2 + l161_6;
    t162[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v162_6;
    let v163_6: f32 = 1.0f / (1.0f + exp(min(-v162_6, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v163_6;
    let v164_6: f32 = v162_6 * v163_6;
    t164[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v164_6;
    let l166_6: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v167_6: f32 = v164_6 * l166_6;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v167_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l161_7: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v162_7: f32 = acc1_3 + l161_7;
    t162[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v162_7;
    let v163_7: f32 = 1.0f / (1.0f + exp(min(-v162_7, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v163_7;
    let v164_7: f32 = v162_7 * v163_7;
    t164[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v164_7;
    let l166_7: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v167_7: f32 = v164_7 * l166_7;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v167_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l161_8: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v162_8: f32 = acc2_0 + l161_8;
    t162[(row0 + ty + 32i) * 64i + (col0 + tx)] = v162_8;
    let v163_8: f32 = 1.0f / (1.0f + exp(min(-v162_8, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx)] = v163_8;
    let v164_8: f32 = v162_8 * v163_8;
    t164[(row0 + ty + 32i) * 64i + (col0 + tx)] = v164_8;
    let l166_8: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v167_8: f32 = v164_8 * l166_8;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx)] = v167_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l161_9: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v162_9: f32 = acc2_1 + l161_9;
    t162[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v162_9;
    let v163_9: f32 = 1.0f / (1.0f + exp(min(-v162_9, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v163_9;
    let v164_9: f32 = v162_9 * v163_9;
    t164[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v164_9;
    let l166_9: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v167_9: f32 = v164_9 * l166_9;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v167_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l161_10: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v162_10: f32 = acc2_2 + l161_10;
    t162[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v162_10;
    let v163_10: f32 = 1.0f / (1.0f + exp(min(-v162_10, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v163_10;
    let v164_10: f32 = v162_10 * v163_10;
    t164[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v164_10;
    let l166_10: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v167_10: f32 = v164_10 * l166_10;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v167_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l161_11: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v162_11: f32 = acc2_3 + l161_11;
    t162[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v162_11;
    let v163_11: f32 = 1.0f / (1.0f + exp(min(-v162_11, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v163_11;
    let v164_11: f32 = v162_11 * v163_11;
    t164[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v164_11;
    let l166_11: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v167_11: f32 = v164_11 * l166_11;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v167_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l161_12: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v162_12: f32 = acc3_0 + l161_12;
    t162[(row0 + ty + 48i) * 64i + (col0 + tx)] = v162_12;
    let v163_12: f32 = 1.0f / (1.0f + exp(min(-v162_12, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx)] = v163_12;
    let v164_12: f32 = v162_12 * v163_12;
    t164[(row0 + ty + 48i) * 64i + (col0 + tx)] = v164_12;
    let l166_12: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v167_12: f32 = v164_12 * l166_12;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx)] = v167_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l161_13: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v162_13: f32 = acc3_1 + l161_13;
    t162[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v162_13;
    let v163_13: f32 = 1.0f / (1.0f + exp(min(-v162_13, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v163_13;
    let v164_13: f32 = v162_13 * v163_13;
    t164[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v164_13;
    let l166_13: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v167_13: f32 = v164_13 * l166_13;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v167_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l161_14: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v162_14: f32 = acc3_2 + l161_14;
    t162[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v162_14;
    let v163_14: f32 = 1.0f / (1.0f + exp(min(-v162_14, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v163_14;
    let v164_14: f32 = v162_14 * v163_14;
    t164[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v164_14;
    let l166_14: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v167_14: f32 = v164_14 * l166_14;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v167_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l161_15: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v162_15: f32 = acc3_3 + l161_15;
    t162[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v162_15;
    let v163_15: f32 = 1.0f / (1.0f + exp(min(-v162_15, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v163_15;
    let v164_15: f32 = v162_15 * v163_15;
    t164[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v164_15;
    let l166_15: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v167_15: f32 = v164_15 * l166_15;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v167_15;
  }
}
