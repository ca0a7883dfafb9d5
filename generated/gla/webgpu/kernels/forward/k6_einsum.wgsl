// kernel k6_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t58: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t73: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k6_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 1i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 16i) {
      tileA[tx * 64i + ty] = t58[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t58[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t58[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t58[(row0 + ty + 48i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 16i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wa2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wa2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wa2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wa2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l61: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v62: f32 = acc0_0 + l61;
    let v64: f32 = min(v62, 0.0f);
    let v65: f32 = abs(v62);
    let v66: f32 = -v65;
    let v67: f32 = exp(v66);
    let v69: f32 = 1.0f + v67;
    let v70: f32 = log(v69);
    let v71: f32 = v64 - v70;
    let v73: f32 = v71 / 16.0f;
    t73[(row0 + ty) * 64i + (col0 + tx)] = v73;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l61_1: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v62_1: f32 = acc0_1 + l61_1;
    let v64_1: f32 = min(v62_1, 0.0f);
    let v65_1: f32 = abs(v62_1);
    let v66_1: f32 = -v65_1;
    let v67_1: f32 = exp(v66_1);
    let v69_1: f32 = 1.0f + v67_1;
    let v70_1: f32 = log(v69_1);
    let v71_1: f32 = v64_1 - v70_1;
    let v73_1: f32 = v71_1 / 16.0f;
    t73[(row0 + ty) * 64i + (col0 + tx) + 16i] = v73_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l61_2: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v62_2: f32 = acc0_2 + l61_2;
    let v64_2: f32 = min(v62_2, 0.0f);
    let v65_2: f32 = abs(v62_2);
    let v66_2: f32 = -v65_2;
    let v67_2: f32 = exp(v66_2);
    let v69_2: f32 = 1.0f + v67_2;
    let v70_2: f32 = log(v69_2);
    let v71_2: f32 = v64_2 - v70_2;
    let v73_2: f32 = v71_2 / 16.0f;
    t73[(row0 + ty) * 64i + (col0 + tx) + 32i] = v73_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l61_3: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v62_3: f32 = acc0_3 + l61_3;
    let v64_3: f32 = min(v62_3, 0.0f);
    let v65_3: f32 = abs(v62_3);
    let v66_3: f32 = -v65_3;
    let v67_3: f32 = exp(v66_3);
    let v69_3: f32 = 1.0f + v67_3;
    let v70_3: f32 = log(v69_3);
    let v71_3: f32 = v64_3 - v70_3;
    let v73_3: f32 = v71_3 / 16.0f;
    t73[(row0 + ty) * 64i + (col0 + tx) + 48i] = v73_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l61_4: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v62_4: f32 = acc1_0 + l61_4;
    let v64_4: f32 = min(v62_4, 0.0f);
    let v65_4: f32 = abs(v62_4);
    let v66_4: f32 = -v65_4;
    let v67_4: f32 = exp(v66_4);
    let v69_4: f32 = 1.0f + v67_4;
    let v70_4: f32 = log(v69_4);
    let v71_4: f32 = v64_4 - v70_4;
    let v73_4: f32 = v71_4 / 16.0f;
    t73[(row0 + ty + 16i) * 64i + (col0 + tx)] = v73_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l61_5: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v62_5: f32 = acc1_1 + l61_5;
    let v64_5: f32 = min(v62_5, 0.0f);
    let v65_5: f32 = abs(v62_5);
    let v66_5: f32 = -v65_5;
    let v67_5: f32 = exp(v66_5);
    let v69_5: f32 = 1.0f + v67_5;
    let v70_5: f32 = log(v69_5);
    let v71_5: f32 = v64_5 - v70_5;
    let v73_5: f32 = v71_5 / 16.0f;
    t73[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v73_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l61_6: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v62_6: f32 = acc1_2 + l61_6;
    let v64_6: f32 = min(v62_6, 0.0f);
    let v65_6: f32 = abs(v62_6);
    let v66_6: f32 = -v65_6;
    let v67_6: f32 = exp(v66_6);
    let v69_6: f32 = 1.0f + v67_6;
    let v70_6: f32 = log(v69_6);
    let v71_6: f32 = v64_6 - v70_6;
    let v73_6: f32 = v71_6 / 16.0f;
    t73[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v73_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l61_7: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v62_7: f32 = acc1_3 + l61_7;
    let v64_7: f32 = min(v62_7, 0.0f);
    let v65_7: f32 = abs(v62_7);
    let v66_7: f32 = -v65_7;
    let v67_7: f32 = exp(v66_7);
    let v69_7: f32 = 1.0f + v67_7;
    let v70_7: f32 = log(v69_7);
    let v71_7: f32 = v64_7 - v70_7;
    let v73_7: f32 = v71_7 / 16.0f;
    t73[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v73_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l61_8: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v62_8: f32 = acc2_0 + l61_8;
    let v64_8: f32 = min(v62_8, 0.0f);
    let v65_8: f32 = abs(v62_8);
    let v66_8: f32 = -v65_8;
    let v67_8: f32 = exp(v66_8);
    let v69_8: f32 = 1.0f + v67_8;
    let v70_8: f32 = log(v69_8);
    let v71_8: f32 = v64_8 - v70_8;
    let v73_8: f32 = v71_8 / 16.0f;
    t73[(row0 + ty + 32i) * 64i + (col0 + tx)] = v73_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l61_9: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v62_9: f32 = acc2_1 + l61_9;
    let v64_9: f32 = min(v62_9, 0.0f);
    let v65_9: f32 = abs(v62_9);
    let v66_9: f32 = -v65_9;
    let v67_9: f32 = exp(v66_9);
    let v69_9: f32 = 1.0f + v67_9;
    let v70_9: f32 = log(v69_9);
    let v71_9: f32 = v64_9 - v70_9;
    let v73_9: f32 = v71_9 / 16.0f;
    t73[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v73_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l61_10: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v62_10: f32 = acc2_2 + l61_10;
    let v64_10: f32 = min(v62_10, 0.0f);
    let v65_10: f32 = abs(v62_10);
    let v66_10: f32 = -v65_10;
    let v67_10: f32 = exp(v66_10);
    let v69_10: f32 = 1.0f + v67_10;
    let v70_10: f32 = log(v69_10);
    let v71_10: f32 = v64_10 - v70_10;
    let v73_10: f32 = v71_10 / 16.0f;
    t73[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v73_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l61_11: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v62_11: f32 = acc2_3 + l61_11;
    let v64_11: f32 = min(v62_11, 0.0f);
    let v65_11: f32 = abs(v62_11);
    let v66_11: f32 = -v65_11;
    let v67_11: f32 = exp(v66_11);
    let v69_11: f32 = 1.0f + v67_11;
    let v70_11: f32 = log(v69_11);
    let v71_11: f32 = v64_11 - v70_11;
    let v73_11: f32 = v71_11 / 16.0f;
    t73[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v73_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l61_12: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v62_12: f32 = acc3_0 + l61_12;
    let v64_12: f32 = min(v62_12, 0.0f);
    let v65_12: f32 = abs(v62_12);
    let v66_12: f32 = -v65_12;
    let v67_12: f32 = exp(v66_12);
    let v69_12: f32 = 1.0f + v67_12;
    let v70_12: f32 = log(v69_12);
    let v71_12: f32 = v64_12 - v70_12;
    let v73_12: f32 = v71_12 / 16.0f;
    t73[(row0 + ty + 48i) * 64i + (col0 + tx)] = v73_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l61_13: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v62_13: f32 = acc3_1 + l61_13;
    let v64_13: f32 = min(v62_13, 0.0f);
    let v65_13: f32 = abs(v62_13);
    let v66_13: f32 = -v65_13;
    let v67_13: f32 = exp(v66_13);
    let v69_13: f32 = 1.0f + v67_13;
    let v70_13: f32 = log(v69_13);
    let v71_13: f32 = v64_13 - v70_13;
    let v73_13: f32 = v71_13 / 16.0f;
    t73[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v73_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l61_14: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v62_14: f32 = acc3_2 + l61_14;
    let v64_14: f32 = min(v62_14, 0.0f);
    let v65_14: f32 = abs(v62_14);
    let v66_14: f32 = -v65_14;
    let v67_14: f32 = exp(v66_14);
    let v69_14: f32 = 1.0f + v67_14;
    let v70_14: f32 = log(v69_14);
    let v71_14: f32 = v64_14 - v70_14;
    let v73_14: f32 = v71_14 / 16.0f;
    t73[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v73_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l61_15: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v62_15: f32 = acc3_3 + l61_15;
    let v64_15: f32 = min(v62_15, 0.0f);
    let v65_15: f32 = abs(v62_15);
    let v66_15: f32 = -v65_15;
    let v67_15: f32 = exp(v66_15);
    let v69_15: f32 = 1.0f + v67_15;
    let v70_15: f32 = log(v69_15);
    let v71_15: f32 = v64_15 - v70_15;
    let v73_15: f32 = v71_15 / 16.0f;
    t73[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v73_15;
  }
}
