// kernel k89a_einsum
@group(0) @binding(0) var<storage, read> t476: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t153: array<f32>;
@group(0) @binding(3) var<storage, read_write> t479: array<f32>;
@group(0) @binding(4) var<storage, read> t152: array<f32>;
@group(0) @binding(5) var<storage, read_write> t480: array<f32>;
@group(0) @binding(6) var<storage, read> t151: array<f32>;
@group(0) @binding(7) var<storage, read_write> t483: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k89a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t476[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t476[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t476[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t476[(row0 + ty + 48i) * 64i + kA];
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
    let l153: f32 = t153[(row0 + ty) * 176i + (col0 + tx)];
    let v479: f32 = acc0_0 * l153;
    t479[(row0 + ty) * 176i + (col0 + tx)] = v479;
    let l152: f32 = t152[(row0 + ty) * 176i + (col0 + tx)];
    let v480: f32 = acc0_0 * l152;
    t480[(row0 + ty) * 176i + (col0 + tx)] = v480;
    let l151: f32 = t151[(row0 + ty) * 176i + (col0 + tx)];
    let v483: f32 = v479 * l151;
    t483[(row0 + ty) * 176i + (col0 + tx)] = v483;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l153_1: f32 = t153[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v479_1: f32 = acc0_1 * l153_1;
    t479[(row0 + ty) * 176i + (col0 + tx) + 16i] = v479_1;
    let l152_1: f32 = t152[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v480_1: f32 = acc0_1 * l152_1;
    t480[(row0 + ty) * 176i + (col0 + tx) + 16i] = v480_1;
    let l151_1: f32 = t151[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v483_1: f32 = v479_1 * l151_1;
    t483[(row0 + ty) * 176i + (col0 + tx) + 16i] = v483_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l153_2: f32 = t153[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v479_2: f32 = acc0_2 * l153_2;
    t479[(row0 + ty) * 176i + (col0 + tx) + 32i] = v479_2;
    let l152_2: f32 = t152[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v480_2: f32 = acc0_2 * l152_2;
    t480[(row0 + ty) * 176i + (col0 + tx) + 32i] = v480_2;
    let l151_2: f32 = t151[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v483_2: f32 = v479_2 * l151_2;
    t483[(row0 + ty) * 176i + (col0 + tx) + 32i] = v483_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l153_3: f32 = t153[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v479_3: f32 = acc0_3 * l153_3;
    t479[(row0 + ty) * 176i + (col0 + tx) + 48i] = v479_3;
    let l152_3: f32 = t152[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v480_3: f32 = acc0_3 * l152_3;
    t480[(row0 + ty) * 176i + (col0 + tx) + 48i] = v480_3;
    let l151_3: f32 = t151[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v483_3: f32 = v479_3 * l151_3;
    t483[(row0 + ty) * 176i + (col0 + tx) + 48i] = v483_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l153_4: f32 = t153[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v479_4: f32 = acc1_0 * l153_4;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx)] = v479_4;
    let l152_4: f32 = t152[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v480_4: f32 = acc1_0 * l152_4;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx)] = v480_4;
    let l151_4: f32 = t151[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v483_4: f32 = v479_4 * l151_4;
    t483[(row0 + ty + 16i) * 176i + (col0 + tx)] = v483_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l153_5: f32 = t153[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v479_5: f32 = acc1_1 * l153_5;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v479_5;
    let l152_5: f32 = t152[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v480_5: f32 = acc1_1 * l152_5;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v480_5;
    let l151_5: f32 = t151[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v483_5: f32 = v479_5 * l151_5;
    t483[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v483_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l153_6: f32 = t153[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v479_6: f32 = acc1_2 * l153_6;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v479_6;
    let l152_6: f32 = t152[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v480_6: f32 = acc1_2 * l152_6;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v480_6;
    let l151_6: f32 = t151[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v483_6: f32 = v479_6 * l151_6;
    t483[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v483_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l153_7: f32 = t153[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v479_7: f32 = acc1_3 * l153_7;
    t479[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v479_7;
    let l152_7: f32 = t152[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v480_7: f32 = acc1_3 * l152_7;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v480_7;
    let l151_7: f32 = t151[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v483_7: f32 = v479_7 * l151_7;
    t483[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v483_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l153_8: f32 = t153[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v479_8: f32 = acc2_0 * l153_8;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx)] = v479_8;
    let l152_8: f32 = t152[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v480_8: f32 = acc2_0 * l152_8;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx)] = v480_8;
    let l151_8: f32 = t151[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v483_8: f32 = v479_8 * l151_8;
    t483[(row0 + ty + 32i) * 176i + (col0 + tx)] = v483_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l153_9: f32 = t153[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v479_9: f32 = acc2_1 * l153_9;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v479_9;
    let l152_9: f32 = t152[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v480_9: f32 = acc2_1 * l152_9;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v480_9;
    let l151_9: f32 = t151[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v483_9: f32 = v479_9 * l151_9;
    t483[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v483_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l153_10: f32 = t153[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v479_10: f32 = acc2_2 * l153_10;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v479_10;
    let l152_10: f32 = t152[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v480_10: f32 = acc2_2 * l152_10;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v480_10;
    let l151_10: f32 = t151[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v483_10: f32 = v479_10 * l151_10;
    t483[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v483_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l153_11: f32 = t153[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v479_11: f32 = acc2_3 * l153_11;
    t479[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v479_11;
    let l152_11: f32 = t152[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v480_11: f32 = acc2_3 * l152_11;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v480_11;
    let l151_11: f32 = t151[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v483_11: f32 = v479_11 * l151_11;
    t483[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v483_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l153_12: f32 = t153[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v479_12: f32 = acc3_0 * l153_12;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx)] = v479_12;
    let l152_12: f32 = t152[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v480_12: f32 = acc3_0 * l152_12;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx)] = v480_12;
    let l151_12: f32 = t151[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v483_12: f32 = v479_12 * l151_12;
    t483[(row0 + ty + 48i) * 176i + (col0 + tx)] = v483_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l153_13: f32 = t153[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v479_13: f32 = acc3_1 * l153_13;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v479_13;
    let l152_13: f32 = t152[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v480_13: f32 = acc3_1 * l152_13;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v480_13;
    let l151_13: f32 = t151[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v483_13: f32 = v479_13 * l151_13;
    t483[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v483_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l153_14: f32 = t153[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v479_14: f32 = acc3_2 * l153_14;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v479_14;
    let l152_14: f32 = t152[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v480_14: f32 = acc3_2 * l152_14;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v480_14;
    let l151_14: f32 = t151[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v483_14: f32 = v479_14 * l151_14;
    t483[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v483_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l153_15: f32 = t153[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v479_15: f32 = acc3_3 * l153_15;
    t479[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v479_15;
    let l152_15: f32 = t152[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v480_15: f32 = acc3_3 * l152_15;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v480_15;
    let l151_15: f32 = t151[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v483_15: f32 = v479_15 * l151_15;
    t483[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v483_15;
  }
}
