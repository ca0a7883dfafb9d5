// kernel k40_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t259: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t261: array<f32>;
@group(0) @binding(3) var<storage, read> t222: array<f32>;
@group(0) @binding(4) var<storage, read> t263: array<f32>;
@group(0) @binding(5) var<storage, read_write> t265: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k40_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t259[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t259[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t259[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t259[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let v261: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t261[(row0 + ty) * 64i + (col0 + tx)] = v261;
    let l222: f32 = t222[(row0 + ty) * 64i + (col0 + tx)];
    let l263: f32 = t263[(row0 + ty) * 64i + (col0 + tx)];
    let v264: f32 = v261 * l263;
    let v265: f32 = l222 + v264;
    t265[(row0 + ty) * 64i + (col0 + tx)] = v265;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let v261_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t261[(row0 + ty) * 64i + (col0 + tx) + 16i] = v261_1;
    let l222_1: f32 = t222[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l263_1: f32 = t263[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v264_1: f32 = v261_1 * l263_1;
    let v265_1: f32 = l222_1 + v264_1;
    t265[(row0 + ty) * 64i + (col0 + tx) + 16i] = v265_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let v261_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t261[(row0 + ty) * 64i + (col0 + tx) + 32i] = v261_2;
    let l222_2: f32 = t222[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l263_2: f32 = t263[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v264_2: f32 = v261_2 * l263_2;
    let v265_2: f32 = l222_2 + v264_2;
    t265[(row0 + ty) * 64i + (col0 + tx) + 32i] = v265_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let v261_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t261[(row0 + ty) * 64i + (col0 + tx) + 48i] = v261_3;
    let l222_3: f32 = t222[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l263_3: f32 = t263[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v264_3: f32 = v261_3 * l263_3;
    let v265_3: f32 = l222_3 + v264_3;
    t265[(row0 + ty) * 64i + (col0 + tx) + 48i] = v265_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let v261_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t261[(row0 + ty + 16i) * 64i + (col0 + tx)] = v261_4;
    let l222_4: f32 = t222[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l263_4: f32 = t263[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v264_4: f32 = v261_4 * l263_4;
    let v265_4: f32 = l222_4 + v264_4;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx)] = v265_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let v261_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v261_5;
    let l222_5: f32 = t222[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l263_5: f32 = t263[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v264_5: f32 = v261_5 * l263_5;
    let v265_5: f32 = l222_5 + v264_5;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v265_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let v261_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v261_6;
    let l222_6: f32 = t222[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l263_6: f32 = t263[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v264_6: f32 = v261_6 * l263_6;
    let v265_6: f32 = l222_6 + v264_6;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v265_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let v261_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v261_7;
    let l222_7: f32 = t222[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l263_7: f32 = t263[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v264_7: f32 = v261_7 * l263_7;
    let v265_7: f32 = l222_7 + v264_7;
    t265[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v265_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let v261_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t261[(row0 + ty + 32i) * 64i + (col0 + tx)] = v261_8;
    let l222_8: f32 = t222[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l263_8: f32 = t263[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v264_8: f32 = v261_8 * l263_8;
    let v265_8: f32 = l222_8 + v264_8;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx)] = v265_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let v261_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v261_9;
    let l222_9: f32 = t222[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l263_9: f32 = t263[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v264_9: f32 = v261_9 * l263_9;
    let v265_9: f32 = l222_9 + v264_9;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v265_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let v261_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v261_10;
    let l222_10: f32 = t222[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l263_10: f32 = t263[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v264_10: f32 = v261_10 * l263_10;
    let v265_10: f32 = l222_10 + v264_10;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v265_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let v261_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v261_11;
    let l222_11: f32 = t222[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l263_11: f32 = t263[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v264_11: f32 = v261_11 * l263_11;
    let v265_11: f32 = l222_11 + v264_11;
    t265[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v265_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let v261_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t261[(row0 + ty + 48i) * 64i + (col0 + tx)] = v261_12;
    let l222_12: f32 = t222[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l263_12: f32 = t263[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v264_12: f32 = v261_12 * l263_12;
    let v265_12: f32 = l222_12 + v264_12;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx)] = v265_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let v261_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v261_13;
    let l222_13: f32 = t222[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l263_13: f32 = t263[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v264_13: f32 = v261_13 * l263_13;
    let v265_13: f32 = l222_13 + v264_13;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v265_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let v261_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v261_14;
    let l222_14: f32 = t222[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l263_14: f32 = t263[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v264_14: f32 = v261_14 * l263_14;
    let v265_14: f32 = l222_14 + v264_14;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v265_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let v261_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v261_15;
    let l222_15: f32 = t222[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l263_15: f32 = t263[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v264_15: f32 = v261_15 * l263_15;
    let v265_15: f32 = l222_15 + v264_15;
    t265[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v265_15;
  }
}
