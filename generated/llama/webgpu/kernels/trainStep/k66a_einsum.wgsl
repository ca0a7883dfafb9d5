// kernel k66a_einsum
@group(0) @binding(0) var<storage, read> t400: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t133: array<f32>;
@group(0) @binding(3) var<storage, read_write> t403: array<f32>;
@group(0) @binding(4) var<storage, read> t132: array<f32>;
@group(0) @binding(5) var<storage, read_write> t404: array<f32>;
@group(0) @binding(6) var<storage, read> t131: array<f32>;
@group(0) @binding(7) var<storage, read_write> t407: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k66a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t400[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t400[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t400[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t400[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l133: f32 = t133[(row0 + ty) * 176i + (col0 + tx)];
    let v403: f32 = acc0_0 * l133;
    t403[(row0 + ty) * 176i + (col0 + tx)] = v403;
    let l132: f32 = t132[(row0 + ty) * 176i + (col0 + tx)];
    let v404: f32 = acc0_0 * l132;
    t404[(row0 + ty) * 176i + (col0 + tx)] = v404;
    let l131: f32 = t131[(row0 + ty) * 176i + (col0 + tx)];
    let v407: f32 = v403 * l131;
    t407[(row0 + ty) * 176i + (col0 + tx)] = v407;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l133_1: f32 = t133[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v403_1: f32 = acc0_1 * l133_1;
    t403[(row0 + ty) * 176i + (col0 + tx) + 16i] = v403_1;
    let l132_1: f32 = t132[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v404_1: f32 = acc0_1 * l132_1;
    t404[(row0 + ty) * 176i + (col0 + tx) + 16i] = v404_1;
    let l131_1: f32 = t131[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v407_1: f32 = v403_1 * l131_1;
    t407[(row0 + ty) * 176i + (col0 + tx) + 16i] = v407_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l133_2: f32 = t133[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v403_2: f32 = acc0_2 * l133_2;
    t403[(row0 + ty) * 176i + (col0 + tx) + 32i] = v403_2;
    let l132_2: f32 = t132[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v404_2: f32 = acc0_2 * l132_2;
    t404[(row0 + ty) * 176i + (col0 + tx) + 32i] = v404_2;
    let l131_2: f32 = t131[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v407_2: f32 = v403_2 * l131_2;
    t407[(row0 + ty) * 176i + (col0 + tx) + 32i] = v407_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l133_3: f32 = t133[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v403_3: f32 = acc0_3 * l133_3;
    t403[(row0 + ty) * 176i + (col0 + tx) + 48i] = v403_3;
    let l132_3: f32 = t132[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v404_3: f32 = acc0_3 * l132_3;
    t404[(row0 + ty) * 176i + (col0 + tx) + 48i] = v404_3;
    let l131_3: f32 = t131[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v407_3: f32 = v403_3 * l131_3;
    t407[(row0 + ty) * 176i + (col0 + tx) + 48i] = v407_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l133_4: f32 = t133[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v403_4: f32 = acc1_0 * l133_4;
    t403[(row0 + ty + 16i) * 176i + (col0 + tx)] = v403_4;
    let l132_4: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v404_4: f32 = acc1_0 * l132_4;
    t404[(row0 + ty + 16i) * 176i + (col0 + tx)] = v404_4;
    let l131_4: f32 = t131[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v407_4: f32 = v403_4 * l131_4;
    t407[(row0 + ty + 16i) * 176i + (col0 + tx)] = v407_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l133_5: f32 = t133[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v403_5: f32 = acc1_1 * l133_5;
    t403[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v403_5;
    let l132_5: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v404_5: f32 = acc1_1 * l132_5;
    t404[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v404_5;
    let l131_5: f32 = t131[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v407_5: f32 = v403_5 * l131_5;
    t407[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v407_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l133_6: f32 = t133[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v403_6: f32 = acc1_2 * l133_6;
    t403[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v403_6;
    let l132_6: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v404_6: f32 = acc1_2 * l132_6;
    t404[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v404_6;
    let l131_6: f32 = t131[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v407_6: f32 = v403_6 * l131_6;
    t407[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v407_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l133_7: f32 = t133[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v403_7: f32 = acc1_3 * l133_7;
    t403[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v403_7;
    let l132_7: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v404_7: f32 = acc1_3 * l132_7;
    t404[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v404_7;
    let l131_7: f32 = t131[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v407_7: f32 = v403_7 * l131_7;
    t407[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v407_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l133_8: f32 = t133[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v403_8: f32 = acc2_0 * l133_8;
    t403[(row0 + ty + 32i) * 176i + (col0 + tx)] = v403_8;
    let l132_8: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v404_8: f32 = acc2_0 * l132_8;
    t404[(row0 + ty + 32i) * 176i + (col0 + tx)] = v404_8;
    let l131_8: f32 = t131[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v407_8: f32 = v403_8 * l131_8;
    t407[(row0 + ty + 32i) * 176i + (col0 + tx)] = v407_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l133_9: f32 = t133[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v403_9: f32 = acc2_1 * l133_9;
    t403[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v403_9;
    let l132_9: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v404_9: f32 = acc2_1 * l132_9;
    t404[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v404_9;
    let l131_9: f32 = t131[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v407_9: f32 = v403_9 * l131_9;
    t407[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v407_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l133_10: f32 = t133[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v403_10: f32 = acc2_2 * l133_10;
    t403[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v403_10;
    let l132_10: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v404_10: f32 = acc2_2 * l132_10;
    t404[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v404_10;
    let l131_10: f32 = t131[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v407_10: f32 = v403_10 * l131_10;
    t407[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v407_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l133_11: f32 = t133[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v403_11: f32 = acc2_3 * l133_11;
    t403[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v403_11;
    let l132_11: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v404_11: f32 = acc2_3 * l132_11;
    t404[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v404_11;
    let l131_11: f32 = t131[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v407_11: f32 = v403_11 * l131_11;
    t407[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v407_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l133_12: f32 = t133[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v403_12: f32 = acc3_0 * l133_12;
    t403[(row0 + ty + 48i) * 176i + (col0 + tx)] = v403_12;
    let l132_12: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v404_12: f32 = acc3_0 * l132_12;
    t404[(row0 + ty + 48i) * 176i + (col0 + tx)] = v404_12;
    let l131_12: f32 = t131[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v407_12: f32 = v403_12 * l131_12;
    t407[(row0 + ty + 48i) * 176i + (col0 + tx)] = v407_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l133_13: f32 = t133[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v403_13: f32 = acc3_1 * l133_13;
    t403[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v403_13;
    let l132_13: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v404_13: f32 = acc3_1 * l132_13;
    t404[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v404_13;
    let l131_13: f32 = t131[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v407_13: f32 = v403_13 * l131_13;
    t407[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v407_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l133_14: f32 = t133[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v403_14: f32 = acc3_2 * l133_14;
    t403[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v403_14;
    let l132_14: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v404_14: f32 = acc3_2 * l132_14;
    t404[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v404_14;
    let l131_14: f32 = t131[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v407_14: f32 = v403_14 * l131_14;
    t407[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v407_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l133_15: f32 = t133[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v403_15: f32 = acc3_3 * l133_15;
    t403[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v403_15;
    let l132_15: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v404_15: f32 = acc3_3 * l132_15;
    t404[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v404_15;
    let l131_15: f32 = t131[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v407_15: f32 = v403_15 * l131_15;
    t407[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v407_15;
  }
}
