// kernel k177_einsum
@group(0) @binding(0) var<storage, read> t668: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t285: array<f32>;
@group(0) @binding(3) var<storage, read_write> t991: array<f32>;
@group(0) @binding(4) var<storage, read> t286: array<f32>;
@group(0) @binding(5) var<storage, read> t284: array<f32>;
@group(0) @binding(6) var<storage, read> t283: array<f32>;
@group(0) @binding(7) var<storage, read_write> t999: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k177_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t668[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t668[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t668[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t668[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_0_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_0_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_0_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_0_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    let l285: f32 = t285[(row0 + ty) * 176i + (col0 + tx)];
    let v991: f32 = acc0_0 * l285;
    t991[(row0 + ty) * 176i + (col0 + tx)] = v991;
    let l286: f32 = t286[(row0 + ty) * 176i + (col0 + tx)];
    let v990: f32 = acc0_0 * l286;
    let l284: f32 = t284[(row0 + ty) * 176i + (col0 + tx)];
    let v994: f32 = v990 * l284;
    let l283: f32 = t283[(row0 + ty) * 176i + (col0 + tx)];
    let v995: f32 = v990 * l283;
    let v996: f32 = 1.0f - l284;
    let v997: f32 = l284 * v996;
    let v998: f32 = v995 * v997;
    let v999: f32 = v994 + v998;
    t999[(row0 + ty) * 176i + (col0 + tx)] = v999;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l285_1: f32 = t285[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v991_1: f32 = acc0_1 * l285_1;
    t991[(row0 + ty) * 176i + (col0 + tx) + 16i] = v991_1;
    let l286_1: f32 = t286[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v990_1: f32 = acc0_1 * l286_1;
    let l284_1: f32 = t284[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v994_1: f32 = v990_1 * l284_1;
    let l283_1: f32 = t283[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v995_1: f32 = v990_1 * l283_1;
    let v996_1: f32 = 1.0f - l284_1;
    let v997_1: f32 = l284_1 * v996_1;
    let v998_1: f32 = v995_1 * v997_1;
    let v999_1: f32 = v994_1 + v998_1;
    t999[(row0 + ty) * 176i + (col0 + tx) + 16i] = v999_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l285_2: f32 = t285[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v991_2: f32 = acc0_2 * l285_2;
    t991[(row0 + ty) * 176i + (col0 + tx) + 32i] = v991_2;
    let l286_2: f32 = t286[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v990_2: f32 = acc0_2 * l286_2;
    let l284_2: f32 = t284[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v994_2: f32 = v990_2 * l284_2;
    let l283_2: f32 = t283[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v995_2: f32 = v990_2 * l283_2;
    let v996_2: f32 = 1.0f - l284_2;
    let v997_2: f32 = l284_2 * v996_2;
    let v998_2: f32 = v995_2 * v997_2;
    let v999_2: f32 = v994_2 + v998_2;
    t999[(row0 + ty) * 176i + (col0 + tx) + 32i] = v999_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l285_3: f32 = t285[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v991_3: f32 = acc0_3 * l285_3;
    t991[(row0 + ty) * 176i + (col0 + tx) + 48i] = v991_3;
    let l286_3: f32 = t286[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v990_3: f32 = acc0_3 * l286_3;
    let l284_3: f32 = t284[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v994_3: f32 = v990_3 * l284_3;
    let l283_3: f32 = t283[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v995_3: f32 = v990_3 * l283_3;
    let v996_3: f32 = 1.0f - l284_3;
    let v997_3: f32 = l284_3 * v996_3;
    let v998_3: f32 = v995_3 * v997_3;
    let v999_3: f32 = v994_3 + v998_3;
    t999[(row0 + ty) * 176i + (col0 + tx) + 48i] = v999_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l285_4: f32 = t285[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v991_4: f32 = acc1_0 * l285_4;
    t991[(row0 + ty + 16i) * 176i + (col0 + tx)] = v991_4;
    let l286_4: f32 = t286[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v990_4: f32 = acc1_0 * l286_4;
    let l284_4: f32 = t284[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v994_4: f32 = v990_4 * l284_4;
    let l283_4: f32 = t283[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v995_4: f32 = v990_4 * l283_4;
    let v996_4: f32 = 1.0f - l284_4;
    let v997_4: f32 = l284_4 * v996_4;
    let v998_4: f32 = v995_4 * v997_4;
    let v999_4: f32 = v994_4 + v998_4;
    t999[(row0 + ty + 16i) * 176i + (col0 + tx)] = v999_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l285_5: f32 = t285[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v991_5: f32 = acc1_1 * l285_5;
    t991[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v991_5;
    let l286_5: f32 = t286[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v990_5: f32 = acc1_1 * l286_5;
    let l284_5: f32 = t284[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v994_5: f32 = v990_5 * l284_5;
    let l283_5: f32 = t283[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v995_5: f32 = v990_5 * l283_5;
    let v996_5: f32 = 1.0f - l284_5;
    let v997_5: f32 = l284_5 * v996_5;
    let v998_5: f32 = v995_5 * v997_5;
    let v999_5: f32 = v994_5 + v998_5;
    t999[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v999_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l285_6: f32 = t285[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v991_6: f32 = acc1_2 * l285_6;
    t991[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v991_6;
    let l286_6: f32 = t286[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v990_6: f32 = acc1_2 * l286_6;
    let l284_6: f32 = t284[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v994_6: f32 = v990_6 * l284_6;
    let l283_6: f32 = t283[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v995_6: f32 = v990_6 * l283_6;
    let v996_6: f32 = 1.0f - l284_6;
    let v997_6: f32 = l284_6 * v996_6;
    let v998_6: f32 = v995_6 * v997_6;
    let v999_6: f32 = v994_6 + v998_6;
    t999[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v999_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l285_7: f32 = t285[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v991_7: f32 = acc1_3 * l285_7;
    t991[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v991_7;
    let l286_7: f32 = t286[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v990_7: f32 = acc1_3 * l286_7;
    let l284_7: f32 = t284[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v994_7: f32 = v990_7 * l284_7;
    let l283_7: f32 = t283[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v995_7: f32 = v990_7 * l283_7;
    let v996_7: f32 = 1.0f - l284_7;
    let v997_7: f32 = l284_7 * v996_7;
    let v998_7: f32 = v995_7 * v997_7;
    let v999_7: f32 = v994_7 + v998_7;
    t999[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v999_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l285_8: f32 = t285[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v991_8: f32 = acc2_0 * l285_8;
    t991[(row0 + ty + 32i) * 176i + (col0 + tx)] = v991_8;
    let l286_8: f32 = t286[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v990_8: f32 = acc2_0 * l286_8;
    let l284_8: f32 = t284[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v994_8: f32 = v990_8 * l284_8;
    let l283_8: f32 = t283[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v995_8: f32 = v990_8 * l283_8;
    let v996_8: f32 = 1.0f - l284_8;
    let v997_8: f32 = l284_8 * v996_8;
    let v998_8: f32 = v995_8 * v997_8;
    let v999_8: f32 = v994_8 + v998_8;
    t999[(row0 + ty + 32i) * 176i + (col0 + tx)] = v999_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l285_9: f32 = t285[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v991_9: f32 = acc2_1 * l285_9;
    t991[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v991_9;
    let l286_9: f32 = t286[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v990_9: f32 = acc2_1 * l286_9;
    let l284_9: f32 = t284[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v994_9: f32 = v990_9 * l284_9;
    let l283_9: f32 = t283[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v995_9: f32 = v990_9 * l283_9;
    let v996_9: f32 = 1.0f - l284_9;
    let v997_9: f32 = l284_9 * v996_9;
    let v998_9: f32 = v995_9 * v997_9;
    let v999_9: f32 = v994_9 + v998_9;
    t999[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v999_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l285_10: f32 = t285[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v991_10: f32 = acc2_2 * l285_10;
    t991[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v991_10;
    let l286_10: f32 = t286[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v990_10: f32 = acc2_2 * l286_10;
    let l284_10: f32 = t284[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v994_10: f32 = v990_10 * l284_10;
    let l283_10: f32 = t283[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v995_10: f32 = v990_10 * l283_10;
    let v996_10: f32 = 1.0f - l284_10;
    let v997_10: f32 = l284_10 * v996_10;
    let v998_10: f32 = v995_10 * v997_10;
    let v999_10: f32 = v994_10 + v998_10;
    t999[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v999_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l285_11: f32 = t285[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v991_11: f32 = acc2_3 * l285_11;
    t991[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v991_11;
    let l286_11: f32 = t286[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v990_11: f32 = acc2_3 * l286_11;
    let l284_11: f32 = t284[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v994_11: f32 = v990_11 * l284_11;
    let l283_11: f32 = t283[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v995_11: f32 = v990_11 * l283_11;
    let v996_11: f32 = 1.0f - l284_11;
    let v997_11: f32 = l284_11 * v996_11;
    let v998_11: f32 = v995_11 * v997_11;
    let v999_11: f32 = v994_11 + v998_11;
    t999[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v999_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l285_12: f32 = t285[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v991_12: f32 = acc3_0 * l285_12;
    t991[(row0 + ty + 48i) * 176i + (col0 + tx)] = v991_12;
    let l286_12: f32 = t286[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v990_12: f32 = acc3_0 * l286_12;
    let l284_12: f32 = t284[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v994_12: f32 = v990_12 * l284_12;
    let l283_12: f32 = t283[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v995_12: f32 = v990_12 * l283_12;
    let v996_12: f32 = 1.0f - l284_12;
    let v997_12: f32 = l284_12 * v996_12;
    let v998_12: f32 = v995_12 * v997_12;
    let v999_12: f32 = v994_12 + v998_12;
    t999[(row0 + ty + 48i) * 176i + (col0 + tx)] = v999_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l285_13: f32 = t285[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v991_13: f32 = acc3_1 * l285_13;
    t991[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v991_13;
    let l286_13: f32 = t286[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v990_13: f32 = acc3_1 * l286_13;
    let l284_13: f32 = t284[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v994_13: f32 = v990_13 * l284_13;
    let l283_13: f32 = t283[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v995_13: f32 = v990_13 * l283_13;
    let v996_13: f32 = 1.0f - l284_13;
    let v997_13: f32 = l284_13 * v996_13;
    let v998_13: f32 = v995_13 * v997_13;
    let v999_13: f32 = v994_13 + v998_13;
    t999[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v999_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l285_14: f32 = t285[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v991_14: f32 = acc3_2 * l285_14;
    t991[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v991_14;
    let l286_14: f32 = t286[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v990_14: f32 = acc3_2 * l286_14;
    let l284_14: f32 = t284[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v994_14: f32 = v990_14 * l284_14;
    let l283_14: f32 = t283[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v995_14: f32 = v990_14 * l283_14;
    let v996_14: f32 = 1.0f - l284_14;
    let v997_14: f32 = l284_14 * v996_14;
    let v998_14: f32 = v995_14 * v997_14;
    let v999_14: f32 = v994_14 + v998_14;
    t999[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v999_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l285_15: f32 = t285[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v991_15: f32 = acc3_3 * l285_15;
    t991[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v991_15;
    let l286_15: f32 = t286[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v990_15: f32 = acc3_3 * l286_15;
    let l284_15: f32 = t284[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v994_15: f32 = v990_15 * l284_15;
    let l283_15: f32 = t283[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v995_15: f32 = v990_15 * l283_15;
    let v996_15: f32 = 1.0f - l284_15;
    let v997_15: f32 = l284_15 * v996_15;
    let v998_15: f32 = v995_15 * v997_15;
    let v999_15: f32 = v994_15 + v998_15;
    t999[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v999_15;
  }
}
