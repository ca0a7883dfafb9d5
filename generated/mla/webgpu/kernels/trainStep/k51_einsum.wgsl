// kernel k51_einsum
@group(0) @binding(0) var<storage, read> t313: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t247: array<f32>;
@group(0) @binding(3) var<storage, read_write> t317: array<f32>;
@group(0) @binding(4) var<storage, read> t248: array<f32>;
@group(0) @binding(5) var<storage, read> t246: array<f32>;
@group(0) @binding(6) var<storage, read> t245: array<f32>;
@group(0) @binding(7) var<storage, read_write> t326: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k51_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t313[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t313[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t313[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t313[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l247: f32 = t247[(row0 + ty) * 176i + (col0 + tx)];
    let v317: f32 = acc0_0 * l247;
    t317[(row0 + ty) * 176i + (col0 + tx)] = v317;
    let l248: f32 = t248[(row0 + ty) * 176i + (col0 + tx)];
    let v316: f32 = acc0_0 * l248;
    let l246: f32 = t246[(row0 + ty) * 176i + (col0 + tx)];
    let v320: f32 = v316 * l246;
    let l245: f32 = t245[(row0 + ty) * 176i + (col0 + tx)];
    let v321: f32 = v316 * l245;
    let v323: f32 = 1.0f - l246;
    let v324: f32 = l246 * v323;
    let v325: f32 = v321 * v324;
    let v326: f32 = v320 + v325;
    t326[(row0 + ty) * 176i + (col0 + tx)] = v326;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l247_1: f32 = t247[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v317_1: f32 = acc0_1 * l247_1;
    t317[(row0 + ty) * 176i + (col0 + tx) + 16i] = v317_1;
    let l248_1: f32 = t248[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v316_1: f32 = acc0_1 * l248_1;
    let l246_1: f32 = t246[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v320_1: f32 = v316_1 * l246_1;
    let l245_1: f32 = t245[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v321_1: f32 = v316_1 * l245_1;
    let v323_1: f32 = 1.0f - l246_1;
    let v324_1: f32 = l246_1 * v323_1;
    let v325_1: f32 = v321_1 * v324_1;
    let v326_1: f32 = v320_1 + v325_1;
    t326[(row0 + ty) * 176i + (col0 + tx) + 16i] = v326_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l247_2: f32 = t247[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v317_2: f32 = acc0_2 * l247_2;
    t317[(row0 + ty) * 176i + (col0 + tx) + 32i] = v317_2;
    let l248_2: f32 = t248[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v316_2: f32 = acc0_2 * l248_2;
    let l246_2: f32 = t246[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v320_2: f32 = v316_2 * l246_2;
    let l245_2: f32 = t245[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v321_2: f32 = v316_2 * l245_2;
    let v323_2: f32 = 1.0f - l246_2;
    let v324_2: f32 = l246_2 * v323_2;
    let v325_2: f32 = v321_2 * v324_2;
    let v326_2: f32 = v320_2 + v325_2;
    t326[(row0 + ty) * 176i + (col0 + tx) + 32i] = v326_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l247_3: f32 = t247[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v317_3: f32 = acc0_3 * l247_3;
    t317[(row0 + ty) * 176i + (col0 + tx) + 48i] = v317_3;
    let l248_3: f32 = t248[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v316_3: f32 = acc0_3 * l248_3;
    let l246_3: f32 = t246[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v320_3: f32 = v316_3 * l246_3;
    let l245_3: f32 = t245[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v321_3: f32 = v316_3 * l245_3;
    let v323_3: f32 = 1.0f - l246_3;
    let v324_3: f32 = l246_3 * v323_3;
    let v325_3: f32 = v321_3 * v324_3;
    let v326_3: f32 = v320_3 + v325_3;
    t326[(row0 + ty) * 176i + (col0 + tx) + 48i] = v326_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l247_4: f32 = t247[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v317_4: f32 = acc1_0 * l247_4;
    t317[(row0 + ty + 16i) * 176i + (col0 + tx)] = v317_4;
    let l248_4: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v316_4: f32 = acc1_0 * l248_4;
    let l246_4: f32 = t246[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v320_4: f32 = v316_4 * l246_4;
    let l245_4: f32 = t245[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v321_4: f32 = v316_4 * l245_4;
    let v323_4: f32 = 1.0f - l246_4;
    let v324_4: f32 = l246_4 * v323_4;
    let v325_4: f32 = v321_4 * v324_4;
    let v326_4: f32 = v320_4 + v325_4;
    t326[(row0 + ty + 16i) * 176i + (col0 + tx)] = v326_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l247_5: f32 = t247[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v317_5: f32 = acc1_1 * l247_5;
    t317[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v317_5;
    let l248_5: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v316_5: f32 = acc1_1 * l248_5;
    let l246_5: f32 = t246[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v320_5: f32 = v316_5 * l246_5;
    let l245_5: f32 = t245[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v321_5: f32 = v316_5 * l245_5;
    let v323_5: f32 = 1.0f - l246_5;
    let v324_5: f32 = l246_5 * v323_5;
    let v325_5: f32 = v321_5 * v324_5;
    let v326_5: f32 = v320_5 + v325_5;
    t326[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v326_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l247_6: f32 = t247[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v317_6: f32 = acc1_2 * l247_6;
    t317[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v317_6;
    let l248_6: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v316_6: f32 = acc1_2 * l248_6;
    let l246_6: f32 = t246[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v320_6: f32 = v316_6 * l246_6;
    let l245_6: f32 = t245[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v321_6: f32 = v316_6 * l245_6;
    let v323_6: f32 = 1.0f - l246_6;
    let v324_6: f32 = l246_6 * v323_6;
    let v325_6: f32 = v321_6 * v324_6;
    let v326_6: f32 = v320_6 + v325_6;
    t326[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v326_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l247_7: f32 = t247[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v317_7: f32 = acc1_3 * l247_7;
    t317[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v317_7;
    let l248_7: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v316_7: f32 = acc1_3 * l248_7;
    let l246_7: f32 = t246[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v320_7: f32 = v316_7 * l246_7;
    let l245_7: f32 = t245[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v321_7: f32 = v316_7 * l245_7;
    let v323_7: f32 = 1.0f - l246_7;
    let v324_7: f32 = l246_7 * v323_7;
    let v325_7: f32 = v321_7 * v324_7;
    let v326_7: f32 = v320_7 + v325_7;
    t326[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v326_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l247_8: f32 = t247[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v317_8: f32 = acc2_0 * l247_8;
    t317[(row0 + ty + 32i) * 176i + (col0 + tx)] = v317_8;
    let l248_8: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v316_8: f32 = acc2_0 * l248_8;
    let l246_8: f32 = t246[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v320_8: f32 = v316_8 * l246_8;
    let l245_8: f32 = t245[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v321_8: f32 = v316_8 * l245_8;
    let v323_8: f32 = 1.0f - l246_8;
    let v324_8: f32 = l246_8 * v323_8;
    let v325_8: f32 = v321_8 * v324_8;
    let v326_8: f32 = v320_8 + v325_8;
    t326[(row0 + ty + 32i) * 176i + (col0 + tx)] = v326_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l247_9: f32 = t247[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v317_9: f32 = acc2_1 * l247_9;
    t317[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v317_9;
    let l248_9: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v316_9: f32 = acc2_1 * l248_9;
    let l246_9: f32 = t246[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v320_9: f32 = v316_9 * l246_9;
    let l245_9: f32 = t245[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v321_9: f32 = v316_9 * l245_9;
    let v323_9: f32 = 1.0f - l246_9;
    let v324_9: f32 = l246_9 * v323_9;
    let v325_9: f32 = v321_9 * v324_9;
    let v326_9: f32 = v320_9 + v325_9;
    t326[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v326_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l247_10: f32 = t247[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v317_10: f32 = acc2_2 * l247_10;
    t317[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v317_10;
    let l248_10: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v316_10: f32 = acc2_2 * l248_10;
    let l246_10: f32 = t246[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v320_10: f32 = v316_10 * l246_10;
    let l245_10: f32 = t245[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v321_10: f32 = v316_10 * l245_10;
    let v323_10: f32 = 1.0f - l246_10;
    let v324_10: f32 = l246_10 * v323_10;
    let v325_10: f32 = v321_10 * v324_10;
    let v326_10: f32 = v320_10 + v325_10;
    t326[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v326_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l247_11: f32 = t247[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v317_11: f32 = acc2_3 * l247_11;
    t317[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v317_11;
    let l248_11: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v316_11: f32 = acc2_3 * l248_11;
    let l246_11: f32 = t246[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v320_11: f32 = v316_11 * l246_11;
    let l245_11: f32 = t245[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v321_11: f32 = v316_11 * l245_11;
    let v323_11: f32 = 1.0f - l246_11;
    let v324_11: f32 = l246_11 * v323_11;
    let v325_11: f32 = v321_11 * v324_11;
    let v326_11: f32 = v320_11 + v325_11;
    t326[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v326_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l247_12: f32 = t247[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v317_12: f32 = acc3_0 * l247_12;
    t317[(row0 + ty + 48i) * 176i + (col0 + tx)] = v317_12;
    let l248_12: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v316_12: f32 = acc3_0 * l248_12;
    let l246_12: f32 = t246[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v320_12: f32 = v316_12 * l246_12;
    let l245_12: f32 = t245[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v321_12: f32 = v316_12 * l245_12;
    let v323_12: f32 = 1.0f - l246_12;
    let v324_12: f32 = l246_12 * v323_12;
    let v325_12: f32 = v321_12 * v324_12;
    let v326_12: f32 = v320_12 + v325_12;
    t326[(row0 + ty + 48i) * 176i + (col0 + tx)] = v326_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l247_13: f32 = t247[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v317_13: f32 = acc3_1 * l247_13;
    t317[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v317_13;
    let l248_13: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v316_13: f32 = acc3_1 * l248_13;
    let l246_13: f32 = t246[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v320_13: f32 = v316_13 * l246_13;
    let l245_13: f32 = t245[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v321_13: f32 = v316_13 * l245_13;
    let v323_13: f32 = 1.0f - l246_13;
    let v324_13: f32 = l246_13 * v323_13;
    let v325_13: f32 = v321_13 * v324_13;
    let v326_13: f32 = v320_13 + v325_13;
    t326[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v326_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l247_14: f32 = t247[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v317_14: f32 = acc3_2 * l247_14;
    t317[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v317_14;
    let l248_14: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v316_14: f32 = acc3_2 * l248_14;
    let l246_14: f32 = t246[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v320_14: f32 = v316_14 * l246_14;
    let l245_14: f32 = t245[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v321_14: f32 = v316_14 * l245_14;
    let v323_14: f32 = 1.0f - l246_14;
    let v324_14: f32 = l246_14 * v323_14;
    let v325_14: f32 = v321_14 * v324_14;
    let v326_14: f32 = v320_14 + v325_14;
    t326[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v326_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l247_15: f32 = t247[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v317_15: f32 = acc3_3 * l247_15;
    t317[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v317_15;
    let l248_15: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v316_15: f32 = acc3_3 * l248_15;
    let l246_15: f32 = t246[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v320_15: f32 = v316_15 * l246_15;
    let l245_15: f32 = t245[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v321_15: f32 = v316_15 * l245_15;
    let v323_15: f32 = 1.0f - l246_15;
    let v324_15: f32 = l246_15 * v323_15;
    let v325_15: f32 = v321_15 * v324_15;
    let v326_15: f32 = v320_15 + v325_15;
    t326[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v326_15;
  }
}
