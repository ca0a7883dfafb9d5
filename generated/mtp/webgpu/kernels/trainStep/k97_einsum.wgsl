// kernel k97_einsum
@group(0) @binding(0) var<storage, read> t677: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_3_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t687: array<f32>;
@group(0) @binding(3) var<storage, read_write> t689: array<f32>;
@group(0) @binding(4) var<storage, read> p_mtp_blocks_3_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t690: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k97_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t677[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t677[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t677[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t677[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_3_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_3_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_3_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_3_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l687: f32 = t687[(row0 + ty) * 64i + (col0 + tx)];
    let v689: f32 = acc0_0 + l687;
    t689[(row0 + ty) * 64i + (col0 + tx)] = v689;
    let l473: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx];
    let v690: f32 = v689 * l473;
    t690[(row0 + ty) * 64i + (col0 + tx)] = v690;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l687_1: f32 = t687[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v689_1: f32 = acc0_1 + l687_1;
    t689[(row0 + ty) * 64i + (col0 + tx) + 16i] = v689_1;
    let l473_1: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 16i];
    let v690_1: f32 = v689_1 * l473_1;
    t690[(row0 + ty) * 64i + (col0 + tx) + 16i] = v690_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l687_2: f32 = t687[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v689_2: f32 = acc0_2 + l687_2;
    t689[(row0 + ty) * 64i + (col0 + tx) + 32i] = v689_2;
    let l473_2: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 32i];
    let v690_2: f32 = v689_2 * l473_2;
    t690[(row0 + ty) * 64i + (col0 + tx) + 32i] = v690_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l687_3: f32 = t687[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v689_3: f32 = acc0_3 + l687_3;
    t689[(row0 + ty) * 64i + (col0 + tx) + 48i] = v689_3;
    let l473_3: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 48i];
    let v690_3: f32 = v689_3 * l473_3;
    t690[(row0 + ty) * 64i + (col0 + tx) + 48i] = v690_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l687_4: f32 = t687[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v689_4: f32 = acc1_0 + l687_4;
    t689[(row0 + ty + 16i) * 64i + (col0 + tx)] = v689_4;
    let l473_4: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx];
    let v690_4: f32 = v689_4 * l473_4;
    t690[(row0 + ty + 16i) * 64i + (col0 + tx)] = v690_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l687_5: f32 = t687[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v689_5: f32 = acc1_1 + l687_5;
    t689[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v689_5;
    let l473_5: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 16i];
    let v690_5: f32 = v689_5 * l473_5;
    t690[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v690_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l687_6: f32 = t687[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v689_6: f32 = acc1_2 + l687_6;
    t689[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v689_6;
    let l473_6: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 32i];
    let v690_6: f32 = v689_6 * l473_6;
    t690[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v690_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l687_7: f32 = t687[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v689_7: f32 = acc1_3 + l687_7;
    t689[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v689_7;
    let l473_7: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 48i];
    let v690_7: f32 = v689_7 * l473_7;
    t690[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v690_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l687_8: f32 = t687[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v689_8: f32 = acc2_0 + l687_8;
    t689[(row0 + ty + 32i) * 64i + (col0 + tx)] = v689_8;
    let l473_8: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx];
    let v690_8: f32 = v689_8 * l473_8;
    t690[(row0 + ty + 32i) * 64i + (col0 + tx)] = v690_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l687_9: f32 = t687[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v689_9: f32 = acc2_1 + l687_9;
    t689[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v689_9;
    let l473_9: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 16i];
    let v690_9: f32 = v689_9 * l473_9;
    t690[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v690_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l687_10: f32 = t687[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v689_10: f32 = acc2_2 + l687_10;
    t689[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v689_10;
    let l473_10: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 32i];
    let v690_10: f32 = v689_10 * l473_10;
    t690[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v690_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l687_11: f32 = t687[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v689_11: f32 = acc2_3 + l687_11;
    t689[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v689_11;
    let l473_11: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 48i];
    let v690_11: f32 = v689_11 * l473_11;
    t690[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v690_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l687_12: f32 = t687[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v689_12: f32 = acc3_0 + l687_12;
    t689[(row0 + ty + 48i) * 64i + (col0 + tx)] = v689_12;
    let l473_12: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx];
    let v690_12: f32 = v689_12 * l473_12;
    t690[(row0 + ty + 48i) * 64i + (col0 + tx)] = v690_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l687_13: f32 = t687[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v689_13: f32 = acc3_1 + l687_13;
    t689[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v689_13;
    let l473_13: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 16i];
    let v690_13: f32 = v689_13 * l473_13;
    t690[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v690_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l687_14: f32 = t687[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v689_14: f32 = acc3_2 + l687_14;
    t689[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v689_14;
    let l473_14: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 32i];
    let v690_14: f32 = v689_14 * l473_14;
    t690[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v690_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l687_15: f32 = t687[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v689_15: f32 = acc3_3 + l687_15;
    t689[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v689_15;
    let l473_15: f32 = p_mtp_blocks_3_mlp_norm_g[col0 + tx + 48i];
    let v690_15: f32 = v689_15 * l473_15;
    t690[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v690_15;
  }
}
