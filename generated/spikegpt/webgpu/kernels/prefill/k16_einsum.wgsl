// kernel k16_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t136: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t119: array<f32>;
@group(0) @binding(3) var<storage, read_write> t139: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k16_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t136[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t136[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t136[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t136[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_att_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_att_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_att_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_att_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let v138: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l128: f32 = t119[(row0 + ty) * 64i + (col0 + tx)];
    let v139: f32 = v138 * l128;
    t139[(row0 + ty) * 64i + (col0 + tx)] = v139;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let v138_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l128_1: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v139_1: f32 = v138_1 * l128_1;
    t139[(row0 + ty) * 64i + (col0 + tx) + 16i] = v139_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let v138_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l128_2: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v139_2: f32 = v138_2 * l128_2;
    t139[(row0 + ty) * 64i + (col0 + tx) + 32i] = v139_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let v138_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l128_3: f32 = t119[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v139_3: f32 = v138_3 * l128_3;
    t139[(row0 + ty) * 64i + (col0 + tx) + 48i] = v139_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let v138_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l128_4: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v139_4: f32 = v138_4 * l128_4;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx)] = v139_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let v138_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l128_5: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v139_5: f32 = v138_5 * l128_5;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v139_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let v138_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l128_6: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v139_6: f32 = v138_6 * l128_6;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v139_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let v138_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l128_7: f32 = t119[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v139_7: f32 = v138_7 * l128_7;
    t139[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v139_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let v138_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l128_8: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v139_8: f32 = v138_8 * l128_8;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx)] = v139_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let v138_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l128_9: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v139_9: f32 = v138_9 * l128_9;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v139_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let v138_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l128_10: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v139_10: f32 = v138_10 * l128_10;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v139_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let v138_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l128_11: f32 = t119[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v139_11: f32 = v138_11 * l128_11;
    t139[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v139_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let v138_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l128_12: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v139_12: f32 = v138_12 * l128_12;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx)] = v139_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let v138_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l128_13: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v139_13: f32 = v138_13 * l128_13;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v139_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let v138_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l128_14: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v139_14: f32 = v138_14 * l128_14;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v139_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let v138_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l128_15: f32 = t119[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v139_15: f32 = v138_15 * l128_15;
    t139[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v139_15;
  }
}
