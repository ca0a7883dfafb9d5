// kernel k51_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t289: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t250: array<f32>;
@group(0) @binding(3) var<storage, read> t293: array<f32>;
@group(0) @binding(4) var<storage, read_write> t295: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k51_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t289[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t289[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t289[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t289[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_ffn_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_ffn_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_ffn_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_ffn_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l250: f32 = t250[(row0 + ty) * 64i + (col0 + tx)];
    let v291: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l293: f32 = t293[(row0 + ty) * 64i + (col0 + tx)];
    let v294: f32 = v291 * l293;
    let v295: f32 = l250 + v294;
    t295[(row0 + ty) * 64i + (col0 + tx)] = v295;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l250_1: f32 = t250[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v291_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l293_1: f32 = t293[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v294_1: f32 = v291_1 * l293_1;
    let v295_1: f32 = l250_1 + v294_1;
    t295[(row0 + ty) * 64i + (col0 + tx) + 16i] = v295_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l250_2: f32 = t250[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v291_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l293_2: f32 = t293[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v294_2: f32 = v291_2 * l293_2;
    let v295_2: f32 = l250_2 + v294_2;
    t295[(row0 + ty) * 64i + (col0 + tx) + 32i] = v295_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l250_3: f32 = t250[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v291_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l293_3: f32 = t293[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v294_3: f32 = v291_3 * l293_3;
    let v295_3: f32 = l250_3 + v294_3;
    t295[(row0 + ty) * 64i + (col0 + tx) + 48i] = v295_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l250_4: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v291_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l293_4: f32 = t293[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v294_4: f32 = v291_4 * l293_4;
    let v295_4: f32 = l250_4 + v294_4;
    t295[(row0 + ty + 16i) * 64i + (col0 + tx)] = v295_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l250_5: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v291_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l293_5: f32 = t293[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v294_5: f32 = v291_5 * l293_5;
    let v295_5: f32 = l250_5 + v294_5;
    t295[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v295_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l250_6: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v291_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l293_6: f32 = t293[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v294_6: f32 = v291_6 * l293_6;
    let v295_6: f32 = l250_6 + v294_6;
    t295[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v295_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l250_7: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v291_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l293_7: f32 = t293[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v294_7: f32 = v291_7 * l293_7;
    let v295_7: f32 = l250_7 + v294_7;
    t295[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v295_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l250_8: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v291_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l293_8: f32 = t293[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v294_8: f32 = v291_8 * l293_8;
    let v295_8: f32 = l250_8 + v294_8;
    t295[(row0 + ty + 32i) * 64i + (col0 + tx)] = v295_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l250_9: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v291_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l293_9: f32 = t293[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v294_9: f32 = v291_9 * l293_9;
    let v295_9: f32 = l250_9 + v294_9;
    t295[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v295_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l250_10: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v291_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l293_10: f32 = t293[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v294_10: f32 = v291_10 * l293_10;
    let v295_10: f32 = l250_10 + v294_10;
    t295[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v295_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l250_11: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v291_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l293_11: f32 = t293[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v294_11: f32 = v291_11 * l293_11;
    let v295_11: f32 = l250_11 + v294_11;
    t295[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v295_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l250_12: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v291_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l293_12: f32 = t293[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v294_12: f32 = v291_12 * l293_12;
    let v295_12: f32 = l250_12 + v294_12;
    t295[(row0 + ty + 48i) * 64i + (col0 + tx)] = v295_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l250_13: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v291_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l293_13: f32 = t293[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v294_13: f32 = v291_13 * l293_13;
    let v295_13: f32 = l250_13 + v294_13;
    t295[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v295_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l250_14: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v291_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l293_14: f32 = t293[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v294_14: f32 = v291_14 * l293_14;
    let v295_14: f32 = l250_14 + v294_14;
    t295[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v295_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l250_15: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v291_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l293_15: f32 = t293[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v294_15: f32 = v291_15 * l293_15;
    let v295_15: f32 = l250_15 + v294_15;
    t295[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v295_15;
  }
}
