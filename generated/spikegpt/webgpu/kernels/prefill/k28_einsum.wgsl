// kernel k28_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t192: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t196: array<f32>;
@group(0) @binding(3) var<storage, read_write> t197: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k28_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t192[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t192[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t192[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t192[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let v194: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l196: f32 = t196[(row0 + ty) * 64i + (col0 + tx)];
    let v197: f32 = v194 * l196;
    t197[(row0 + ty) * 64i + (col0 + tx)] = v197;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let v194_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l196_1: f32 = t196[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v197_1: f32 = v194_1 * l196_1;
    t197[(row0 + ty) * 64i + (col0 + tx) + 16i] = v197_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let v194_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l196_2: f32 = t196[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v197_2: f32 = v194_2 * l196_2;
    t197[(row0 + ty) * 64i + (col0 + tx) + 32i] = v197_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let v194_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l196_3: f32 = t196[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v197_3: f32 = v194_3 * l196_3;
    t197[(row0 + ty) * 64i + (col0 + tx) + 48i] = v197_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let v194_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l196_4: f32 = t196[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v197_4: f32 = v194_4 * l196_4;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx)] = v197_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let v194_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l196_5: f32 = t196[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v197_5: f32 = v194_5 * l196_5;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v197_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let v194_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l196_6: f32 = t196[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v197_6: f32 = v194_6 * l196_6;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v197_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let v194_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l196_7: f32 = t196[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v197_7: f32 = v194_7 * l196_7;
    t197[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v197_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let v194_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l196_8: f32 = t196[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v197_8: f32 = v194_8 * l196_8;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx)] = v197_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let v194_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l196_9: f32 = t196[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v197_9: f32 = v194_9 * l196_9;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v197_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let v194_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l196_10: f32 = t196[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v197_10: f32 = v194_10 * l196_10;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v197_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let v194_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l196_11: f32 = t196[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v197_11: f32 = v194_11 * l196_11;
    t197[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v197_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let v194_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l196_12: f32 = t196[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v197_12: f32 = v194_12 * l196_12;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx)] = v197_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let v194_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l196_13: f32 = t196[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v197_13: f32 = v194_13 * l196_13;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v197_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let v194_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l196_14: f32 = t196[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v197_14: f32 = v194_14 * l196_14;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v197_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let v194_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l196_15: f32 = t196[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v197_15: f32 = v194_15 * l196_15;
    t197[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v197_15;
  }
}
