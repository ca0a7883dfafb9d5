// kernel k39a_einsum
@group(0) @binding(0) var<storage, read> t281: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t216: array<f32>;
@group(0) @binding(3) var<storage, read_write> t284: array<f32>;
@group(0) @binding(4) var<storage, read> t215: array<f32>;
@group(0) @binding(5) var<storage, read_write> t285: array<f32>;
@group(0) @binding(6) var<storage, read> t214: array<f32>;
@group(0) @binding(7) var<storage, read_write> t288: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k39a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t281[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t281[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t281[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t281[(row0 + ty + 48i) * 64i + kA];
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
    let l216: f32 = t216[(row0 + ty) * 176i + (col0 + tx)];
    let v284: f32 = acc0_0 * l216;
    t284[(row0 + ty) * 176i + (col0 + tx)] = v284;
    let l215: f32 = t215[(row0 + ty) * 176i + (col0 + tx)];
    let v285: f32 = acc0_0 * l215;
    t285[(row0 + ty) * 176i + (col0 + tx)] = v285;
    let l214: f32 = t214[(row0 + ty) * 176i + (col0 + tx)];
    let v288: f32 = v284 * l214;
    t288[(row0 + ty) * 176i + (col0 + tx)] = v288;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l216_1: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v284_1: f32 = acc0_1 * l216_1;
    t284[(row0 + ty) * 176i + (col0 + tx) + 16i] = v284_1;
    let l215_1: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v285_1: f32 = acc0_1 * l215_1;
    t285[(row0 + ty) * 176i + (col0 + tx) + 16i] = v285_1;
    let l214_1: f32 = t214[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v288_1: f32 = v284_1 * l214_1;
    t288[(row0 + ty) * 176i + (col0 + tx) + 16i] = v288_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l216_2: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v284_2: f32 = acc0_2 * l216_2;
    t284[(row0 + ty) * 176i + (col0 + tx) + 32i] = v284_2;
    let l215_2: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v285_2: f32 = acc0_2 * l215_2;
    t285[(row0 + ty) * 176i + (col0 + tx) + 32i] = v285_2;
    let l214_2: f32 = t214[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v288_2: f32 = v284_2 * l214_2;
    t288[(row0 + ty) * 176i + (col0 + tx) + 32i] = v288_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l216_3: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v284_3: f32 = acc0_3 * l216_3;
    t284[(row0 + ty) * 176i + (col0 + tx) + 48i] = v284_3;
    let l215_3: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v285_3: f32 = acc0_3 * l215_3;
    t285[(row0 + ty) * 176i + (col0 + tx) + 48i] = v285_3;
    let l214_3: f32 = t214[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v288_3: f32 = v284_3 * l214_3;
    t288[(row0 + ty) * 176i + (col0 + tx) + 48i] = v288_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l216_4: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v284_4: f32 = acc1_0 * l216_4;
    t284[(row0 + ty + 16i) * 176i + (col0 + tx)] = v284_4;
    let l215_4: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v285_4: f32 = acc1_0 * l215_4;
    t285[(row0 + ty + 16i) * 176i + (col0 + tx)] = v285_4;
    let l214_4: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v288_4: f32 = v284_4 * l214_4;
    t288[(row0 + ty + 16i) * 176i + (col0 + tx)] = v288_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l216_5: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v284_5: f32 = acc1_1 * l216_5;
    t284[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v284_5;
    let l215_5: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v285_5: f32 = acc1_1 * l215_5;
    t285[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v285_5;
    let l214_5: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v288_5: f32 = v284_5 * l214_5;
    t288[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v288_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l216_6: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v284_6: f32 = acc1_2 * l216_6;
    t284[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v284_6;
    let l215_6: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v285_6: f32 = acc1_2 * l215_6;
    t285[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v285_6;
    let l214_6: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v288_6: f32 = v284_6 * l214_6;
    t288[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v288_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l216_7: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v284_7: f32 = acc1_3 * l216_7;
    t284[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v284_7;
    let l215_7: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v285_7: f32 = acc1_3 * l215_7;
    t285[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v285_7;
    let l214_7: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v288_7: f32 = v284_7 * l214_7;
    t288[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v288_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l216_8: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v284_8: f32 = acc2_0 * l216_8;
    t284[(row0 + ty + 32i) * 176i + (col0 + tx)] = v284_8;
    let l215_8: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v285_8: f32 = acc2_0 * l215_8;
    t285[(row0 + ty + 32i) * 176i + (col0 + tx)] = v285_8;
    let l214_8: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v288_8: f32 = v284_8 * l214_8;
    t288[(row0 + ty + 32i) * 176i + (col0 + tx)] = v288_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l216_9: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v284_9: f32 = acc2_1 * l216_9;
    t284[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v284_9;
    let l215_9: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v285_9: f32 = acc2_1 * l215_9;
    t285[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v285_9;
    let l214_9: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v288_9: f32 = v284_9 * l214_9;
    t288[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v288_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l216_10: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v284_10: f32 = acc2_2 * l216_10;
    t284[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v284_10;
    let l215_10: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v285_10: f32 = acc2_2 * l215_10;
    t285[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v285_10;
    let l214_10: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v288_10: f32 = v284_10 * l214_10;
    t288[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v288_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l216_11: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v284_11: f32 = acc2_3 * l216_11;
    t284[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v284_11;
    let l215_11: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v285_11: f32 = acc2_3 * l215_11;
    t285[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v285_11;
    let l214_11: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v288_11: f32 = v284_11 * l214_11;
    t288[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v288_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l216_12: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v284_12: f32 = acc3_0 * l216_12;
    t284[(row0 + ty + 48i) * 176i + (col0 + tx)] = v284_12;
    let l215_12: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v285_12: f32 = acc3_0 * l215_12;
    t285[(row0 + ty + 48i) * 176i + (col0 + tx)] = v285_12;
    let l214_12: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v288_12: f32 = v284_12 * l214_12;
    t288[(row0 + ty + 48i) * 176i + (col0 + tx)] = v288_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l216_13: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v284_13: f32 = acc3_1 * l216_13;
    t284[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v284_13;
    let l215_13: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v285_13: f32 = acc3_1 * l215_13;
    t285[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v285_13;
    let l214_13: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v288_13: f32 = v284_13 * l214_13;
    t288[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v288_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l216_14: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v284_14: f32 = acc3_2 * l216_14;
    t284[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v284_14;
    let l215_14: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v285_14: f32 = acc3_2 * l215_14;
    t285[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v285_14;
    let l214_14: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v288_14: f32 = v284_14 * l214_14;
    t288[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v288_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l216_15: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v284_15: f32 = acc3_3 * l216_15;
    t284[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v284_15;
    let l215_15: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v285_15: f32 = acc3_3 * l215_15;
    t285[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v285_15;
    let l214_15: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v288_15: f32 = v284_15 * l214_15;
    t288[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v288_15;
  }
}
