// kernel k119_einsum
@group(0) @binding(0) var<storage, read> t753: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_3_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t759: array<f32>;
@group(0) @binding(3) var<storage, read> t763: array<f32>;
@group(0) @binding(4) var<storage, read_write> t766: array<f32>;
@group(0) @binding(5) var<storage, read> p_mtp_blocks_3_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t767: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k119_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t753[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t753[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t753[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t753[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_3_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_3_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_3_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_3_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l759: f32 = t759[(row0 + ty) * 64i + (col0 + tx)];
    let v765: f32 = acc0_0 + l759;
    let l763: f32 = t763[(row0 + ty) * 64i + (col0 + tx)];
    let v766: f32 = v765 + l763;
    t766[(row0 + ty) * 64i + (col0 + tx)] = v766;
    let l420: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx];
    let v767: f32 = v766 * l420;
    t767[(row0 + ty) * 64i + (col0 + tx)] = v767;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l759_1: f32 = t759[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v765_1: f32 = acc0_1 + l759_1;
    let l763_1: f32 = t763[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v766_1: f32 = v765_1 + l763_1;
    t766[(row0 + ty) * 64i + (col0 + tx) + 16i] = v766_1;
    let l420_1: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 16i];
    let v767_1: f32 = v766_1 * l420_1;
    t767[(row0 + ty) * 64i + (col0 + tx) + 16i] = v767_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l759_2: f32 = t759[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v765_2: f32 = acc0_2 + l759_2;
    let l763_2: f32 = t763[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v766_2: f32 = v765_2 + l763_2;
    t766[(row0 + ty) * 64i + (col0 + tx) + 32i] = v766_2;
    let l420_2: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 32i];
    let v767_2: f32 = v766_2 * l420_2;
    t767[(row0 + ty) * 64i + (col0 + tx) + 32i] = v767_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l759_3: f32 = t759[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v765_3: f32 = acc0_3 + l759_3;
    let l763_3: f32 = t763[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v766_3: f32 = v765_3 + l763_3;
    t766[(row0 + ty) * 64i + (col0 + tx) + 48i] = v766_3;
    let l420_3: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 48i];
    let v767_3: f32 = v766_3 * l420_3;
    t767[(row0 + ty) * 64i + (col0 + tx) + 48i] = v767_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l759_4: f32 = t759[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v765_4: f32 = acc1_0 + l759_4;
    let l763_4: f32 = t763[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v766_4: f32 = v765_4 + l763_4;
    t766[(row0 + ty + 16i) * 64i + (col0 + tx)] = v766_4;
    let l420_4: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx];
    let v767_4: f32 = v766_4 * l420_4;
    t767[(row0 + ty + 16i) * 64i + (col0 + tx)] = v767_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l759_5: f32 = t759[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v765_5: f32 = acc1_1 + l759_5;
    let l763_5: f32 = t763[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v766_5: f32 = v765_5 + l763_5;
    t766[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v766_5;
    let l420_5: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 16i];
    let v767_5: f32 = v766_5 * l420_5;
    t767[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v767_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l759_6: f32 = t759[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v765_6: f32 = acc1_2 + l759_6;
    let l763_6: f32 = t763[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v766_6: f32 = v765_6 + l763_6;
    t766[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v766_6;
    let l420_6: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 32i];
    let v767_6: f32 = v766_6 * l420_6;
    t767[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v767_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l759_7: f32 = t759[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v765_7: f32 = acc1_3 + l759_7;
    let l763_7: f32 = t763[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v766_7: f32 = v765_7 + l763_7;
    t766[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v766_7;
    let l420_7: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 48i];
    let v767_7: f32 = v766_7 * l420_7;
    t767[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v767_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l759_8: f32 = t759[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v765_8: f32 = acc2_0 + l759_8;
    let l763_8: f32 = t763[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v766_8: f32 = v765_8 + l763_8;
    t766[(row0 + ty + 32i) * 64i + (col0 + tx)] = v766_8;
    let l420_8: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx];
    let v767_8: f32 = v766_8 * l420_8;
    t767[(row0 + ty + 32i) * 64i + (col0 + tx)] = v767_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l759_9: f32 = t759[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v765_9: f32 = acc2_1 + l759_9;
    let l763_9: f32 = t763[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v766_9: f32 = v765_9 + l763_9;
    t766[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v766_9;
    let l420_9: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 16i];
    let v767_9: f32 = v766_9 * l420_9;
    t767[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v767_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l759_10: f32 = t759[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v765_10: f32 = acc2_2 + l759_10;
    let l763_10: f32 = t763[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v766_10: f32 = v765_10 + l763_10;
    t766[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v766_10;
    let l420_10: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 32i];
    let v767_10: f32 = v766_10 * l420_10;
    t767[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v767_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l759_11: f32 = t759[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v765_11: f32 = acc2_3 + l759_11;
    let l763_11: f32 = t763[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v766_11: f32 = v765_11 + l763_11;
    t766[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v766_11;
    let l420_11: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 48i];
    let v767_11: f32 = v766_11 * l420_11;
    t767[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v767_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l759_12: f32 = t759[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v765_12: f32 = acc3_0 + l759_12;
    let l763_12: f32 = t763[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v766_12: f32 = v765_12 + l763_12;
    t766[(row0 + ty + 48i) * 64i + (col0 + tx)] = v766_12;
    let l420_12: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx];
    let v767_12: f32 = v766_12 * l420_12;
    t767[(row0 + ty + 48i) * 64i + (col0 + tx)] = v767_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l759_13: f32 = t759[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v765_13: f32 = acc3_1 + l759_13;
    let l763_13: f32 = t763[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v766_13: f32 = v765_13 + l763_13;
    t766[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v766_13;
    let l420_13: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 16i];
    let v767_13: f32 = v766_13 * l420_13;
    t767[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v767_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l759_14: f32 = t759[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v765_14: f32 = acc3_2 + l759_14;
    let l763_14: f32 = t763[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v766_14: f32 = v765_14 + l763_14;
    t766[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v766_14;
    let l420_14: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 32i];
    let v767_14: f32 = v766_14 * l420_14;
    t767[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v767_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l759_15: f32 = t759[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v765_15: f32 = acc3_3 + l759_15;
    let l763_15: f32 = t763[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v766_15: f32 = v765_15 + l763_15;
    t766[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v766_15;
    let l420_15: f32 = p_mtp_blocks_3_attn_norm_g[col0 + tx + 48i];
    let v767_15: f32 = v766_15 * l420_15;
    t767[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v767_15;
  }
}
