// kernel k6_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t59: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t63: array<f32>;
@group(0) @binding(4) var<storage, read_write> t68: array<f32>;
@group(0) @binding(5) var<storage, read_write> t70: array<f32>;
@group(0) @binding(6) var<storage, read_write> t74: array<f32>;
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
    if (row0 + ty < 1024i && kA < 16i) {
      tileA[tx * 64i + ty] = t59[(row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t59[(row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t59[(row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t59[(row0 + ty + 48i) * 16i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l62: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v63: f32 = acc0_0 + l62;
    t63[(row0 + ty) * 64i + (col0 + tx)] = v63;
    let v66: f32 = abs(v63);
    let v67: f32 = -v66;
    let v68: f32 = exp(v67);
    t68[(row0 + ty) * 64i + (col0 + tx)] = v68;
    let v70: f32 = 1.0f + v68;
    t70[(row0 + ty) * 64i + (col0 + tx)] = v70;
    let v65: f32 = min(v63, 0.0f);
    let v71: f32 = log(v70);
    let v72: f32 = v65 - v71;
    let v74: f32 = v72 / 16.0f;
    t74[(row0 + ty) * 64i + (col0 + tx)] = v74;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l62_1: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v63_1: f32 = acc0_1 + l62_1;
    t63[(row0 + ty) * 64i + (col0 + tx) + 16i] = v63_1;
    let v66_1: f32 = abs(v63_1);
    let v67_1: f32 = -v66_1;
    let v68_1: f32 = exp(v67_1);
    t68[(row0 + ty) * 64i + (col0 + tx) + 16i] = v68_1;
    let v70_1: f32 = 1.0f + v68_1;
    t70[(row0 + ty) * 64i + (col0 + tx) + 16i] = v70_1;
    let v65_1: f32 = min(v63_1, 0.0f);
    let v71_1: f32 = log(v70_1);
    let v72_1: f32 = v65_1 - v71_1;
    let v74_1: f32 = v72_1 / 16.0f;
    t74[(row0 + ty) * 64i + (col0 + tx) + 16i] = v74_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l62_2: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v63_2: f32 = acc0_2 + l62_2;
    t63[(row0 + ty) * 64i + (col0 + tx) + 32i] = v63_2;
    let v66_2: f32 = abs(v63_2);
    let v67_2: f32 = -v66_2;
    let v68_2: f32 = exp(v67_2);
    t68[(row0 + ty) * 64i + (col0 + tx) + 32i] = v68_2;
    let v70_2: f32 = 1.0f + v68_2;
    t70[(row0 + ty) * 64i + (col0 + tx) + 32i] = v70_2;
    let v65_2: f32 = min(v63_2, 0.0f);
    let v71_2: f32 = log(v70_2);
    let v72_2: f32 = v65_2 - v71_2;
    let v74_2: f32 = v72_2 / 16.0f;
    t74[(row0 + ty) * 64i + (col0 + tx) + 32i] = v74_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l62_3: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v63_3: f32 = acc0_3 + l62_3;
    t63[(row0 + ty) * 64i + (col0 + tx) + 48i] = v63_3;
    let v66_3: f32 = abs(v63_3);
    let v67_3: f32 = -v66_3;
    let v68_3: f32 = exp(v67_3);
    t68[(row0 + ty) * 64i + (col0 + tx) + 48i] = v68_3;
    let v70_3: f32 = 1.0f + v68_3;
    t70[(row0 + ty) * 64i + (col0 + tx) + 48i] = v70_3;
    let v65_3: f32 = min(v63_3, 0.0f);
    let v71_3: f32 = log(v70_3);
    let v72_3: f32 = v65_3 - v71_3;
    let v74_3: f32 = v72_3 / 16.0f;
    t74[(row0 + ty) * 64i + (col0 + tx) + 48i] = v74_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l62_4: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v63_4: f32 = acc1_0 + l62_4;
    t63[(row0 + ty + 16i) * 64i + (col0 + tx)] = v63_4;
    let v66_4: f32 = abs(v63_4);
    let v67_4: f32 = -v66_4;
    let v68_4: f32 = exp(v67_4);
    t68[(row0 + ty + 16i) * 64i + (col0 + tx)] = v68_4;
    let v70_4: f32 = 1.0f + v68_4;
    t70[(row0 + ty + 16i) * 64i + (col0 + tx)] = v70_4;
    let v65_4: f32 = min(v63_4, 0.0f);
    let v71_4: f32 = log(v70_4);
    let v72_4: f32 = v65_4 - v71_4;
    let v74_4: f32 = v72_4 / 16.0f;
    t74[(row0 + ty + 16i) * 64i + (col0 + tx)] = v74_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l62_5: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v63_5: f32 = acc1_1 + l62_5;
    t63[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v63_5;
    let v66_5: f32 = abs(v63_5);
    let v67_5: f32 = -v66_5;
    let v68_5: f32 = exp(v67_5);
    t68[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v68_5;
    let v70_5: f32 = 1.0f + v68_5;
    t70[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v70_5;
    let v65_5: f32 = min(v63_5, 0.0f);
    let v71_5: f32 = log(v70_5);
    let v72_5: f32 = v65_5 - v71_5;
    let v74_5: f32 = v72_5 / 16.0f;
    t74[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v74_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l62_6: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v63_6: f32 = acc1_2 + l62_6;
    t63[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v63_6;
    let v66_6: f32 = abs(v63_6);
    let v67_6: f32 = -v66_6;
    let v68_6: f32 = exp(v67_6);
    t68[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v68_6;
    let v70_6: f32 = 1.0f + v68_6;
    t70[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v70_6;
    let v65_6: f32 = min(v63_6, 0.0f);
    let v71_6: f32 = log(v70_6);
    let v72_6: f32 = v65_6 - v71_6;
    let v74_6: f32 = v72_6 / 16.0f;
    t74[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v74_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l62_7: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v63_7: f32 = acc1_3 + l62_7;
    t63[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v63_7;
    let v66_7: f32 = abs(v63_7);
    let v67_7: f32 = -v66_7;
    let v68_7: f32 = exp(v67_7);
    t68[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v68_7;
    let v70_7: f32 = 1.0f + v68_7;
    t70[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v70_7;
    let v65_7: f32 = min(v63_7, 0.0f);
    let v71_7: f32 = log(v70_7);
    let v72_7: f32 = v65_7 - v71_7;
    let v74_7: f32 = v72_7 / 16.0f;
    t74[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v74_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l62_8: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v63_8: f32 = acc2_0 + l62_8;
    t63[(row0 + ty + 32i) * 64i + (col0 + tx)] = v63_8;
    let v66_8: f32 = abs(v63_8);
    let v67_8: f32 = -v66_8;
    let v68_8: f32 = exp(v67_8);
    t68[(row0 + ty + 32i) * 64i + (col0 + tx)] = v68_8;
    let v70_8: f32 = 1.0f + v68_8;
    t70[(row0 + ty + 32i) * 64i + (col0 + tx)] = v70_8;
    let v65_8: f32 = min(v63_8, 0.0f);
    let v71_8: f32 = log(v70_8);
    let v72_8: f32 = v65_8 - v71_8;
    let v74_8: f32 = v72_8 / 16.0f;
    t74[(row0 + ty + 32i) * 64i + (col0 + tx)] = v74_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l62_9: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v63_9: f32 = acc2_1 + l62_9;
    t63[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v63_9;
    let v66_9: f32 = abs(v63_9);
    let v67_9: f32 = -v66_9;
    let v68_9: f32 = exp(v67_9);
    t68[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v68_9;
    let v70_9: f32 = 1.0f + v68_9;
    t70[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v70_9;
    let v65_9: f32 = min(v63_9, 0.0f);
    let v71_9: f32 = log(v70_9);
    let v72_9: f32 = v65_9 - v71_9;
    let v74_9: f32 = v72_9 / 16.0f;
    t74[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v74_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l62_10: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v63_10: f32 = acc2_2 + l62_10;
    t63[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v63_10;
    let v66_10: f32 = abs(v63_10);
    let v67_10: f32 = -v66_10;
    let v68_10: f32 = exp(v67_10);
    t68[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v68_10;
    let v70_10: f32 = 1.0f + v68_10;
    t70[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v70_10;
    let v65_10: f32 = min(v63_10, 0.0f);
    let v71_10: f32 = log(v70_10);
    let v72_10: f32 = v65_10 - v71_10;
    let v74_10: f32 = v72_10 / 16.0f;
    t74[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v74_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l62_11: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v63_11: f32 = acc2_3 + l62_11;
    t63[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v63_11;
    let v66_11: f32 = abs(v63_11);
    let v67_11: f32 = -v66_11;
    let v68_11: f32 = exp(v67_11);
    t68[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v68_11;
    let v70_11: f32 = 1.0f + v68_11;
    t70[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v70_11;
    let v65_11: f32 = min(v63_11, 0.0f);
    let v71_11: f32 = log(v70_11);
    let v72_11: f32 = v65_11 - v71_11;
    let v74_11: f32 = v72_11 / 16.0f;
    t74[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v74_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l62_12: f32 = p_layers_0_attn_wa2_b[col0 + tx];
    let v63_12: f32 = acc3_0 + l62_12;
    t63[(row0 + ty + 48i) * 64i + (col0 + tx)] = v63_12;
    let v66_12: f32 = abs(v63_12);
    let v67_12: f32 = -v66_12;
    let v68_12: f32 = exp(v67_12);
    t68[(row0 + ty + 48i) * 64i + (col0 + tx)] = v68_12;
    let v70_12: f32 = 1.0f + v68_12;
    t70[(row0 + ty + 48i) * 64i + (col0 + tx)] = v70_12;
    let v65_12: f32 = min(v63_12, 0.0f);
    let v71_12: f32 = log(v70_12);
    let v72_12: f32 = v65_12 - v71_12;
    let v74_12: f32 = v72_12 / 16.0f;
    t74[(row0 + ty + 48i) * 64i + (col0 + tx)] = v74_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l62_13: f32 = p_layers_0_attn_wa2_b[col0 + tx + 16i];
    let v63_13: f32 = acc3_1 + l62_13;
    t63[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v63_13;
    let v66_13: f32 = abs(v63_13);
    let v67_13: f32 = -v66_13;
    let v68_13: f32 = exp(v67_13);
    t68[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v68_13;
    let v70_13: f32 = 1.0f + v68_13;
    t70[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v70_13;
    let v65_13: f32 = min(v63_13, 0.0f);
    let v71_13: f32 = log(v70_13);
    let v72_13: f32 = v65_13 - v71_13;
    let v74_13: f32 = v72_13 / 16.0f;
    t74[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v74_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l62_14: f32 = p_layers_0_attn_wa2_b[col0 + tx + 32i];
    let v63_14: f32 = acc3_2 + l62_14;
    t63[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v63_14;
    let v66_14: f32 = abs(v63_14);
    let v67_14: f32 = -v66_14;
    let v68_14: f32 = exp(v67_14);
    t68[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v68_14;
    let v70_14: f32 = 1.0f + v68_14;
    t70[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v70_14;
    let v65_14: f32 = min(v63_14, 0.0f);
    let v71_14: f32 = log(v70_14);
    let v72_14: f32 = v65_14 - v71_14;
    let v74_14: f32 = v72_14 / 16.0f;
    t74[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v74_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l62_15: f32 = p_layers_0_attn_wa2_b[col0 + tx + 48i];
    let v63_15: f32 = acc3_3 + l62_15;
    t63[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v63_15;
    let v66_15: f32 = abs(v63_15);
    let v67_15: f32 = -v66_15;
    let v68_15: f32 = exp(v67_15);
    t68[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v68_15;
    let v70_15: f32 = 1.0f + v68_15;
    t70[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v70_15;
    let v65_15: f32 = min(v63_15, 0.0f);
    let v71_15: f32 = log(v70_15);
    let v72_15: f32 = v65_15 - v71_15;
    let v74_15: f32 = v72_15 / 16.0f;
    t74[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v74_15;
  }
}
