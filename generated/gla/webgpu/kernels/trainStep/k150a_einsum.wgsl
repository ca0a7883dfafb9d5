// kernel k150a_einsum
@group(0) @binding(0) var<storage, read> t555: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> t647: array<f32>;
@group(0) @binding(3) var<storage, read> t651: array<f32>;
@group(0) @binding(4) var<storage, read> t655: array<f32>;
@group(0) @binding(5) var<storage, read> t660: array<f32>;
@group(0) @binding(6) var<storage, read_write> t665: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k150a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t555[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t555[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t555[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t555[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wr_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 12i + (col0 + bN) * 64i];
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
    let l647: f32 = t647[(row0 + ty) * 64i + (col0 + tx)];
    let v662: f32 = acc0_0 + l647;
    let l651: f32 = t651[(row0 + ty) * 64i + (col0 + tx)];
    let v663: f32 = v662 + l651;
    let l655: f32 = t655[(row0 + ty) * 64i + (col0 + tx)];
    let v664: f32 = v663 + l655;
    let l660: f32 = t660[(row0 + ty) * 64i + (col0 + tx)];
    let v665: f32 = v664 + l660;
    t665[(row0 + ty) * 64i + (col0 + tx)] = v665;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l647_1: f32 = t647[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v662_1: f32 = acc0_1 + l647_1;
    let l651_1: f32 = t651[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v663_1: f32 = v662_1 + l651_1;
    let l655_1: f32 = t655[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v664_1: f32 = v663_1 + l655_1;
    let l660_1: f32 = t660[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v665_1: f32 = v664_1 + l660_1;
    t665[(row0 + ty) * 64i + (col0 + tx) + 16i] = v665_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l647_2: f32 = t647[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v662_2: f32 = acc0_2 + l647_2;
    let l651_2: f32 = t651[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v663_2: f32 = v662_2 + l651_2;
    let l655_2: f32 = t655[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v664_2: f32 = v663_2 + l655_2;
    let l660_2: f32 = t660[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v665_2: f32 = v664_2 + l660_2;
    t665[(row0 + ty) * 64i + (col0 + tx) + 32i] = v665_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l647_3: f32 = t647[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v662_3: f32 = acc0_3 + l647_3;
    let l651_3: f32 = t651[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v663_3: f32 = v662_3 + l651_3;
    let l655_3: f32 = t655[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v664_3: f32 = v663_3 + l655_3;
    let l660_3: f32 = t660[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v665_3: f32 = v664_3 + l660_3;
    t665[(row0 + ty) * 64i + (col0 + tx) + 48i] = v665_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l647_4: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v662_4: f32 = acc1_0 + l647_4;
    let l651_4: f32 = t651[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v663_4: f32 = v662_4 + l651_4;
    let l655_4: f32 = t655[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v664_4: f32 = v663_4 + l655_4;
    let l660_4: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v665_4: f32 = v664_4 + l660_4;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx)] = v665_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l647_5: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v662_5: f32 = acc1_1 + l647_5;
    let l651_5: f32 = t651[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v663_5: f32 = v662_5 + l651_5;
    let l655_5: f32 = t655[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v664_5: f32 = v663_5 + l655_5;
    let l660_5: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v665_5: f32 = v664_5 + l660_5;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v665_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l647_6: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v662_6: f32 = acc1_2 + l647_6;
    let l651_6: f32 = t651[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v663_6: f32 = v662_6 + l651_6;
    let l655_6: f32 = t655[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v664_6: f32 = v663_6 + l655_6;
    let l660_6: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v665_6: f32 = v664_6 + l660_6;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v665_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l647_7: f32 = t647[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v662_7: f32 = acc1_3 + l647_7;
    let l651_7: f32 = t651[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v663_7: f32 = v662_7 + l651_7;
    let l655_7: f32 = t655[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v664_7: f32 = v663_7 + l655_7;
    let l660_7: f32 = t660[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v665_7: f32 = v664_7 + l660_7;
    t665[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v665_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l647_8: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v662_8: f32 = acc2_0 + l647_8;
    let l651_8: f32 = t651[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v663_8: f32 = v662_8 + l651_8;
    let l655_8: f32 = t655[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v664_8: f32 = v663_8 + l655_8;
    let l660_8: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v665_8: f32 = v664_8 + l660_8;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx)] = v665_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l647_9: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v662_9: f32 = acc2_1 + l647_9;
    let l651_9: f32 = t651[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v663_9: f32 = v662_9 + l651_9;
    let l655_9: f32 = t655[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v664_9: f32 = v663_9 + l655_9;
    let l660_9: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v665_9: f32 = v664_9 + l660_9;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v665_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l647_10: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v662_10: f32 = acc2_2 + l647_10;
    let l651_10: f32 = t651[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v663_10: f32 = v662_10 + l651_10;
    let l655_10: f32 = t655[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v664_10: f32 = v663_10 + l655_10;
    let l660_10: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v665_10: f32 = v664_10 + l660_10;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v665_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l647_11: f32 = t647[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v662_11: f32 = acc2_3 + l647_11;
    let l651_11: f32 = t651[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v663_11: f32 = v662_11 + l651_11;
    let l655_11: f32 = t655[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v664_11: f32 = v663_11 + l655_11;
    let l660_11: f32 = t660[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v665_11: f32 = v664_11 + l660_11;
    t665[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v665_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l647_12: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v662_12: f32 = acc3_0 + l647_12;
    let l651_12: f32 = t651[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v663_12: f32 = v662_12 + l651_12;
    let l655_12: f32 = t655[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v664_12: f32 = v663_12 + l655_12;
    let l660_12: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v665_12: f32 = v664_12 + l660_12;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx)] = v665_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l647_13: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v662_13: f32 = acc3_1 + l647_13;
    let l651_13: f32 = t651[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v663_13: f32 = v662_13 + l651_13;
    let l655_13: f32 = t655[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v664_13: f32 = v663_13 + l655_13;
    let l660_13: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v665_13: f32 = v664_13 + l660_13;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v665_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l647_14: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v662_14: f32 = acc3_2 + l647_14;
    let l651_14: f32 = t651[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v663_14: f32 = v662_14 + l651_14;
    let l655_14: f32 = t655[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v664_14: f32 = v663_14 + l655_14;
    let l660_14: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v665_14: f32 = v664_14 + l660_14;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v665_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l647_15: f32 = t647[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v662_15: f32 = acc3_3 + l647_15;
    let l651_15: f32 = t651[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v663_15: f32 = v662_15 + l651_15;
    let l655_15: f32 = t655[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v664_15: f32 = v663_15 + l655_15;
    let l660_15: f32 = t660[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v665_15: f32 = v664_15 + l660_15;
    t665[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v665_15;
  }
}
