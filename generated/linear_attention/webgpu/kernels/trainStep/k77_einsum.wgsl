// kernel k77_einsum
@group(0) @binding(0) var<storage, read> t457: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t138: array<f32>;
@group(0) @binding(3) var<storage, read> t140: array<f32>;
@group(0) @binding(4) var<storage, read> t143: array<f32>;
@group(0) @binding(5) var<storage, read_write> t471: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k77_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t457[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t457[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t457[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t457[(row0 + ty + 48i) * 64i + kA];
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
    let l138: f32 = t138[(row0 + ty) * 256i + (col0 + tx)];
    let v463: f32 = acc0_0 * l138;
    let l140: f32 = t140[(row0 + ty) * 256i + (col0 + tx)];
    let v464: f32 = l140 * l140;
    let v465: f32 = -v464;
    let v466: f32 = exp(v465);
    let v467: f32 = v466 * 1.1283792f;
    let v468: f32 = v463 * v467;
    let v469: f32 = v468 * 0.70710677f;
    let l143: f32 = t143[(row0 + ty) * 256i + (col0 + tx)];
    let v462: f32 = acc0_0 * l143;
    let v470: f32 = v462 * 0.5f;
    let v471: f32 = v469 + v470;
    t471[(row0 + ty) * 256i + (col0 + tx)] = v471;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l138_1: f32 = t138[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v463_1: f32 = acc0_1 * l138_1;
    let l140_1: f32 = t140[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v464_1: f32 = l140_1 * l140_1;
    let v465_1: f32 = -v464_1;
    let v466_1: f32 = exp(v465_1);
    let v467_1: f32 = v466_1 * 1.1283792f;
    let v468_1: f32 = v463_1 * v467_1;
    let v469_1: f32 = v468_1 * 0.70710677f;
    let l143_1: f32 = t143[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v462_1: f32 = acc0_1 * l143_1;
    let v470_1: f32 = v462_1 * 0.5f;
    let v471_1: f32 = v469_1 + v470_1;
    t471[(row0 + ty) * 256i + (col0 + tx) + 16i] = v471_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l138_2: f32 = t138[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v463_2: f32 = acc0_2 * l138_2;
    let l140_2: f32 = t140[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v464_2: f32 = l140_2 * l140_2;
    let v465_2: f32 = -v464_2;
    let v466_2: f32 = exp(v465_2);
    let v467_2: f32 = v466_2 * 1.1283792f;
    let v468_2: f32 = v463_2 * v467_2;
    let v469_2: f32 = v468_2 * 0.70710677f;
    let l143_2: f32 = t143[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v462_2: f32 = acc0_2 * l143_2;
    let v470_2: f32 = v462_2 * 0.5f;
    let v471_2: f32 = v469_2 + v470_2;
    t471[(row0 + ty) * 256i + (col0 + tx) + 32i] = v471_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l138_3: f32 = t138[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v463_3: f32 = acc0_3 * l138_3;
    let l140_3: f32 = t140[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v464_3: f32 = l140_3 * l140_3;
    let v465_3: f32 = -v464_3;
    let v466_3: f32 = exp(v465_3);
    let v467_3: f32 = v466_3 * 1.1283792f;
    let v468_3: f32 = v463_3 * v467_3;
    let v469_3: f32 = v468_3 * 0.70710677f;
    let l143_3: f32 = t143[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v462_3: f32 = acc0_3 * l143_3;
    let v470_3: f32 = v462_3 * 0.5f;
    let v471_3: f32 = v469_3 + v470_3;
    t471[(row0 + ty) * 256i + (col0 + tx) + 48i] = v471_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l138_4: f32 = t138[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v463_4: f32 = acc1_0 * l138_4;
    let l140_4: f32 = t140[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v464_4: f32 = l140_4 * l140_4;
    let v465_4: f32 = -v464_4;
    let v466_4: f32 = exp(v465_4);
    let v467_4: f32 = v466_4 * 1.1283792f;
    let v468_4: f32 = v463_4 * v467_4;
    let v469_4: f32 = v468_4 * 0.70710677f;
    let l143_4: f32 = t143[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v462_4: f32 = acc1_0 * l143_4;
    let v470_4: f32 = v462_4 * 0.5f;
    let v471_4: f32 = v469_4 + v470_4;
    t471[(row0 + ty + 16i) * 256i + (col0 + tx)] = v471_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l138_5: f32 = t138[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v463_5: f32 = acc1_1 * l138_5;
    let l140_5: f32 = t140[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v464_5: f32 = l140_5 * l140_5;
    let v465_5: f32 = -v464_5;
    let v466_5: f32 = exp(v465_5);
    let v467_5: f32 = v466_5 * 1.1283792f;
    let v468_5: f32 = v463_5 * v467_5;
    let v469_5: f32 = v468_5 * 0.70710677f;
    let l143_5: f32 = t143[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v462_5: f32 = acc1_1 * l143_5;
    let v470_5: f32 = v462_5 * 0.5f;
    let v471_5: f32 = v469_5 + v470_5;
    t471[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v471_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l138_6: f32 = t138[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v463_6: f32 = acc1_2 * l138_6;
    let l140_6: f32 = t140[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v464_6: f32 = l140_6 * l140_6;
    let v465_6: f32 = -v464_6;
    let v466_6: f32 = exp(v465_6);
    let v467_6: f32 = v466_6 * 1.1283792f;
    let v468_6: f32 = v463_6 * v467_6;
    let v469_6: f32 = v468_6 * 0.70710677f;
    let l143_6: f32 = t143[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v462_6: f32 = acc1_2 * l143_6;
    let v470_6: f32 = v462_6 * 0.5f;
    let v471_6: f32 = v469_6 + v470_6;
    t471[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v471_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l138_7: f32 = t138[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v463_7: f32 = acc1_3 * l138_7;
    let l140_7: f32 = t140[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v464_7: f32 = l140_7 * l140_7;
    let v465_7: f32 = -v464_7;
    let v466_7: f32 = exp(v465_7);
    let v467_7: f32 = v466_7 * 1.1283792f;
    let v468_7: f32 = v463_7 * v467_7;
    let v469_7: f32 = v468_7 * 0.70710677f;
    let l143_7: f32 = t143[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v462_7: f32 = acc1_3 * l143_7;
    let v470_7: f32 = v462_7 * 0.5f;
    let v471_7: f32 = v469_7 + v470_7;
    t471[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v471_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l138_8: f32 = t138[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v463_8: f32 = acc2_0 * l138_8;
    let l140_8: f32 = t140[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v464_8: f32 = l140_8 * l140_8;
    let v465_8: f32 = -v464_8;
    let v466_8: f32 = exp(v465_8);
    let v467_8: f32 = v466_8 * 1.1283792f;
    let v468_8: f32 = v463_8 * v467_8;
    let v469_8: f32 = v468_8 * 0.70710677f;
    let l143_8: f32 = t143[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v462_8: f32 = acc2_0 * l143_8;
    let v470_8: f32 = v462_8 * 0.5f;
    let v471_8: f32 = v469_8 + v470_8;
    t471[(row0 + ty + 32i) * 256i + (col0 + tx)] = v471_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l138_9: f32 = t138[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v463_9: f32 = acc2_1 * l138_9;
    let l140_9: f32 = t140[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v464_9: f32 = l140_9 * l140_9;
    let v465_9: f32 = -v464_9;
    let v466_9: f32 = exp(v465_9);
    let v467_9: f32 = v466_9 * 1.1283792f;
    let v468_9: f32 = v463_9 * v467_9;
    let v469_9: f32 = v468_9 * 0.70710677f;
    let l143_9: f32 = t143[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v462_9: f32 = acc2_1 * l143_9;
    let v470_9: f32 = v462_9 * 0.5f;
    let v471_9: f32 = v469_9 + v470_9;
    t471[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v471_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l138_10: f32 = t138[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v463_10: f32 = acc2_2 * l138_10;
    let l140_10: f32 = t140[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v464_10: f32 = l140_10 * l140_10;
    let v465_10: f32 = -v464_10;
    let v466_10: f32 = exp(v465_10);
    let v467_10: f32 = v466_10 * 1.1283792f;
    let v468_10: f32 = v463_10 * v467_10;
    let v469_10: f32 = v468_10 * 0.70710677f;
    let l143_10: f32 = t143[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v462_10: f32 = acc2_2 * l143_10;
    let v470_10: f32 = v462_10 * 0.5f;
    let v471_10: f32 = v469_10 + v470_10;
    t471[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v471_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l138_11: f32 = t138[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v463_11: f32 = acc2_3 * l138_11;
    let l140_11: f32 = t140[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v464_11: f32 = l140_11 * l140_11;
    let v465_11: f32 = -v464_11;
    let v466_11: f32 = exp(v465_11);
    let v467_11: f32 = v466_11 * 1.1283792f;
    let v468_11: f32 = v463_11 * v467_11;
    let v469_11: f32 = v468_11 * 0.70710677f;
    let l143_11: f32 = t143[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v462_11: f32 = acc2_3 * l143_11;
    let v470_11: f32 = v462_11 * 0.5f;
    let v471_11: f32 = v469_11 + v470_11;
    t471[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v471_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l138_12: f32 = t138[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v463_12: f32 = acc3_0 * l138_12;
    let l140_12: f32 = t140[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v464_12: f32 = l140_12 * l140_12;
    let v465_12: f32 = -v464_12;
    let v466_12: f32 = exp(v465_12);
    let v467_12: f32 = v466_12 * 1.1283792f;
    let v468_12: f32 = v463_12 * v467_12;
    let v469_12: f32 = v468_12 * 0.70710677f;
    let l143_12: f32 = t143[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v462_12: f32 = acc3_0 * l143_12;
    let v470_12: f32 = v462_12 * 0.5f;
    let v471_12: f32 = v469_12 + v470_12;
    t471[(row0 + ty + 48i) * 256i + (col0 + tx)] = v471_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l138_13: f32 = t138[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v463_13: f32 = acc3_1 * l138_13;
    let l140_13: f32 = t140[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v464_13: f32 = l140_13 * l140_13;
    let v465_13: f32 = -v464_13;
    let v466_13: f32 = exp(v465_13);
    let v467_13: f32 = v466_13 * 1.1283792f;
    let v468_13: f32 = v463_13 * v467_13;
    let v469_13: f32 = v468_13 * 0.70710677f;
    let l143_13: f32 = t143[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v462_13: f32 = acc3_1 * l143_13;
    let v470_13: f32 = v462_13 * 0.5f;
    let v471_13: f32 = v469_13 + v470_13;
    t471[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v471_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l138_14: f32 = t138[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v463_14: f32 = acc3_2 * l138_14;
    let l140_14: f32 = t140[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v464_14: f32 = l140_14 * l140_14;
    let v465_14: f32 = -v464_14;
    let v466_14: f32 = exp(v465_14);
    let v467_14: f32 = v466_14 * 1.1283792f;
    let v468_14: f32 = v463_14 * v467_14;
    let v469_14: f32 = v468_14 * 0.70710677f;
    let l143_14: f32 = t143[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v462_14: f32 = acc3_2 * l143_14;
    let v470_14: f32 = v462_14 * 0.5f;
    let v471_14: f32 = v469_14 + v470_14;
    t471[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v471_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l138_15: f32 = t138[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v463_15: f32 = acc3_3 * l138_15;
    let l140_15: f32 = t140[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v464_15: f32 = l140_15 * l140_15;
    let v465_15: f32 = -v464_15;
    let v466_15: f32 = exp(v465_15);
    let v467_15: f32 = v466_15 * 1.1283792f;
    let v468_15: f32 = v463_15 * v467_15;
    let v469_15: f32 = v468_15 * 0.70710677f;
    let l143_15: f32 = t143[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v462_15: f32 = acc3_3 * l143_15;
    let v470_15: f32 = v462_15 * 0.5f;
    let v471_15: f32 = v469_15 + v470_15;
    t471[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v471_15;
  }
}
