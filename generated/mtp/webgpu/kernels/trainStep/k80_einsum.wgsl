// kernel k80_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t474: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_3_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t475: array<f32>;
@group(0) @binding(3) var<storage, read_write> t476: array<f32>;
@group(0) @binding(4) var<storage, read_write> t477: array<f32>;
@group(0) @binding(5) var<storage, read> t478: array<f32>;
@group(0) @binding(6) var<storage, read_write> t479: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k80_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t474[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t474[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t474[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t474[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_3_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_3_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_3_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_3_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
    t475[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v476: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t476[(row0 + ty) * 176i + (col0 + tx)] = v476;
    let v477: f32 = acc0_0 * v476;
    t477[(row0 + ty) * 176i + (col0 + tx)] = v477;
    let l478: f32 = t478[(row0 + ty) * 176i + (col0 + tx)];
    let v479: f32 = v477 * l478;
    t479[(row0 + ty) * 176i + (col0 + tx)] = v479;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t475[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v476_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t476[(row0 + ty) * 176i + (col0 + tx) + 16i] = v476_1;
    let v477_1: f32 = acc0_1 * v476_1;
    t477[(row0 + ty) * 176i + (col0 + tx) + 16i] = v477_1;
    let l478_1: f32 = t478[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v479_1: f32 = v477_1 * l478_1;
    t479[(row0 + ty) * 176i + (col0 + tx) + 16i] = v479_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t475[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v476_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t476[(row0 + ty) * 176i + (col0 + tx) + 32i] = v476_2;
    let v477_2: f32 = acc0_2 * v476_2;
    t477[(row0 + ty) * 176i + (col0 + tx) + 32i] = v477_2;
    let l478_2: f32 = t478[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v479_2: f32 = v477_2 * l478_2;
    t479[(row0 + ty) * 176i + (col0 + tx) + 32i] = v479_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t475[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v476_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t476[(row0 + ty) * 176i + (col0 + tx) + 48i] = v476_3;
    let v477_3: f32 = acc0_3 * v476_3;
    t477[(row0 + ty) * 176i + (col0 + tx) + 48i] = v477_3;
    let l478_3: f32 = t478[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v479_3: f32 = v477_3 * l478_3;
    t479[(row0 + ty) * 176i + (col0 + tx) + 48i] = v479_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t475[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v476_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t476[(row0 + ty + 16i) * 176i + (col0 + tx)] = v476_4;
    let v477_4: f32 = acc1_0 * v476_4;
    t477[(row0 + ty + 16i) * 176i + (col0 + tx)] = v477_4;
    let l478_4: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v479_4: f32 = v477_4 * l478_4;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx)] = v479_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t475[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v476_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t476[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v476_5;
    let v477_5: f32 = acc1_1 * v476_5;
    t477[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v477_5;
    let l478_5: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v479_5: f32 = v477_5 * l478_5;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v479_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t475[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v476_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t476[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v476_6;
    let v477_6: f32 = acc1_2 * v476_6;
    t477[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v477_6;
    let l478_6: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v479_6: f32 = v477_6 * l478_6;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v479_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t475[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v476_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t476[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v476_7;
    let v477_7: f32 = acc1_3 * v476_7;
    t477[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v477_7;
    let l478_7: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v479_7: f32 = v477_7 * l478_7;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v479_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t475[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v476_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t476[(row0 + ty + 32i) * 176i + (col0 + tx)] = v476_8;
    let v477_8: f32 = acc2_0 * v476_8;
    t477[(row0 + ty + 32i) * 176i + (col0 + tx)] = v477_8;
    let l478_8: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v479_8: f32 = v477_8 * l478_8;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx)] = v479_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t475[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v476_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t476[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v476_9;
    let v477_9: f32 = acc2_1 * v476_9;
    t477[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v477_9;
    let l478_9: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v479_9: f32 = v477_9 * l478_9;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v479_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t475[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v476_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t476[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v476_10;
    let v477_10: f32 = acc2_2 * v476_10;
    t477[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v477_10;
    let l478_10: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v479_10: f32 = v477_10 * l478_10;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v479_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t475[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v476_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t476[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v476_11;
    let v477_11: f32 = acc2_3 * v476_11;
    t477[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v477_11;
    let l478_11: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v479_11: f32 = v477_11 * l478_11;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v479_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t475[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v476_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t476[(row0 + ty + 48i) * 176i + (col0 + tx)] = v476_12;
    let v477_12: f32 = acc3_0 * v476_12;
    t477[(row0 + ty + 48i) * 176i + (col0 + tx)] = v477_12;
    let l478_12: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v479_12: f32 = v477_12 * l478_12;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx)] = v479_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t475[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v476_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t476[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v476_13;
    let v477_13: f32 = acc3_1 * v476_13;
    t477[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v477_13;
    let l478_13: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v479_13: f32 = v477_13 * l478_13;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v479_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t475[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v476_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t476[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v476_14;
    let v477_14: f32 = acc3_2 * v476_14;
    t477[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v477_14;
    let l478_14: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v479_14: f32 = v477_14 * l478_14;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v479_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t475[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v476_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t476[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v476_15;
    let v477_15: f32 = acc3_3 * v476_15;
    t477[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v477_15;
    let l478_15: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v479_15: f32 = v477_15 * l478_15;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v479_15;
  }
}
