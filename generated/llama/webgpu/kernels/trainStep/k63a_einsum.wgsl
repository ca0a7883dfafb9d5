// kernel k63a_einsum
@group(0) @binding(0) var<storage, read> t362: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t114: array<f32>;
@group(0) @binding(3) var<storage, read_write> t365: array<f32>;
@group(0) @binding(4) var<storage, read> t113: array<f32>;
@group(0) @binding(5) var<storage, read_write> t366: array<f32>;
@group(0) @binding(6) var<storage, read> t112: array<f32>;
@group(0) @binding(7) var<storage, read_write> t369: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k63a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t362[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t362[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t362[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t362[(row0 + ty + 48i) * 64i + kA];
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
    let l114: f32 = t114[(row0 + ty) * 176i + (col0 + tx)];
    let v365: f32 = acc0_0 * l114;
    t365[(row0 + ty) * 176i + (col0 + tx)] = v365;
    let l113: f32 = t113[(row0 + ty) * 176i + (col0 + tx)];
    let v366: f32 = acc0_0 * l113;
    t366[(row0 + ty) * 176i + (col0 + tx)] = v366;
    let l112: f32 = t112[(row0 + ty) * 176i + (col0 + tx)];
    let v369: f32 = v365 * l112;
    t369[(row0 + ty) * 176i + (col0 + tx)] = v369;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l114_1: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v365_1: f32 = acc0_1 * l114_1;
    t365[(row0 + ty) * 176i + (col0 + tx) + 16i] = v365_1;
    let l113_1: f32 = t113[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v366_1: f32 = acc0_1 * l113_1;
    t366[(row0 + ty) * 176i + (col0 + tx) + 16i] = v366_1;
    let l112_1: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v369_1: f32 = v365_1 * l112_1;
    t369[(row0 + ty) * 176i + (col0 + tx) + 16i] = v369_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l114_2: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v365_2: f32 = acc0_2 * l114_2;
    t365[(row0 + ty) * 176i + (col0 + tx) + 32i] = v365_2;
    let l113_2: f32 = t113[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v366_2: f32 = acc0_2 * l113_2;
    t366[(row0 + ty) * 176i + (col0 + tx) + 32i] = v366_2;
    let l112_2: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v369_2: f32 = v365_2 * l112_2;
    t369[(row0 + ty) * 176i + (col0 + tx) + 32i] = v369_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l114_3: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v365_3: f32 = acc0_3 * l114_3;
    t365[(row0 + ty) * 176i + (col0 + tx) + 48i] = v365_3;
    let l113_3: f32 = t113[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v366_3: f32 = acc0_3 * l113_3;
    t366[(row0 + ty) * 176i + (col0 + tx) + 48i] = v366_3;
    let l112_3: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v369_3: f32 = v365_3 * l112_3;
    t369[(row0 + ty) * 176i + (col0 + tx) + 48i] = v369_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l114_4: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v365_4: f32 = acc1_0 * l114_4;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx)] = v365_4;
    let l113_4: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v366_4: f32 = acc1_0 * l113_4;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx)] = v366_4;
    let l112_4: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v369_4: f32 = v365_4 * l112_4;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx)] = v369_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l114_5: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v365_5: f32 = acc1_1 * l114_5;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v365_5;
    let l113_5: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v366_5: f32 = acc1_1 * l113_5;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v366_5;
    let l112_5: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v369_5: f32 = v365_5 * l112_5;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v369_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l114_6: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v365_6: f32 = acc1_2 * l114_6;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v365_6;
    let l113_6: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v366_6: f32 = acc1_2 * l113_6;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v366_6;
    let l112_6: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v369_6: f32 = v365_6 * l112_6;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v369_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l114_7: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v365_7: f32 = acc1_3 * l114_7;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v365_7;
    let l113_7: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v366_7: f32 = acc1_3 * l113_7;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v366_7;
    let l112_7: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v369_7: f32 = v365_7 * l112_7;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v369_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l114_8: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v365_8: f32 = acc2_0 * l114_8;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx)] = v365_8;
    let l113_8: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v366_8: f32 = acc2_0 * l113_8;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx)] = v366_8;
    let l112_8: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v369_8: f32 = v365_8 * l112_8;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx)] = v369_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l114_9: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v365_9: f32 = acc2_1 * l114_9;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v365_9;
    let l113_9: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v366_9: f32 = acc2_1 * l113_9;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v366_9;
    let l112_9: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v369_9: f32 = v365_9 * l112_9;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v369_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l114_10: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v365_10: f32 = acc2_2 * l114_10;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v365_10;
    let l113_10: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v366_10: f32 = acc2_2 * l113_10;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v366_10;
    let l112_10: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v369_10: f32 = v365_10 * l112_10;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v369_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l114_11: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v365_11: f32 = acc2_3 * l114_11;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v365_11;
    let l113_11: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v366_11: f32 = acc2_3 * l113_11;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v366_11;
    let l112_11: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v369_11: f32 = v365_11 * l112_11;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v369_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l114_12: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v365_12: f32 = acc3_0 * l114_12;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx)] = v365_12;
    let l113_12: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v366_12: f32 = acc3_0 * l113_12;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx)] = v366_12;
    let l112_12: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v369_12: f32 = v365_12 * l112_12;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx)] = v369_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l114_13: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v365_13: f32 = acc3_1 * l114_13;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v365_13;
    let l113_13: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v366_13: f32 = acc3_1 * l113_13;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v366_13;
    let l112_13: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v369_13: f32 = v365_13 * l112_13;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v369_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l114_14: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v365_14: f32 = acc3_2 * l114_14;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v365_14;
    let l113_14: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v366_14: f32 = acc3_2 * l113_14;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v366_14;
    let l112_14: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v369_14: f32 = v365_14 * l112_14;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v369_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l114_15: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v365_15: f32 = acc3_3 * l114_15;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v365_15;
    let l113_15: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v366_15: f32 = acc3_3 * l113_15;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v366_15;
    let l112_15: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v369_15: f32 = v365_15 * l112_15;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v369_15;
  }
}
