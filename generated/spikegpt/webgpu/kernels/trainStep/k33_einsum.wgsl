// kernel k33_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t241: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t243: array<f32>;
@group(0) @binding(3) var<storage, read> t230: array<f32>;
@group(0) @binding(4) var<storage, read_write> t244: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k33_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t241[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t241[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t241[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t241[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_att_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_att_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_att_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_att_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let v243: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t243[(row0 + ty) * 64i + (col0 + tx)] = v243;
    let l233: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx)];
    let v244: f32 = v243 * l233;
    t244[(row0 + ty) * 64i + (col0 + tx)] = v244;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let v243_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t243[(row0 + ty) * 64i + (col0 + tx) + 16i] = v243_1;
    let l233_1: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 16i];
    let v244_1: f32 = v243_1 * l233_1;
    t244[(row0 + ty) * 64i + (col0 + tx) + 16i] = v244_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let v243_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t243[(row0 + ty) * 64i + (col0 + tx) + 32i] = v243_2;
    let l233_2: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 32i];
    let v244_2: f32 = v243_2 * l233_2;
    t244[(row0 + ty) * 64i + (col0 + tx) + 32i] = v244_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let v243_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t243[(row0 + ty) * 64i + (col0 + tx) + 48i] = v243_3;
    let l233_3: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 48i];
    let v244_3: f32 = v243_3 * l233_3;
    t244[(row0 + ty) * 64i + (col0 + tx) + 48i] = v244_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let v243_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t243[(row0 + ty + 16i) * 64i + (col0 + tx)] = v243_4;
    let l233_4: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx)];
    let v244_4: f32 = v243_4 * l233_4;
    t244[(row0 + ty + 16i) * 64i + (col0 + tx)] = v244_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let v243_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t243[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v243_5;
    let l233_5: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 16i];
    let v244_5: f32 = v243_5 * l233_5;
    t244[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v244_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let v243_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t243[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v243_6;
    let l233_6: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 32i];
    let v244_6: f32 = v243_6 * l233_6;
    t244[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v244_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let v243_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t243[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v243_7;
    let l233_7: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 48i];
    let v244_7: f32 = v243_7 * l233_7;
    t244[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v244_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let v243_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t243[(row0 + ty + 32i) * 64i + (col0 + tx)] = v243_8;
    let l233_8: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx)];
    let v244_8: f32 = v243_8 * l233_8;
    t244[(row0 + ty + 32i) * 64i + (col0 + tx)] = v244_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let v243_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t243[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v243_9;
    let l233_9: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 16i];
    let v244_9: f32 = v243_9 * l233_9;
    t244[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v244_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let v243_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t243[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v243_10;
    let l233_10: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 32i];
    let v244_10: f32 = v243_10 * l233_10;
    t244[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v244_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let v243_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t243[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v243_11;
    let l233_11: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 48i];
    let v244_11: f32 = v243_11 * l233_11;
    t244[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v244_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let v243_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t243[(row0 + ty + 48i) * 64i + (col0 + tx)] = v243_12;
    let l233_12: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx)];
    let v244_12: f32 = v243_12 * l233_12;
    t244[(row0 + ty + 48i) * 64i + (col0 + tx)] = v244_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let v243_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t243[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v243_13;
    let l233_13: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 16i];
    let v244_13: f32 = v243_13 * l233_13;
    t244[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v244_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let v243_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t243[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v243_14;
    let l233_14: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 32i];
    let v244_14: f32 = v243_14 * l233_14;
    t244[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v244_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let v243_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t243[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v243_15;
    let l233_15: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 48i];
    let v244_15: f32 = v243_15 * l233_15;
    t244[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v244_15;
  }
}
