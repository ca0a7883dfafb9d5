// kernel k64a_einsum
@group(0) @binding(0) var<storage, read> t392: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t272: array<f32>;
@group(0) @binding(3) var<storage, read_write> t395: array<f32>;
@group(0) @binding(4) var<storage, read> t271: array<f32>;
@group(0) @binding(5) var<storage, read_write> t396: array<f32>;
@group(0) @binding(6) var<storage, read> t270: array<f32>;
@group(0) @binding(7) var<storage, read_write> t399: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k64a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t392[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t392[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t392[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t392[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wo_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 12i + (col0 + bN) * 64i];
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
    let l273: f32 = t272[(row0 + ty) * 64i + (col0 + tx)];
    let v395: f32 = acc0_0 * l273;
    t395[(row0 + ty) * 64i + (col0 + tx)] = v395;
    let l271: f32 = t271[(row0 + ty) * 64i + (col0 + tx)];
    let v396: f32 = acc0_0 * l271;
    t396[(row0 + ty) * 64i + (col0 + tx)] = v396;
    let l270: f32 = t270[(row0 + ty) * 64i + (col0 + tx)];
    let v399: f32 = v395 * l270;
    t399[(row0 + ty) * 64i + (col0 + tx)] = v399;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l273_1: f32 = t272[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v395_1: f32 = acc0_1 * l273_1;
    t395[(row0 + ty) * 64i + (col0 + tx) + 16i] = v395_1;
    let l271_1: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v396_1: f32 = acc0_1 * l271_1;
    t396[(row0 + ty) * 64i + (col0 + tx) + 16i] = v396_1;
    let l270_1: f32 = t270[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v399_1: f32 = v395_1 * l270_1;
    t399[(row0 + ty) * 64i + (col0 + tx) + 16i] = v399_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l273_2: f32 = t272[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v395_2: f32 = acc0_2 * l273_2;
    t395[(row0 + ty) * 64i + (col0 + tx) + 32i] = v395_2;
    let l271_2: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v396_2: f32 = acc0_2 * l271_2;
    t396[(row0 + ty) * 64i + (col0 + tx) + 32i] = v396_2;
    let l270_2: f32 = t270[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v399_2: f32 = v395_2 * l270_2;
    t399[(row0 + ty) * 64i + (col0 + tx) + 32i] = v399_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l273_3: f32 = t272[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v395_3: f32 = acc0_3 * l273_3;
    t395[(row0 + ty) * 64i + (col0 + tx) + 48i] = v395_3;
    let l271_3: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v396_3: f32 = acc0_3 * l271_3;
    t396[(row0 + ty) * 64i + (col0 + tx) + 48i] = v396_3;
    let l270_3: f32 = t270[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v399_3: f32 = v395_3 * l270_3;
    t399[(row0 + ty) * 64i + (col0 + tx) + 48i] = v399_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l273_4: f32 = t272[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v395_4: f32 = acc1_0 * l273_4;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx)] = v395_4;
    let l271_4: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v396_4: f32 = acc1_0 * l271_4;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx)] = v396_4;
    let l270_4: f32 = t270[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v399_4: f32 = v395_4 * l270_4;
    t399[(row0 + ty + 16i) * 64i + (col0 + tx)] = v399_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l273_5: f32 = t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v395_5: f32 = acc1_1 * l273_5;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v395_5;
    let l271_5: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v396_5: f32 = acc1_1 * l271_5;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v396_5;
    let l270_5: f32 = t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v399_5: f32 = v395_5 * l270_5;
    t399[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v399_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l273_6: f32 = t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v395_6: f32 = acc1_2 * l273_6;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v395_6;
    let l271_6: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v396_6: f32 = acc1_2 * l271_6;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v396_6;
    let l270_6: f32 = t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v399_6: f32 = v395_6 * l270_6;
    t399[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v399_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l273_7: f32 = t272[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v395_7: f32 = acc1_3 * l273_7;
    t395[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v395_7;
    let l271_7: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v396_7: f32 = acc1_3 * l271_7;
    t396[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v396_7;
    let l270_7: f32 = t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v399_7: f32 = v395_7 * l270_7;
    t399[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v399_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l273_8: f32 = t272[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v395_8: f32 = acc2_0 * l273_8;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx)] = v395_8;
    let l271_8: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v396_8: f32 = acc2_0 * l271_8;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx)] = v396_8;
    let l270_8: f32 = t270[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v399_8: f32 = v395_8 * l270_8;
    t399[(row0 + ty + 32i) * 64i + (col0 + tx)] = v399_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l273_9: f32 = t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v395_9: f32 = acc2_1 * l273_9;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v395_9;
    let l271_9: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v396_9: f32 = acc2_1 * l271_9;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v396_9;
    let l270_9: f32 = t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v399_9: f32 = v395_9 * l270_9;
    t399[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v399_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l273_10: f32 = t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v395_10: f32 = acc2_2 * l273_10;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v395_10;
    let l271_10: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v396_10: f32 = acc2_2 * l271_10;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v396_10;
    let l270_10: f32 = t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v399_10: f32 = v395_10 * l270_10;
    t399[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v399_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l273_11: f32 = t272[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v395_11: f32 = acc2_3 * l273_11;
    t395[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v395_11;
    let l271_11: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v396_11: f32 = acc2_3 * l271_11;
    t396[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v396_11;
    let l270_11: f32 = t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v399_11: f32 = v395_11 * l270_11;
    t399[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v399_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l273_12: f32 = t272[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v395_12: f32 = acc3_0 * l273_12;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx)] = v395_12;
    let l271_12: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v396_12: f32 = acc3_0 * l271_12;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx)] = v396_12;
    let l270_12: f32 = t270[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v399_12: f32 = v395_12 * l270_12;
    t399[(row0 + ty + 48i) * 64i + (col0 + tx)] = v399_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l273_13: f32 = t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v395_13: f32 = acc3_1 * l273_13;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v395_13;
    let l271_13: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v396_13: f32 = acc3_1 * l271_13;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v396_13;
    let l270_13: f32 = t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v399_13: f32 = v395_13 * l270_13;
    t399[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v399_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l273_14: f32 = t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v395_14: f32 = acc3_2 * l273_14;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v395_14;
    let l271_14: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v396_14: f32 = acc3_2 * l271_14;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v396_14;
    let l270_14: f32 = t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v399_14: f32 = v395_14 * l270_14;
    t399[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v399_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l273_15: f32 = t272[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v395_15: f32 = acc3_3 * l273_15;
    t395[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v395_15;
    let l271_15: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v396_15: f32 = acc3_3 * l271_15;
    t396[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v396_15;
    let l270_15: f32 = t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v399_15: f32 = v395_15 * l270_15;
    t399[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v399_15;
  }
}
