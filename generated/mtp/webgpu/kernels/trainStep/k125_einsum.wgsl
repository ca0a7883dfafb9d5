// kernel k125_einsum
@group(0) @binding(0) var<storage, read> t785: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_2_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t794: array<f32>;
@group(0) @binding(3) var<storage, read_write> t796: array<f32>;
@group(0) @binding(4) var<storage, read> p_mtp_blocks_2_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t797: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k125_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 11i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 176i) {
      tileA[tx * 64i + ty] = t785[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t785[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t785[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t785[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_2_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_2_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_2_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_2_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l794: f32 = t794[(row0 + ty) * 64i + (col0 + tx)];
    let v796: f32 = acc0_0 + l794;
    t796[(row0 + ty) * 64i + (col0 + tx)] = v796;
    let l409: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx];
    let v797: f32 = v796 * l409;
    t797[(row0 + ty) * 64i + (col0 + tx)] = v797;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l794_1: f32 = t794[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v796_1: f32 = acc0_1 + l794_1;
    t796[(row0 + ty) * 64i + (col0 + tx) + 16i] = v796_1;
    let l409_1: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 16i];
    let v797_1: f32 = v796_1 * l409_1;
    t797[(row0 + ty) * 64i + (col0 + tx) + 16i] = v797_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l794_2: f32 = t794[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v796_2: f32 = acc0_2 + l794_2;
    t796[(row0 + ty) * 64i + (col0 + tx) + 32i] = v796_2;
    let l409_2: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 32i];
    let v797_2: f32 = v796_2 * l409_2;
    t797[(row0 + ty) * 64i + (col0 + tx) + 32i] = v797_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l794_3: f32 = t794[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v796_3: f32 = acc0_3 + l794_3;
    t796[(row0 + ty) * 64i + (col0 + tx) + 48i] = v796_3;
    let l409_3: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 48i];
    let v797_3: f32 = v796_3 * l409_3;
    t797[(row0 + ty) * 64i + (col0 + tx) + 48i] = v797_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l794_4: f32 = t794[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v796_4: f32 = acc1_0 + l794_4;
    t796[(row0 + ty + 16i) * 64i + (col0 + tx)] = v796_4;
    let l409_4: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx];
    let v797_4: f32 = v796_4 * l409_4;
    t797[(row0 + ty + 16i) * 64i + (col0 + tx)] = v797_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l794_5: f32 = t794[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v796_5: f32 = acc1_1 + l794_5;
    t796[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v796_5;
    let l409_5: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 16i];
    let v797_5: f32 = v796_5 * l409_5;
    t797[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v797_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l794_6: f32 = t794[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v796_6: f32 = acc1_2 + l794_6;
    t796[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v796_6;
    let l409_6: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 32i];
    let v797_6: f32 = v796_6 * l409_6;
    t797[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v797_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l794_7: f32 = t794[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v796_7: f32 = acc1_3 + l794_7;
    t796[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v796_7;
    let l409_7: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 48i];
    let v797_7: f32 = v796_7 * l409_7;
    t797[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v797_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l794_8: f32 = t794[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v796_8: f32 = acc2_0 + l794_8;
    t796[(row0 + ty + 32i) * 64i + (col0 + tx)] = v796_8;
    let l409_8: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx];
    let v797_8: f32 = v796_8 * l409_8;
    t797[(row0 + ty + 32i) * 64i + (col0 + tx)] = v797_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l794_9: f32 = t794[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v796_9: f32 = acc2_1 + l794_9;
    t796[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v796_9;
    let l409_9: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 16i];
    let v797_9: f32 = v796_9 * l409_9;
    t797[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v797_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l794_10: f32 = t794[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v796_10: f32 = acc2_2 + l794_10;
    t796[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v796_10;
    let l409_10: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 32i];
    let v797_10: f32 = v796_10 * l409_10;
    t797[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v797_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l794_11: f32 = t794[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v796_11: f32 = acc2_3 + l794_11;
    t796[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v796_11;
    let l409_11: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 48i];
    let v797_11: f32 = v796_11 * l409_11;
    t797[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v797_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l794_12: f32 = t794[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v796_12: f32 = acc3_0 + l794_12;
    t796[(row0 + ty + 48i) * 64i + (col0 + tx)] = v796_12;
    let l409_12: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx];
    let v797_12: f32 = v796_12 * l409_12;
    t797[(row0 + ty + 48i) * 64i + (col0 + tx)] = v797_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l794_13: f32 = t794[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v796_13: f32 = acc3_1 + l794_13;
    t796[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v796_13;
    let l409_13: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 16i];
    let v797_13: f32 = v796_13 * l409_13;
    t797[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v797_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l794_14: f32 = t794[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v796_14: f32 = acc3_2 + l794_14;
    t796[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v796_14;
    let l409_14: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 32i];
    let v797_14: f32 = v796_14 * l409_14;
    t797[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v797_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l794_15: f32 = t794[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v796_15: f32 = acc3_3 + l794_15;
    t796[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v796_15;
    let l409_15: f32 = p_mtp_blocks_2_mlp_norm_g[col0 + tx + 48i];
    let v797_15: f32 = v796_15 * l409_15;
    t797[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v797_15;
  }
}
