// kernel k40_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t257: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t220: array<f32>;
@group(0) @binding(3) var<storage, read> t261: array<f32>;
@group(0) @binding(4) var<storage, read_write> t263: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t257[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t257[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t257[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t257[(row0 + ty + 48i) * 64i + kA];
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
    let l220: f32 = t220[(row0 + ty) * 64i + (col0 + tx)];
    let v259: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l261: f32 = t261[(row0 + ty) * 64i + (col0 + tx)];
    let v262: f32 = v259 * l261;
    let v263: f32 = l220 + v262;
    t263[(row0 + ty) * 64i + (col0 + tx)] = v263;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l220_1: f32 = t220[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v259_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l261_1: f32 = t261[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v262_1: f32 = v259_1 * l261_1;
    let v263_1: f32 = l220_1 + v262_1;
    t263[(row0 + ty) * 64i + (col0 + tx) + 16i] = v263_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l220_2: f32 = t220[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v259_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l261_2: f32 = t261[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v262_2: f32 = v259_2 * l261_2;
    let v263_2: f32 = l220_2 + v262_2;
    t263[(row0 + ty) * 64i + (col0 + tx) + 32i] = v263_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l220_3: f32 = t220[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v259_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l261_3: f32 = t261[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v262_3: f32 = v259_3 * l261_3;
    let v263_3: f32 = l220_3 + v262_3;
    t263[(row0 + ty) * 64i + (col0 + tx) + 48i] = v263_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l220_4: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v259_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l261_4: f32 = t261[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v262_4: f32 = v259_4 * l261_4;
    let v263_4: f32 = l220_4 + v262_4;
    t263[(row0 + ty + 16i) * 64i + (col0 + tx)] = v263_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l220_5: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v259_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l261_5: f32 = t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v262_5: f32 = v259_5 * l261_5;
    let v263_5: f32 = l220_5 + v262_5;
    t263[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v263_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l220_6: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v259_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l261_6: f32 = t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v262_6: f32 = v259_6 * l261_6;
    let v263_6: f32 = l220_6 + v262_6;
    t263[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v263_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l220_7: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v259_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l261_7: f32 = t261[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v262_7: f32 = v259_7 * l261_7;
    let v263_7: f32 = l220_7 + v262_7;
    t263[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v263_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l220_8: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v259_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l261_8: f32 = t261[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v262_8: f32 = v259_8 * l261_8;
    let v263_8: f32 = l220_8 + v262_8;
    t263[(row0 + ty + 32i) * 64i + (col0 + tx)] = v263_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l220_9: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v259_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l261_9: f32 = t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v262_9: f32 = v259_9 * l261_9;
    let v263_9: f32 = l220_9 + v262_9;
    t263[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v263_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l220_10: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v259_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l261_10: f32 = t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v262_10: f32 = v259_10 * l261_10;
    let v263_10: f32 = l220_10 + v262_10;
    t263[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v263_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l220_11: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v259_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l261_11: f32 = t261[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v262_11: f32 = v259_11 * l261_11;
    let v263_11: f32 = l220_11 + v262_11;
    t263[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v263_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l220_12: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v259_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l261_12: f32 = t261[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v262_12: f32 = v259_12 * l261_12;
    let v263_12: f32 = l220_12 + v262_12;
    t263[(row0 + ty + 48i) * 64i + (col0 + tx)] = v263_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l220_13: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v259_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l261_13: f32 = t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v262_13: f32 = v259_13 * l261_13;
    let v263_13: f32 = l220_13 + v262_13;
    t263[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v263_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l220_14: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v259_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l261_14: f32 = t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v262_14: f32 = v259_14 * l261_14;
    let v263_14: f32 = l220_14 + v262_14;
    t263[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v263_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l220_15: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v259_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l261_15: f32 = t261[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v262_15: f32 = v259_15 * l261_15;
    let v263_15: f32 = l220_15 + v262_15;
    t263[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v263_15;
  }
}
