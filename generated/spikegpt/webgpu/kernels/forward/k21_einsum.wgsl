// kernel k21_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t170: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t174: array<f32>;
@group(0) @binding(3) var<storage, read_write> t175: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k21_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t170[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t170[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t170[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t170[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_ffn_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let v172: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l174: f32 = t174[(row0 + ty) * 64i + (col0 + tx)];
    let v175: f32 = v172 * l174;
    t175[(row0 + ty) * 64i + (col0 + tx)] = v175;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let v172_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l174_1: f32 = t174[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v175_1: f32 = v172_1 * l174_1;
    t175[(row0 + ty) * 64i + (col0 + tx) + 16i] = v175_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let v172_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l174_2: f32 = t174[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v175_2: f32 = v172_2 * l174_2;
    t175[(row0 + ty) * 64i + (col0 + tx) + 32i] = v175_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let v172_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l174_3: f32 = t174[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v175_3: f32 = v172_3 * l174_3;
    t175[(row0 + ty) * 64i + (col0 + tx) + 48i] = v175_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let v172_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l174_4: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v175_4: f32 = v172_4 * l174_4;
    t175[(row0 + ty + 16i) * 64i + (col0 + tx)] = v175_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let v172_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l174_5: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v175_5: f32 = v172_5 * l174_5;
    t175[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v175_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let v172_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l174_6: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v175_6: f32 = v172_6 * l174_6;
    t175[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v175_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let v172_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l174_7: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v175_7: f32 = v172_7 * l174_7;
    t175[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v175_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let v172_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l174_8: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v175_8: f32 = v172_8 * l174_8;
    t175[(row0 + ty + 32i) * 64i + (col0 + tx)] = v175_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let v172_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l174_9: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v175_9: f32 = v172_9 * l174_9;
    t175[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v175_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let v172_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l174_10: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v175_10: f32 = v172_10 * l174_10;
    t175[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v175_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let v172_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l174_11: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v175_11: f32 = v172_11 * l174_11;
    t175[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v175_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let v172_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l174_12: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v175_12: f32 = v172_12 * l174_12;
    t175[(row0 + ty + 48i) * 64i + (col0 + tx)] = v175_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let v172_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l174_13: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v175_13: f32 = v172_13 * l174_13;
    t175[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v175_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let v172_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l174_14: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v175_14: f32 = v172_14 * l174_14;
    t175[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v175_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let v172_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l174_15: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v175_15: f32 = v172_15 * l174_15;
    t175[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v175_15;
  }
}
