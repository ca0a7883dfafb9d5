// kernel k41_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t254: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t258: array<f32>;
@group(0) @binding(3) var<storage, read_write> t259: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k41_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t254[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t254[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t254[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t254[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    let v256: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v257: f32 = acc0_0 * v256;
    let l258: f32 = t258[(row0 + ty) * 176i + (col0 + tx)];
    let v259: f32 = v257 * l258;
    t259[(row0 + ty) * 176i + (col0 + tx)] = v259;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v256_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v257_1: f32 = acc0_1 * v256_1;
    let l258_1: f32 = t258[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v259_1: f32 = v257_1 * l258_1;
    t259[(row0 + ty) * 176i + (col0 + tx) + 16i] = v259_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v256_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v257_2: f32 = acc0_2 * v256_2;
    let l258_2: f32 = t258[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v259_2: f32 = v257_2 * l258_2;
    t259[(row0 + ty) * 176i + (col0 + tx) + 32i] = v259_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v256_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v257_3: f32 = acc0_3 * v256_3;
    let l258_3: f32 = t258[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v259_3: f32 = v257_3 * l258_3;
    t259[(row0 + ty) * 176i + (col0 + tx) + 48i] = v259_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v256_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v257_4: f32 = acc1_0 * v256_4;
    let l258_4: f32 = t258[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v259_4: f32 = v257_4 * l258_4;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx)] = v259_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v256_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v257_5: f32 = acc1_1 * v256_5;
    let l258_5: f32 = t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v259_5: f32 = v257_5 * l258_5;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v259_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v256_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v257_6: f32 = acc1_2 * v256_6;
    let l258_6: f32 = t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v259_6: f32 = v257_6 * l258_6;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v259_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v256_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v257_7: f32 = acc1_3 * v256_7;
    let l258_7: f32 = t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v259_7: f32 = v257_7 * l258_7;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v259_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v256_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v257_8: f32 = acc2_0 * v256_8;
    let l258_8: f32 = t258[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v259_8: f32 = v257_8 * l258_8;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx)] = v259_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v256_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v257_9: f32 = acc2_1 * v256_9;
    let l258_9: f32 = t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v259_9: f32 = v257_9 * l258_9;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v259_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v256_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v257_10: f32 = acc2_2 * v256_10;
    let l258_10: f32 = t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v259_10: f32 = v257_10 * l258_10;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v259_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v256_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v257_11: f32 = acc2_3 * v256_11;
    let l258_11: f32 = t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v259_11: f32 = v257_11 * l258_11;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v259_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v256_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v257_12: f32 = acc3_0 * v256_12;
    let l258_12: f32 = t258[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v259_12: f32 = v257_12 * l258_12;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx)] = v259_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v256_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v257_13: f32 = acc3_1 * v256_13;
    let l258_13: f32 = t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v259_13: f32 = v257_13 * l258_13;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v259_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v256_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v257_14: f32 = acc3_2 * v256_14;
    let l258_14: f32 = t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v259_14: f32 = v257_14 * l258_14;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v259_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v256_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v257_15: f32 = acc3_3 * v256_15;
    let l258_15: f32 = t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v259_15: f32 = v257_15 * l258_15;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v259_15;
  }
}
