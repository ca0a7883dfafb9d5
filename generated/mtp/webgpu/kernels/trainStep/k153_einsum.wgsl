// kernel k153_einsum
@group(0) @binding(0) var<storage, read> t888: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_1_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t897: array<f32>;
@group(0) @binding(3) var<storage, read_write> t899: array<f32>;
@group(0) @binding(4) var<storage, read> p_mtp_blocks_1_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t900: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k153_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t888[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t888[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t888[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t888[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_1_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_1_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_1_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_1_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l897: f32 = t897[(row0 + ty) * 64i + (col0 + tx)];
    let v899: f32 = acc0_0 + l897;
    t899[(row0 + ty) * 64i + (col0 + tx)] = v899;
    let l345: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx];
    let v900: f32 = v899 * l345;
    t900[(row0 + ty) * 64i + (col0 + tx)] = v900;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l897_1: f32 = t897[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v899_1: f32 = acc0_1 + l897_1;
    t899[(row0 + ty) * 64i + (col0 + tx) + 16i] = v899_1;
    let l345_1: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 16i];
    let v900_1: f32 = v899_1 * l345_1;
    t900[(row0 + ty) * 64i + (col0 + tx) + 16i] = v900_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l897_2: f32 = t897[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v899_2: f32 = acc0_2 + l897_2;
    t899[(row0 + ty) * 64i + (col0 + tx) + 32i] = v899_2;
    let l345_2: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 32i];
    let v900_2: f32 = v899_2 * l345_2;
    t900[(row0 + ty) * 64i + (col0 + tx) + 32i] = v900_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l897_3: f32 = t897[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v899_3: f32 = acc0_3 + l897_3;
    t899[(row0 + ty) * 64i + (col0 + tx) + 48i] = v899_3;
    let l345_3: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 48i];
    let v900_3: f32 = v899_3 * l345_3;
    t900[(row0 + ty) * 64i + (col0 + tx) + 48i] = v900_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l897_4: f32 = t897[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v899_4: f32 = acc1_0 + l897_4;
    t899[(row0 + ty + 16i) * 64i + (col0 + tx)] = v899_4;
    let l345_4: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx];
    let v900_4: f32 = v899_4 * l345_4;
    t900[(row0 + ty + 16i) * 64i + (col0 + tx)] = v900_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l897_5: f32 = t897[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v899_5: f32 = acc1_1 + l897_5;
    t899[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v899_5;
    let l345_5: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 16i];
    let v900_5: f32 = v899_5 * l345_5;
    t900[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v900_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l897_6: f32 = t897[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v899_6: f32 = acc1_2 + l897_6;
    t899[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v899_6;
    let l345_6: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 32i];
    let v900_6: f32 = v899_6 * l345_6;
    t900[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v900_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l897_7: f32 = t897[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v899_7: f32 = acc1_3 + l897_7;
    t899[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v899_7;
    let l345_7: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 48i];
    let v900_7: f32 = v899_7 * l345_7;
    t900[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v900_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l897_8: f32 = t897[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v899_8: f32 = acc2_0 + l897_8;
    t899[(row0 + ty + 32i) * 64i + (col0 + tx)] = v899_8;
    let l345_8: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx];
    let v900_8: f32 = v899_8 * l345_8;
    t900[(row0 + ty + 32i) * 64i + (col0 + tx)] = v900_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l897_9: f32 = t897[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v899_9: f32 = acc2_1 + l897_9;
    t899[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v899_9;
    let l345_9: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 16i];
    let v900_9: f32 = v899_9 * l345_9;
    t900[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v900_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l897_10: f32 = t897[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v899_10: f32 = acc2_2 + l897_10;
    t899[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v899_10;
    let l345_10: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 32i];
    let v900_10: f32 = v899_10 * l345_10;
    t900[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v900_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l897_11: f32 = t897[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v899_11: f32 = acc2_3 + l897_11;
    t899[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v899_11;
    let l345_11: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 48i];
    let v900_11: f32 = v899_11 * l345_11;
    t900[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v900_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l897_12: f32 = t897[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v899_12: f32 = acc3_0 + l897_12;
    t899[(row0 + ty + 48i) * 64i + (col0 + tx)] = v899_12;
    let l345_12: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx];
    let v900_12: f32 = v899_12 * l345_12;
    t900[(row0 + ty + 48i) * 64i + (col0 + tx)] = v900_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l897_13: f32 = t897[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v899_13: f32 = acc3_1 + l897_13;
    t899[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v899_13;
    let l345_13: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 16i];
    let v900_13: f32 = v899_13 * l345_13;
    t900[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v900_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l897_14: f32 = t897[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v899_14: f32 = acc3_2 + l897_14;
    t899[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v899_14;
    let l345_14: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 32i];
    let v900_14: f32 = v899_14 * l345_14;
    t900[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v900_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l897_15: f32 = t897[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v899_15: f32 = acc3_3 + l897_15;
    t899[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v899_15;
    let l345_15: f32 = p_mtp_blocks_1_mlp_norm_g[col0 + tx + 48i];
    let v900_15: f32 = v899_15 * l345_15;
    t900[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v900_15;
  }
}
