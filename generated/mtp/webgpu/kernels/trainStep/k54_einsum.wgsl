// kernel k54_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t346: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t347: array<f32>;
@group(0) @binding(3) var<storage, read_write> t348: array<f32>;
@group(0) @binding(4) var<storage, read_write> t349: array<f32>;
@group(0) @binding(5) var<storage, read> t350: array<f32>;
@group(0) @binding(6) var<storage, read_write> t351: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k54_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t346[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t346[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t346[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t346[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_1_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_1_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_1_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_1_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    t347[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v348: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t348[(row0 + ty) * 176i + (col0 + tx)] = v348;
    let v349: f32 = acc0_0 * v348;
    t349[(row0 + ty) * 176i + (col0 + tx)] = v349;
    let l350: f32 = t350[(row0 + ty) * 176i + (col0 + tx)];
    let v351: f32 = v349 * l350;
    t351[(row0 + ty) * 176i + (col0 + tx)] = v351;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t347[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v348_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t348[(row0 + ty) * 176i + (col0 + tx) + 16i] = v348_1;
    let v349_1: f32 = acc0_1 * v348_1;
    t349[(row0 + ty) * 176i + (col0 + tx) + 16i] = v349_1;
    let l350_1: f32 = t350[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v351_1: f32 = v349_1 * l350_1;
    t351[(row0 + ty) * 176i + (col0 + tx) + 16i] = v351_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t347[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v348_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t348[(row0 + ty) * 176i + (col0 + tx) + 32i] = v348_2;
    let v349_2: f32 = acc0_2 * v348_2;
    t349[(row0 + ty) * 176i + (col0 + tx) + 32i] = v349_2;
    let l350_2: f32 = t350[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v351_2: f32 = v349_2 * l350_2;
    t351[(row0 + ty) * 176i + (col0 + tx) + 32i] = v351_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t347[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v348_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t348[(row0 + ty) * 176i + (col0 + tx) + 48i] = v348_3;
    let v349_3: f32 = acc0_3 * v348_3;
    t349[(row0 + ty) * 176i + (col0 + tx) + 48i] = v349_3;
    let l350_3: f32 = t350[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v351_3: f32 = v349_3 * l350_3;
    t351[(row0 + ty) * 176i + (col0 + tx) + 48i] = v351_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t347[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v348_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t348[(row0 + ty + 16i) * 176i + (col0 + tx)] = v348_4;
    let v349_4: f32 = acc1_0 * v348_4;
    t349[(row0 + ty + 16i) * 176i + (col0 + tx)] = v349_4;
    let l350_4: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v351_4: f32 = v349_4 * l350_4;
    t351[(row0 + ty + 16i) * 176i + (col0 + tx)] = v351_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t347[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v348_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v348_5;
    let v349_5: f32 = acc1_1 * v348_5;
    t349[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v349_5;
    let l350_5: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v351_5: f32 = v349_5 * l350_5;
    t351[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v351_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t347[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v348_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v348_6;
    let v349_6: f32 = acc1_2 * v348_6;
    t349[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v349_6;
    let l350_6: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v351_6: f32 = v349_6 * l350_6;
    t351[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v351_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t347[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v348_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v348_7;
    let v349_7: f32 = acc1_3 * v348_7;
    t349[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v349_7;
    let l350_7: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v351_7: f32 = v349_7 * l350_7;
    t351[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v351_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t347[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v348_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t348[(row0 + ty + 32i) * 176i + (col0 + tx)] = v348_8;
    let v349_8: f32 = acc2_0 * v348_8;
    t349[(row0 + ty + 32i) * 176i + (col0 + tx)] = v349_8;
    let l350_8: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v351_8: f32 = v349_8 * l350_8;
    t351[(row0 + ty + 32i) * 176i + (col0 + tx)] = v351_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t347[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v348_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v348_9;
    let v349_9: f32 = acc2_1 * v348_9;
    t349[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v349_9;
    let l350_9: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v351_9: f32 = v349_9 * l350_9;
    t351[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v351_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t347[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v348_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v348_10;
    let v349_10: f32 = acc2_2 * v348_10;
    t349[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v349_10;
    let l350_10: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v351_10: f32 = v349_10 * l350_10;
    t351[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v351_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t347[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v348_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v348_11;
    let v349_11: f32 = acc2_3 * v348_11;
    t349[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v349_11;
    let l350_11: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v351_11: f32 = v349_11 * l350_11;
    t351[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v351_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t347[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v348_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t348[(row0 + ty + 48i) * 176i + (col0 + tx)] = v348_12;
    let v349_12: f32 = acc3_0 * v348_12;
    t349[(row0 + ty + 48i) * 176i + (col0 + tx)] = v349_12;
    let l350_12: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v351_12: f32 = v349_12 * l350_12;
    t351[(row0 + ty + 48i) * 176i + (col0 + tx)] = v351_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t347[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v348_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v348_13;
    let v349_13: f32 = acc3_1 * v348_13;
    t349[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v349_13;
    let l350_13: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v351_13: f32 = v349_13 * l350_13;
    t351[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v351_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t347[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v348_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v348_14;
    let v349_14: f32 = acc3_2 * v348_14;
    t349[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v349_14;
    let l350_14: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v351_14: f32 = v349_14 * l350_14;
    t351[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v351_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t347[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v348_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v348_15;
    let v349_15: f32 = acc3_3 * v348_15;
    t349[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v349_15;
    let l350_15: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v351_15: f32 = v349_15 * l350_15;
    t351[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v351_15;
  }
}
