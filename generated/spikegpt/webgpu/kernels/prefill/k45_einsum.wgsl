// kernel k45_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t269: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t252: array<f32>;
@group(0) @binding(3) var<storage, read_write> t272: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k45_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t269[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t269[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t269[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t269[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let v271: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l261: f32 = t252[(row0 + ty) * 64i + (col0 + tx)];
    let v272: f32 = v271 * l261;
    t272[(row0 + ty) * 64i + (col0 + tx)] = v272;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let v271_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l261_1: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v272_1: f32 = v271_1 * l261_1;
    t272[(row0 + ty) * 64i + (col0 + tx) + 16i] = v272_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let v271_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l261_2: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v272_2: f32 = v271_2 * l261_2;
    t272[(row0 + ty) * 64i + (col0 + tx) + 32i] = v272_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let v271_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l261_3: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v272_3: f32 = v271_3 * l261_3;
    t272[(row0 + ty) * 64i + (col0 + tx) + 48i] = v272_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let v271_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l261_4: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v272_4: f32 = v271_4 * l261_4;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx)] = v272_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let v271_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l261_5: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v272_5: f32 = v271_5 * l261_5;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v272_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let v271_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l261_6: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v272_6: f32 = v271_6 * l261_6;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v272_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let v271_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l261_7: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v272_7: f32 = v271_7 * l261_7;
    t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v272_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let v271_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l261_8: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v272_8: f32 = v271_8 * l261_8;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx)] = v272_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let v271_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l261_9: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v272_9: f32 = v271_9 * l261_9;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v272_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let v271_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l261_10: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v272_10: f32 = v271_10 * l261_10;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v272_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let v271_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l261_11: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v272_11: f32 = v271_11 * l261_11;
    t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v272_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let v271_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l261_12: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v272_12: f32 = v271_12 * l261_12;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx)] = v272_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let v271_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l261_13: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v272_13: f32 = v271_13 * l261_13;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v272_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let v271_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l261_14: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v272_14: f32 = v271_14 * l261_14;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v272_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let v271_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l261_15: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v272_15: f32 = v271_15 * l261_15;
    t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v272_15;
  }
}
