// kernel k52_einsum
@group(0) @binding(0) var<storage, read> t369: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t109: array<f32>;
@group(0) @binding(3) var<storage, read> t111: array<f32>;
@group(0) @binding(4) var<storage, read> t114: array<f32>;
@group(0) @binding(5) var<storage, read_write> t383: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k52_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t369[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t369[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t369[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t369[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_0_mlp_proj_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_mlp_proj_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_mlp_proj_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_mlp_proj_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 256i) {
    let l109: f32 = t109[(row0 + ty) * 256i + (col0 + tx)];
    let v375: f32 = acc0_0 * l109;
    let l111: f32 = t111[(row0 + ty) * 256i + (col0 + tx)];
    let v376: f32 = l111 * l111;
    let v377: f32 = -v376;
    let v378: f32 = exp(v377);
    let v379: f32 = v378 * 1.1283792f;
    let v380: f32 = v375 * v379;
    let v381: f32 = v380 * 0.70710677f;
    let l114: f32 = t114[(row0 + ty) * 256i + (col0 + tx)];
    let v374: f32 = acc0_0 * l114;
    let v382: f32 = v374 * 0.5f;
    let v383: f32 = v381 + v382;
    t383[(row0 + ty) * 256i + (col0 + tx)] = v383;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l109_1: f32 = t109[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v375_1: f32 = acc0_1 * l109_1;
    let l111_1: f32 = t111[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v376_1: f32 = l111_1 * l111_1;
    let v377_1: f32 = -v376_1;
    let v378_1: f32 = exp(v377_1);
    let v379_1: f32 = v378_1 * 1.1283792f;
    let v380_1: f32 = v375_1 * v379_1;
    let v381_1: f32 = v380_1 * 0.70710677f;
    let l114_1: f32 = t114[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v374_1: f32 = acc0_1 * l114_1;
    let v382_1: f32 = v374_1 * 0.5f;
    let v383_1: f32 = v381_1 + v382_1;
    t383[(row0 + ty) * 256i + (col0 + tx) + 16i] = v383_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l109_2: f32 = t109[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v375_2: f32 = acc0_2 * l109_2;
    let l111_2: f32 = t111[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v376_2: f32 = l111_2 * l111_2;
    let v377_2: f32 = -v376_2;
    let v378_2: f32 = exp(v377_2);
    let v379_2: f32 = v378_2 * 1.1283792f;
    let v380_2: f32 = v375_2 * v379_2;
    let v381_2: f32 = v380_2 * 0.70710677f;
    let l114_2: f32 = t114[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v374_2: f32 = acc0_2 * l114_2;
    let v382_2: f32 = v374_2 * 0.5f;
    let v383_2: f32 = v381_2 + v382_2;
    t383[(row0 + ty) * 256i + (col0 + tx) + 32i] = v383_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l109_3: f32 = t109[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v375_3: f32 = acc0_3 * l109_3;
    let l111_3: f32 = t111[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v376_3: f32 = l111_3 * l111_3;
    let v377_3: f32 = -v376_3;
    let v378_3: f32 = exp(v377_3);
    let v379_3: f32 = v378_3 * 1.1283792f;
    let v380_3: f32 = v375_3 * v379_3;
    let v381_3: f32 = v380_3 * 0.70710677f;
    let l114_3: f32 = t114[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v374_3: f32 = acc0_3 * l114_3;
    let v382_3: f32 = v374_3 * 0.5f;
    let v383_3: f32 = v381_3 + v382_3;
    t383[(row0 + ty) * 256i + (col0 + tx) + 48i] = v383_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l109_4: f32 = t109[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v375_4: f32 = acc1_0 * l109_4;
    let l111_4: f32 = t111[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v376_4: f32 = l111_4 * l111_4;
    let v377_4: f32 = -v376_4;
    let v378_4: f32 = exp(v377_4);
    let v379_4: f32 = v378_4 * 1.1283792f;
    let v380_4: f32 = v375_4 * v379_4;
    let v381_4: f32 = v380_4 * 0.70710677f;
    let l114_4: f32 = t114[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v374_4: f32 = acc1_0 * l114_4;
    let v382_4: f32 = v374_4 * 0.5f;
    let v383_4: f32 = v381_4 + v382_4;
    t383[(row0 + ty + 16i) * 256i + (col0 + tx)] = v383_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l109_5: f32 = t109[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v375_5: f32 = acc1_1 * l109_5;
    let l111_5: f32 = t111[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v376_5: f32 = l111_5 * l111_5;
    let v377_5: f32 = -v376_5;
    let v378_5: f32 = exp(v377_5);
    let v379_5: f32 = v378_5 * 1.1283792f;
    let v380_5: f32 = v375_5 * v379_5;
    let v381_5: f32 = v380_5 * 0.70710677f;
    let l114_5: f32 = t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v374_5: f32 = acc1_1 * l114_5;
    let v382_5: f32 = v374_5 * 0.5f;
    let v383_5: f32 = v381_5 + v382_5;
    t383[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v383_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l109_6: f32 = t109[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v375_6: f32 = acc1_2 * l109_6;
    let l111_6: f32 = t111[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v376_6: f32 = l111_6 * l111_6;
    let v377_6: f32 = -v376_6;
    let v378_6: f32 = exp(v377_6);
    let v379_6: f32 = v378_6 * 1.1283792f;
    let v380_6: f32 = v375_6 * v379_6;
    let v381_6: f32 = v380_6 * 0.70710677f;
    let l114_6: f32 = t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v374_6: f32 = acc1_2 * l114_6;
    let v382_6: f32 = v374_6 * 0.5f;
    let v383_6: f32 = v381_6 + v382_6;
    t383[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v383_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l109_7: f32 = t109[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v375_7: f32 = acc1_3 * l109_7;
    let l111_7: f32 = t111[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v376_7: f32 = l111_7 * l111_7;
    let v377_7: f32 = -v376_7;
    let v378_7: f32 = exp(v377_7);
    let v379_7: f32 = v378_7 * 1.1283792f;
    let v380_7: f32 = v375_7 * v379_7;
    let v381_7: f32 = v380_7 * 0.70710677f;
    let l114_7: f32 = t114[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v374_7: f32 = acc1_3 * l114_7;
    let v382_7: f32 = v374_7 * 0.5f;
    let v383_7: f32 = v381_7 + v382_7;
    t383[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v383_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l109_8: f32 = t109[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v375_8: f32 = acc2_0 * l109_8;
    let l111_8: f32 = t111[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v376_8: f32 = l111_8 * l111_8;
    let v377_8: f32 = -v376_8;
    let v378_8: f32 = exp(v377_8);
    let v379_8: f32 = v378_8 * 1.1283792f;
    let v380_8: f32 = v375_8 * v379_8;
    let v381_8: f32 = v380_8 * 0.70710677f;
    let l114_8: f32 = t114[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v374_8: f32 = acc2_0 * l114_8;
    let v382_8: f32 = v374_8 * 0.5f;
    let v383_8: f32 = v381_8 + v382_8;
    t383[(row0 + ty + 32i) * 256i + (col0 + tx)] = v383_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l109_9: f32 = t109[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v375_9: f32 = acc2_1 * l109_9;
    let l111_9: f32 = t111[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v376_9: f32 = l111_9 * l111_9;
    let v377_9: f32 = -v376_9;
    let v378_9: f32 = exp(v377_9);
    let v379_9: f32 = v378_9 * 1.1283792f;
    let v380_9: f32 = v375_9 * v379_9;
    let v381_9: f32 = v380_9 * 0.70710677f;
    let l114_9: f32 = t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v374_9: f32 = acc2_1 * l114_9;
    let v382_9: f32 = v374_9 * 0.5f;
    let v383_9: f32 = v381_9 + v382_9;
    t383[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v383_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l109_10: f32 = t109[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v375_10: f32 = acc2_2 * l109_10;
    let l111_10: f32 = t111[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v376_10: f32 = l111_10 * l111_10;
    let v377_10: f32 = -v376_10;
    let v378_10: f32 = exp(v377_10);
    let v379_10: f32 = v378_10 * 1.1283792f;
    let v380_10: f32 = v375_10 * v379_10;
    let v381_10: f32 = v380_10 * 0.70710677f;
    let l114_10: f32 = t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v374_10: f32 = acc2_2 * l114_10;
    let v382_10: f32 = v374_10 * 0.5f;
    let v383_10: f32 = v381_10 + v382_10;
    t383[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v383_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l109_11: f32 = t109[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v375_11: f32 = acc2_3 * l109_11;
    let l111_11: f32 = t111[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v376_11: f32 = l111_11 * l111_11;
    let v377_11: f32 = -v376_11;
    let v378_11: f32 = exp(v377_11);
    let v379_11: f32 = v378_11 * 1.1283792f;
    let v380_11: f32 = v375_11 * v379_11;
    let v381_11: f32 = v380_11 * 0.70710677f;
    let l114_11: f32 = t114[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v374_11: f32 = acc2_3 * l114_11;
    let v382_11: f32 = v374_11 * 0.5f;
    let v383_11: f32 = v381_11 + v382_11;
    t383[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v383_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l109_12: f32 = t109[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v375_12: f32 = acc3_0 * l109_12;
    let l111_12: f32 = t111[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v376_12: f32 = l111_12 * l111_12;
    let v377_12: f32 = -v376_12;
    let v378_12: f32 = exp(v377_12);
    let v379_12: f32 = v378_12 * 1.1283792f;
    let v380_12: f32 = v375_12 * v379_12;
    let v381_12: f32 = v380_12 * 0.70710677f;
    let l114_12: f32 = t114[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v374_12: f32 = acc3_0 * l114_12;
    let v382_12: f32 = v374_12 * 0.5f;
    let v383_12: f32 = v381_12 + v382_12;
    t383[(row0 + ty + 48i) * 256i + (col0 + tx)] = v383_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l109_13: f32 = t109[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v375_13: f32 = acc3_1 * l109_13;
    let l111_13: f32 = t111[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v376_13: f32 = l111_13 * l111_13;
    let v377_13: f32 = -v376_13;
    let v378_13: f32 = exp(v377_13);
    let v379_13: f32 = v378_13 * 1.1283792f;
    let v380_13: f32 = v375_13 * v379_13;
    let v381_13: f32 = v380_13 * 0.70710677f;
    let l114_13: f32 = t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v374_13: f32 = acc3_1 * l114_13;
    let v382_13: f32 = v374_13 * 0.5f;
    let v383_13: f32 = v381_13 + v382_13;
    t383[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v383_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l109_14: f32 = t109[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v375_14: f32 = acc3_2 * l109_14;
    let l111_14: f32 = t111[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v376_14: f32 = l111_14 * l111_14;
    let v377_14: f32 = -v376_14;
    let v378_14: f32 = exp(v377_14);
    let v379_14: f32 = v378_14 * 1.1283792f;
    let v380_14: f32 = v375_14 * v379_14;
    let v381_14: f32 = v380_14 * 0.70710677f;
    let l114_14: f32 = t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v374_14: f32 = acc3_2 * l114_14;
    let v382_14: f32 = v374_14 * 0.5f;
    let v383_14: f32 = v381_14 + v382_14;
    t383[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v383_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l109_15: f32 = t109[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v375_15: f32 = acc3_3 * l109_15;
    let l111_15: f32 = t111[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v376_15: f32 = l111_15 * l111_15;
    let v377_15: f32 = -v376_15;
    let v378_15: f32 = exp(v377_15);
    let v379_15: f32 = v378_15 * 1.1283792f;
    let v380_15: f32 = v375_15 * v379_15;
    let v381_15: f32 = v380_15 * 0.70710677f;
    let l114_15: f32 = t114[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v374_15: f32 = acc3_3 * l114_15;
    let v382_15: f32 = v374_15 * 0.5f;
    let v383_15: f32 = v381_15 + v382_15;
    t383[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v383_15;
  }
}
