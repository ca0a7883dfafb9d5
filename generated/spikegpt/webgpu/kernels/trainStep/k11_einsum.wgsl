// kernel k11_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t127: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t129: array<f32>;
@group(0) @binding(3) var<storage, read> t116: array<f32>;
@group(0) @binding(4) var<storage, read_write> t130: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k11_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t127[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t127[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t127[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t127[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let v129: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t129[(row0 + ty) * 64i + (col0 + tx)] = v129;
    let l119: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx)];
    let v130: f32 = v129 * l119;
    t130[(row0 + ty) * 64i + (col0 + tx)] = v130;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let v129_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t129[(row0 + ty) * 64i + (col0 + tx) + 16i] = v129_1;
    let l119_1: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 16i];
    let v130_1: f32 = v129_1 * l119_1;
    t130[(row0 + ty) * 64i + (col0 + tx) + 16i] = v130_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let v129_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t129[(row0 + ty) * 64i + (col0 + tx) + 32i] = v129_2;
    let l119_2: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 32i];
    let v130_2: f32 = v129_2 * l119_2;
    t130[(row0 + ty) * 64i + (col0 + tx) + 32i] = v130_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let v129_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t129[(row0 + ty) * 64i + (col0 + tx) + 48i] = v129_3;
    let l119_3: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 48i];
    let v130_3: f32 = v129_3 * l119_3;
    t130[(row0 + ty) * 64i + (col0 + tx) + 48i] = v130_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let v129_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t129[(row0 + ty + 16i) * 64i + (col0 + tx)] = v129_4;
    let l119_4: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx)];
    let v130_4: f32 = v129_4 * l119_4;
    t130[(row0 + ty + 16i) * 64i + (col0 + tx)] = v130_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let v129_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t129[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v129_5;
    let l119_5: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 16i];
    let v130_5: f32 = v129_5 * l119_5;
    t130[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v130_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let v129_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t129[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v129_6;
    let l119_6: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 32i];
    let v130_6: f32 = v129_6 * l119_6;
    t130[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v130_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let v129_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t129[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v129_7;
    let l119_7: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 48i];
    let v130_7: f32 = v129_7 * l119_7;
    t130[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v130_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let v129_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t129[(row0 + ty + 32i) * 64i + (col0 + tx)] = v129_8;
    let l119_8: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx)];
    let v130_8: f32 = v129_8 * l119_8;
    t130[(row0 + ty + 32i) * 64i + (col0 + tx)] = v130_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let v129_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t129[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v129_9;
    let l119_9: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 16i];
    let v130_9: f32 = v129_9 * l119_9;
    t130[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v130_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let v129_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t129[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v129_10;
    let l119_10: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 32i];
    let v130_10: f32 = v129_10 * l119_10;
    t130[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v130_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let v129_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t129[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v129_11;
    let l119_11: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 48i];
    let v130_11: f32 = v129_11 * l119_11;
    t130[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v130_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let v129_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t129[(row0 + ty + 48i) * 64i + (col0 + tx)] = v129_12;
    let l119_12: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx)];
    let v130_12: f32 = v129_12 * l119_12;
    t130[(row0 + ty + 48i) * 64i + (col0 + tx)] = v130_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let v129_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t129[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v129_13;
    let l119_13: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 16i];
    let v130_13: f32 = v129_13 * l119_13;
    t130[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v130_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let v129_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t129[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v129_14;
    let l119_14: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 32i];
    let v130_14: f32 = v129_14 * l119_14;
    t130[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v130_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let v129_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t129[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v129_15;
    let l119_15: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 48i];
    let v130_15: f32 = v129_15 * l119_15;
    t130[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v130_15;
  }
}
