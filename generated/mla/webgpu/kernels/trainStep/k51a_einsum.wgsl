// kernel k51a_einsum
@group(0) @binding(0) var<storage, read> t320: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t255: array<f32>;
@group(0) @binding(3) var<storage, read_write> t323: array<f32>;
@group(0) @binding(4) var<storage, read> t254: array<f32>;
@group(0) @binding(5) var<storage, read_write> t324: array<f32>;
@group(0) @binding(6) var<storage, read> t253: array<f32>;
@group(0) @binding(7) var<storage, read_write> t327: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k51a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t320[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t320[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t320[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t320[(row0 + ty + 48i) * 64i + kA];
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
    let l255: f32 = t255[(row0 + ty) * 176i + (col0 + tx)];
    let v323: f32 = acc0_0 * l255;
    t323[(row0 + ty) * 176i + (col0 + tx)] = v323;
    let l254: f32 = t254[(row0 + ty) * 176i + (col0 + tx)];
    let v324: f32 = acc0_0 * l254;
    t324[(row0 + ty) * 176i + (col0 + tx)] = v324;
    let l253: f32 = t253[(row0 + ty) * 176i + (col0 + tx)];
    let v327: f32 = v323 * l253;
    t327[(row0 + ty) * 176i + (col0 + tx)] = v327;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l255_1: f32 = t255[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v323_1: f32 = acc0_1 * l255_1;
    t323[(row0 + ty) * 176i + (col0 + tx) + 16i] = v323_1;
    let l254_1: f32 = t254[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v324_1: f32 = acc0_1 * l254_1;
    t324[(row0 + ty) * 176i + (col0 + tx) + 16i] = v324_1;
    let l253_1: f32 = t253[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v327_1: f32 = v323_1 * l253_1;
    t327[(row0 + ty) * 176i + (col0 + tx) + 16i] = v327_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l255_2: f32 = t255[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v323_2: f32 = acc0_2 * l255_2;
    t323[(row0 + ty) * 176i + (col0 + tx) + 32i] = v323_2;
    let l254_2: f32 = t254[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v324_2: f32 = acc0_2 * l254_2;
    t324[(row0 + ty) * 176i + (col0 + tx) + 32i] = v324_2;
    let l253_2: f32 = t253[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v327_2: f32 = v323_2 * l253_2;
    t327[(row0 + ty) * 176i + (col0 + tx) + 32i] = v327_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l255_3: f32 = t255[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v323_3: f32 = acc0_3 * l255_3;
    t323[(row0 + ty) * 176i + (col0 + tx) + 48i] = v323_3;
    let l254_3: f32 = t254[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v324_3: f32 = acc0_3 * l254_3;
    t324[(row0 + ty) * 176i + (col0 + tx) + 48i] = v324_3;
    let l253_3: f32 = t253[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v327_3: f32 = v323_3 * l253_3;
    t327[(row0 + ty) * 176i + (col0 + tx) + 48i] = v327_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l255_4: f32 = t255[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v323_4: f32 = acc1_0 * l255_4;
    t323[(row0 + ty + 16i) * 176i + (col0 + tx)] = v323_4;
    let l254_4: f32 = t254[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v324_4: f32 = acc1_0 * l254_4;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx)] = v324_4;
    let l253_4: f32 = t253[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v327_4: f32 = v323_4 * l253_4;
    t327[(row0 + ty + 16i) * 176i + (col0 + tx)] = v327_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l255_5: f32 = t255[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v323_5: f32 = acc1_1 * l255_5;
    t323[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v323_5;
    let l254_5: f32 = t254[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v324_5: f32 = acc1_1 * l254_5;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v324_5;
    let l253_5: f32 = t253[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v327_5: f32 = v323_5 * l253_5;
    t327[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v327_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l255_6: f32 = t255[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v323_6: f32 = acc1_2 * l255_6;
    t323[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v323_6;
    let l254_6: f32 = t254[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v324_6: f32 = acc1_2 * l254_6;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v324_6;
    let l253_6: f32 = t253[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v327_6: f32 = v323_6 * l253_6;
    t327[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v327_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l255_7: f32 = t255[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v323_7: f32 = acc1_3 * l255_7;
    t323[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v323_7;
    let l254_7: f32 = t254[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v324_7: f32 = acc1_3 * l254_7;
    t324[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v324_7;
    let l253_7: f32 = t253[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v327_7: f32 = v323_7 * l253_7;
    t327[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v327_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l255_8: f32 = t255[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v323_8: f32 = acc2_0 * l255_8;
    t323[(row0 + ty + 32i) * 176i + (col0 + tx)] = v323_8;
    let l254_8: f32 = t254[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v324_8: f32 = acc2_0 * l254_8;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx)] = v324_8;
    let l253_8: f32 = t253[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v327_8: f32 = v323_8 * l253_8;
    t327[(row0 + ty + 32i) * 176i + (col0 + tx)] = v327_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l255_9: f32 = t255[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v323_9: f32 = acc2_1 * l255_9;
    t323[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v323_9;
    let l254_9: f32 = t254[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v324_9: f32 = acc2_1 * l254_9;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v324_9;
    let l253_9: f32 = t253[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v327_9: f32 = v323_9 * l253_9;
    t327[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v327_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l255_10: f32 = t255[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v323_10: f32 = acc2_2 * l255_10;
    t323[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v323_10;
    let l254_10: f32 = t254[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v324_10: f32 = acc2_2 * l254_10;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v324_10;
    let l253_10: f32 = t253[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v327_10: f32 = v323_10 * l253_10;
    t327[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v327_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l255_11: f32 = t255[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v323_11: f32 = acc2_3 * l255_11;
    t323[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v323_11;
    let l254_11: f32 = t254[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v324_11: f32 = acc2_3 * l254_11;
    t324[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v324_11;
    let l253_11: f32 = t253[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v327_11: f32 = v323_11 * l253_11;
    t327[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v327_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l255_12: f32 = t255[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v323_12: f32 = acc3_0 * l255_12;
    t323[(row0 + ty + 48i) * 176i + (col0 + tx)] = v323_12;
    let l254_12: f32 = t254[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v324_12: f32 = acc3_0 * l254_12;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx)] = v324_12;
    let l253_12: f32 = t253[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v327_12: f32 = v323_12 * l253_12;
    t327[(row0 + ty + 48i) * 176i + (col0 + tx)] = v327_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l255_13: f32 = t255[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v323_13: f32 = acc3_1 * l255_13;
    t323[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v323_13;
    let l254_13: f32 = t254[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v324_13: f32 = acc3_1 * l254_13;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v324_13;
    let l253_13: f32 = t253[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v327_13: f32 = v323_13 * l253_13;
    t327[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v327_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l255_14: f32 = t255[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v323_14: f32 = acc3_2 * l255_14;
    t323[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v323_14;
    let l254_14: f32 = t254[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v324_14: f32 = acc3_2 * l254_14;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v324_14;
    let l253_14: f32 = t253[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v327_14: f32 = v323_14 * l253_14;
    t327[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v327_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l255_15: f32 = t255[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v323_15: f32 = acc3_3 * l255_15;
    t323[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v323_15;
    let l254_15: f32 = t254[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v324_15: f32 = acc3_3 * l254_15;
    t324[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v324_15;
    let l253_15: f32 = t253[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v327_15: f32 = v323_15 * l253_15;
    t327[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v327_15;
  }
}
