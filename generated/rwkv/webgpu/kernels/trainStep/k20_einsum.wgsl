// kernel k20_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t161: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t163: array<f32>;
@group(0) @binding(3) var<storage, read> t123: array<f32>;
@group(0) @binding(4) var<storage, read> t165: array<f32>;
@group(0) @binding(5) var<storage, read_write> t167: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k20_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t161[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t161[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t161[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t161[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_ffn_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let v163: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx)] = v163;
    let l123: f32 = t123[(row0 + ty) * 64i + (col0 + tx)];
    let l165: f32 = t165[(row0 + ty) * 64i + (col0 + tx)];
    let v166: f32 = v163 * l165;
    let v167: f32 = l123 + v166;
    t167[(row0 + ty) * 64i + (col0 + tx)] = v167;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let v163_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx) + 16i] = v163_1;
    let l123_1: f32 = t123[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l165_1: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v166_1: f32 = v163_1 * l165_1;
    let v167_1: f32 = l123_1 + v166_1;
    t167[(row0 + ty) * 64i + (col0 + tx) + 16i] = v167_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let v163_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx) + 32i] = v163_2;
    let l123_2: f32 = t123[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l165_2: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v166_2: f32 = v163_2 * l165_2;
    let v167_2: f32 = l123_2 + v166_2;
    t167[(row0 + ty) * 64i + (col0 + tx) + 32i] = v167_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let v163_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t163[(row0 + ty) * 64i + (col0 + tx) + 48i] = v163_3;
    let l123_3: f32 = t123[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l165_3: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v166_3: f32 = v163_3 * l165_3;
    let v167_3: f32 = l123_3 + v166_3;
    t167[(row0 + ty) * 64i + (col0 + tx) + 48i] = v167_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let v163_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx)] = v163_4;
    let l123_4: f32 = t123[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l165_4: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v166_4: f32 = v163_4 * l165_4;
    let v167_4: f32 = l123_4 + v166_4;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx)] = v167_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let v163_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v163_5;
    let l123_5: f32 = t123[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l165_5: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v166_5: f32 = v163_5 * l165_5;
    let v167_5: f32 = l123_5 + v166_5;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v167_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let v163_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v163_6;
    let l123_6: f32 = t123[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l165_6: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v166_6: f32 = v163_6 * l165_6;
    let v167_6: f32 = l123_6 + v166_6;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v167_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let v163_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v163_7;
    let l123_7: f32 = t123[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l165_7: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v166_7: f32 = v163_7 * l165_7;
    let v167_7: f32 = l123_7 + v166_7;
    t167[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v167_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let v163_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx)] = v163_8;
    let l123_8: f32 = t123[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l165_8: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v166_8: f32 = v163_8 * l165_8;
    let v167_8: f32 = l123_8 + v166_8;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx)] = v167_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let v163_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v163_9;
    let l123_9: f32 = t123[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l165_9: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v166_9: f32 = v163_9 * l165_9;
    let v167_9: f32 = l123_9 + v166_9;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v167_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let v163_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v163_10;
    let l123_10: f32 = t123[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l165_10: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v166_10: f32 = v163_10 * l165_10;
    let v167_10: f32 = l123_10 + v166_10;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v167_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let v163_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v163_11;
    let l123_11: f32 = t123[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l165_11: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v166_11: f32 = v163_11 * l165_11;
    let v167_11: f32 = l123_11 + v166_11;
    t167[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v167_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let v163_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx)] = v163_12;
    let l123_12: f32 = t123[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l165_12: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v166_12: f32 = v163_12 * l165_12;
    let v167_12: f32 = l123_12 + v166_12;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx)] = v167_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let v163_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v163_13;
    let l123_13: f32 = t123[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l165_13: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v166_13: f32 = v163_13 * l165_13;
    let v167_13: f32 = l123_13 + v166_13;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v167_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let v163_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v163_14;
    let l123_14: f32 = t123[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l165_14: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v166_14: f32 = v163_14 * l165_14;
    let v167_14: f32 = l123_14 + v166_14;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v167_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let v163_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v163_15;
    let l123_15: f32 = t123[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l165_15: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v166_15: f32 = v163_15 * l165_15;
    let v167_15: f32 = l123_15 + v166_15;
    t167[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v167_15;
  }
}
