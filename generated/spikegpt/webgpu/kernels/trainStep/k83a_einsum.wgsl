// kernel k83a_einsum
@group(0) @binding(0) var<storage, read> t481: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t482: array<f32>;
@group(0) @binding(3) var<storage, read> t237: array<f32>;
@group(0) @binding(4) var<storage, read_write> t484: array<f32>;
@group(0) @binding(5) var<storage, read> t521: array<f32>;
@group(0) @binding(6) var<storage, read> t224: array<f32>;
@group(0) @binding(7) var<storage, read_write> t523: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k83a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t481[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t481[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t481[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t481[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_att_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_att_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_att_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_att_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t482[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l239: f32 = t237[col0 + tx];
    let v484: f32 = acc0_0 * l239;
    t484[(row0 + ty) * 64i + (col0 + tx)] = v484;
    let l521: f32 = t521[(row0 + ty) * 64i + (col0 + tx)];
    let l226: f32 = t224[col0 + tx];
    let v523: f32 = l521 * l226;
    t523[(row0 + ty) * 64i + (col0 + tx)] = v523;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t482[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l239_1: f32 = t237[col0 + tx + 16i];
    let v484_1: f32 = acc0_1 * l239_1;
    t484[(row0 + ty) * 64i + (col0 + tx) + 16i] = v484_1;
    let l521_1: f32 = t521[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l226_1: f32 = t224[col0 + tx + 16i];
    let v523_1: f32 = l521_1 * l226_1;
    t523[(row0 + ty) * 64i + (col0 + tx) + 16i] = v523_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t482[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l239_2: f32 = t237[col0 + tx + 32i];
    let v484_2: f32 = acc0_2 * l239_2;
    t484[(row0 + ty) * 64i + (col0 + tx) + 32i] = v484_2;
    let l521_2: f32 = t521[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l226_2: f32 = t224[col0 + tx + 32i];
    let v523_2: f32 = l521_2 * l226_2;
    t523[(row0 + ty) * 64i + (col0 + tx) + 32i] = v523_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t482[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l239_3: f32 = t237[col0 + tx + 48i];
    let v484_3: f32 = acc0_3 * l239_3;
    t484[(row0 + ty) * 64i + (col0 + tx) + 48i] = v484_3;
    let l521_3: f32 = t521[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l226_3: f32 = t224[col0 + tx + 48i];
    let v523_3: f32 = l521_3 * l226_3;
    t523[(row0 + ty) * 64i + (col0 + tx) + 48i] = v523_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t482[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l239_4: f32 = t237[col0 + tx];
    let v484_4: f32 = acc1_0 * l239_4;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx)] = v484_4;
    let l521_4: f32 = t521[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l226_4: f32 = t224[col0 + tx];
    let v523_4: f32 = l521_4 * l226_4;
    t523[(row0 + ty + 16i) * 64i + (col0 + tx)] = v523_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t482[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l239_5: f32 = t237[col0 + tx + 16i];
    let v484_5: f32 = acc1_1 * l239_5;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v484_5;
    let l521_5: f32 = t521[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l226_5: f32 = t224[col0 + tx + 16i];
    let v523_5: f32 = l521_5 * l226_5;
    t523[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v523_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t482[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l239_6: f32 = t237[col0 + tx + 32i];
    let v484_6: f32 = acc1_2 * l239_6;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v484_6;
    let l521_6: f32 = t521[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l226_6: f32 = t224[col0 + tx + 32i];
    let v523_6: f32 = l521_6 * l226_6;
    t523[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v523_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t482[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l239_7: f32 = t237[col0 + tx + 48i];
    let v484_7: f32 = acc1_3 * l239_7;
    t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v484_7;
    let l521_7: f32 = t521[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l226_7: f32 = t224[col0 + tx + 48i];
    let v523_7: f32 = l521_7 * l226_7;
    t523[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v523_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t482[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l239_8: f32 = t237[col0 + tx];
    let v484_8: f32 = acc2_0 * l239_8;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx)] = v484_8;
    let l521_8: f32 = t521[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l226_8: f32 = t224[col0 + tx];
    let v523_8: f32 = l521_8 * l226_8;
    t523[(row0 + ty + 32i) * 64i + (col0 + tx)] = v523_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t482[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l239_9: f32 = t237[col0 + tx + 16i];
    let v484_9: f32 = acc2_1 * l239_9;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v484_9;
    let l521_9: f32 = t521[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l226_9: f32 = t224[col0 + tx + 16i];
    let v523_9: f32 = l521_9 * l226_9;
    t523[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v523_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t482[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l239_10: f32 = t237[col0 + tx + 32i];
    let v484_10: f32 = acc2_2 * l239_10;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v484_10;
    let l521_10: f32 = t521[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l226_10: f32 = t224[col0 + tx + 32i];
    let v523_10: f32 = l521_10 * l226_10;
    t523[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v523_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t482[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l239_11: f32 = t237[col0 + tx + 48i];
    let v484_11: f32 = acc2_3 * l239_11;
    t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v484_11;
    let l521_11: f32 = t521[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l226_11: f32 = t224[col0 + tx + 48i];
    let v523_11: f32 = l521_11 * l226_11;
    t523[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v523_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t482[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l239_12: f32 = t237[col0 + tx];
    let v484_12: f32 = acc3_0 * l239_12;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx)] = v484_12;
    let l521_12: f32 = t521[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l226_12: f32 = t224[col0 + tx];
    let v523_12: f32 = l521_12 * l226_12;
    t523[(row0 + ty + 48i) * 64i + (col0 + tx)] = v523_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t482[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l239_13: f32 = t237[col0 + tx + 16i];
    let v484_13: f32 = acc3_1 * l239_13;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v484_13;
    let l521_13: f32 = t521[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l226_13: f32 = t224[col0 + tx + 16i];
    let v523_13: f32 = l521_13 * l226_13;
    t523[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v523_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t482[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l239_14: f32 = t237[col0 + tx + 32i];
    let v484_14: f32 = acc3_2 * l239_14;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v484_14;
    let l521_14: f32 = t521[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l226_14: f32 = t224[col0 + tx + 32i];
    let v523_14: f32 = l521_14 * l226_14;
    t523[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v523_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t482[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l239_15: f32 = t237[col0 + tx + 48i];
    let v484_15: f32 = acc3_3 * l239_15;
    t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v484_15;
    let l521_15: f32 = t521[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l226_15: f32 = t224[col0 + tx + 48i];
    let v523_15: f32 = l521_15 * l226_15;
    t523[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v523_15;
  }
}
