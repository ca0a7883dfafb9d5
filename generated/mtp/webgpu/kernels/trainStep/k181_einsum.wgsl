// kernel k181_einsum
@group(0) @binding(0) var<storage, read> t991: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t1000: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1002: array<f32>;
@group(0) @binding(4) var<storage, read> p_mtp_blocks_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1003: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k181_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t991[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t991[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t991[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t991[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_0_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_0_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_0_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_0_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l1000: f32 = t1000[(row0 + ty) * 64i + (col0 + tx)];
    let v1002: f32 = acc0_0 + l1000;
    t1002[(row0 + ty) * 64i + (col0 + tx)] = v1002;
    let l281: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx];
    let v1003: f32 = v1002 * l281;
    t1003[(row0 + ty) * 64i + (col0 + tx)] = v1003;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l1000_1: f32 = t1000[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v1002_1: f32 = acc0_1 + l1000_1;
    t1002[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1002_1;
    let l281_1: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 16i];
    let v1003_1: f32 = v1002_1 * l281_1;
    t1003[(row0 + ty) * 64i + (col0 + tx) + 16i] = v1003_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l1000_2: f32 = t1000[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v1002_2: f32 = acc0_2 + l1000_2;
    t1002[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1002_2;
    let l281_2: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 32i];
    let v1003_2: f32 = v1002_2 * l281_2;
    t1003[(row0 + ty) * 64i + (col0 + tx) + 32i] = v1003_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l1000_3: f32 = t1000[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v1002_3: f32 = acc0_3 + l1000_3;
    t1002[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1002_3;
    let l281_3: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 48i];
    let v1003_3: f32 = v1002_3 * l281_3;
    t1003[(row0 + ty) * 64i + (col0 + tx) + 48i] = v1003_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l1000_4: f32 = t1000[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v1002_4: f32 = acc1_0 + l1000_4;
    t1002[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1002_4;
    let l281_4: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx];
    let v1003_4: f32 = v1002_4 * l281_4;
    t1003[(row0 + ty + 16i) * 64i + (col0 + tx)] = v1003_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l1000_5: f32 = t1000[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v1002_5: f32 = acc1_1 + l1000_5;
    t1002[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1002_5;
    let l281_5: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 16i];
    let v1003_5: f32 = v1002_5 * l281_5;
    t1003[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v1003_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l1000_6: f32 = t1000[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v1002_6: f32 = acc1_2 + l1000_6;
    t1002[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1002_6;
    let l281_6: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 32i];
    let v1003_6: f32 = v1002_6 * l281_6;
    t1003[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v1003_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l1000_7: f32 = t1000[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v1002_7: f32 = acc1_3 + l1000_7;
    t1002[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1002_7;
    let l281_7: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 48i];
    let v1003_7: f32 = v1002_7 * l281_7;
    t1003[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v1003_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l1000_8: f32 = t1000[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v1002_8: f32 = acc2_0 + l1000_8;
    t1002[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1002_8;
    let l281_8: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx];
    let v1003_8: f32 = v1002_8 * l281_8;
    t1003[(row0 + ty + 32i) * 64i + (col0 + tx)] = v1003_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l1000_9: f32 = t1000[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v1002_9: f32 = acc2_1 + l1000_9;
    t1002[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1002_9;
    let l281_9: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 16i];
    let v1003_9: f32 = v1002_9 * l281_9;
    t1003[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v1003_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l1000_10: f32 = t1000[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v1002_10: f32 = acc2_2 + l1000_10;
    t1002[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1002_10;
    let l281_10: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 32i];
    let v1003_10: f32 = v1002_10 * l281_10;
    t1003[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v1003_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l1000_11: f32 = t1000[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v1002_11: f32 = acc2_3 + l1000_11;
    t1002[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1002_11;
    let l281_11: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 48i];
    let v1003_11: f32 = v1002_11 * l281_11;
    t1003[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v1003_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l1000_12: f32 = t1000[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v1002_12: f32 = acc3_0 + l1000_12;
    t1002[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1002_12;
    let l281_12: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx];
    let v1003_12: f32 = v1002_12 * l281_12;
    t1003[(row0 + ty + 48i) * 64i + (col0 + tx)] = v1003_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l1000_13: f32 = t1000[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v1002_13: f32 = acc3_1 + l1000_13;
    t1002[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1002_13;
    let l281_13: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 16i];
    let v1003_13: f32 = v1002_13 * l281_13;
    t1003[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v1003_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l1000_14: f32 = t1000[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v1002_14: f32 = acc3_2 + l1000_14;
    t1002[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1002_14;
    let l281_14: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 32i];
    let v1003_14: f32 = v1002_14 * l281_14;
    t1003[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v1003_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l1000_15: f32 = t1000[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v1002_15: f32 = acc3_3 + l1000_15;
    t1002[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1002_15;
    let l281_15: f32 = p_mtp_blocks_0_mlp_norm_g[col0 + tx + 48i];
    let v1003_15: f32 = v1002_15 * l281_15;
    t1003[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v1003_15;
  }
}
