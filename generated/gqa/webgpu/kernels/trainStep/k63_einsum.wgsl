// kernel k63_einsum
@group(0) @binding(0) var<storage, read> t356: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t360: array<f32>;
@group(0) @binding(4) var<storage, read> t112: array<f32>;
@group(0) @binding(5) var<storage, read> t110: array<f32>;
@group(0) @binding(6) var<storage, read> t109: array<f32>;
@group(0) @binding(7) var<storage, read_write> t368: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k63_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t356[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t356[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t356[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t356[(row0 + ty + 48i) * 64i + kA];
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
    let l111: f32 = t111[(row0 + ty) * 176i + (col0 + tx)];
    let v360: f32 = acc0_0 * l111;
    t360[(row0 + ty) * 176i + (col0 + tx)] = v360;
    let l112: f32 = t112[(row0 + ty) * 176i + (col0 + tx)];
    let v359: f32 = acc0_0 * l112;
    let l110: f32 = t110[(row0 + ty) * 176i + (col0 + tx)];
    let v363: f32 = v359 * l110;
    let l109: f32 = t109[(row0 + ty) * 176i + (col0 + tx)];
    let v364: f32 = v359 * l109;
    let v365: f32 = 1.0f - l110;
    let v366: f32 = l110 * v365;
    let v367: f32 = v364 * v366;
    let v368: f32 = v363 + v367;
    t368[(row0 + ty) * 176i + (col0 + tx)] = v368;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l111_1: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v360_1: f32 = acc0_1 * l111_1;
    t360[(row0 + ty) * 176i + (col0 + tx) + 16i] = v360_1;
    let l112_1: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v359_1: f32 = acc0_1 * l112_1;
    let l110_1: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v363_1: f32 = v359_1 * l110_1;
    let l109_1: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v364_1: f32 = v359_1 * l109_1;
    let v365_1: f32 = 1.0f - l110_1;
    let v366_1: f32 = l110_1 * v365_1;
    let v367_1: f32 = v364_1 * v366_1;
    let v368_1: f32 = v363_1 + v367_1;
    t368[(row0 + ty) * 176i + (col0 + tx) + 16i] = v368_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l111_2: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v360_2: f32 = acc0_2 * l111_2;
    t360[(row0 + ty) * 176i + (col0 + tx) + 32i] = v360_2;
    let l112_2: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v359_2: f32 = acc0_2 * l112_2;
    let l110_2: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v363_2: f32 = v359_2 * l110_2;
    let l109_2: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v364_2: f32 = v359_2 * l109_2;
    let v365_2: f32 = 1.0f - l110_2;
    let v366_2: f32 = l110_2 * v365_2;
    let v367_2: f32 = v364_2 * v366_2;
    let v368_2: f32 = v363_2 + v367_2;
    t368[(row0 + ty) * 176i + (col0 + tx) + 32i] = v368_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l111_3: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v360_3: f32 = acc0_3 * l111_3;
    t360[(row0 + ty) * 176i + (col0 + tx) + 48i] = v360_3;
    let l112_3: f32 = t112[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v359_3: f32 = acc0_3 * l112_3;
    let l110_3: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v363_3: f32 = v359_3 * l110_3;
    let l109_3: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v364_3: f32 = v359_3 * l109_3;
    let v365_3: f32 = 1.0f - l110_3;
    let v366_3: f32 = l110_3 * v365_3;
    let v367_3: f32 = v364_3 * v366_3;
    let v368_3: f32 = v363_3 + v367_3;
    t368[(row0 + ty) * 176i + (col0 + tx) + 48i] = v368_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l111_4: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v360_4: f32 = acc1_0 * l111_4;
    t360[(row0 + ty + 16i) * 176i + (col0 + tx)] = v360_4;
    let l112_4: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v359_4: f32 = acc1_0 * l112_4;
    let l110_4: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v363_4: f32 = v359_4 * l110_4;
    let l109_4: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v364_4: f32 = v359_4 * l109_4;
    let v365_4: f32 = 1.0f - l110_4;
    let v366_4: f32 = l110_4 * v365_4;
    let v367_4: f32 = v364_4 * v366_4;
    let v368_4: f32 = v363_4 + v367_4;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx)] = v368_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l111_5: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v360_5: f32 = acc1_1 * l111_5;
    t360[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v360_5;
    let l112_5: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v359_5: f32 = acc1_1 * l112_5;
    let l110_5: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v363_5: f32 = v359_5 * l110_5;
    let l109_5: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v364_5: f32 = v359_5 * l109_5;
    let v365_5: f32 = 1.0f - l110_5;
    let v366_5: f32 = l110_5 * v365_5;
    let v367_5: f32 = v364_5 * v366_5;
    let v368_5: f32 = v363_5 + v367_5;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v368_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l111_6: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v360_6: f32 = acc1_2 * l111_6;
    t360[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v360_6;
    let l112_6: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v359_6: f32 = acc1_2 * l112_6;
    let l110_6: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v363_6: f32 = v359_6 * l110_6;
    let l109_6: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v364_6: f32 = v359_6 * l109_6;
    let v365_6: f32 = 1.0f - l110_6;
    let v366_6: f32 = l110_6 * v365_6;
    let v367_6: f32 = v364_6 * v366_6;
    let v368_6: f32 = v363_6 + v367_6;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v368_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l111_7: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v360_7: f32 = acc1_3 * l111_7;
    t360[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v360_7;
    let l112_7: f32 = t112[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v359_7: f32 = acc1_3 * l112_7;
    let l110_7: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v363_7: f32 = v359_7 * l110_7;
    let l109_7: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v364_7: f32 = v359_7 * l109_7;
    let v365_7: f32 = 1.0f - l110_7;
    let v366_7: f32 = l110_7 * v365_7;
    let v367_7: f32 = v364_7 * v366_7;
    let v368_7: f32 = v363_7 + v367_7;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v368_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l111_8: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v360_8: f32 = acc2_0 * l111_8;
    t360[(row0 + ty + 32i) * 176i + (col0 + tx)] = v360_8;
    let l112_8: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v359_8: f32 = acc2_0 * l112_8;
    let l110_8: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v363_8: f32 = v359_8 * l110_8;
    let l109_8: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v364_8: f32 = v359_8 * l109_8;
    let v365_8: f32 = 1.0f - l110_8;
    let v366_8: f32 = l110_8 * v365_8;
    let v367_8: f32 = v364_8 * v366_8;
    let v368_8: f32 = v363_8 + v367_8;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx)] = v368_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l111_9: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v360_9: f32 = acc2_1 * l111_9;
    t360[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v360_9;
    let l112_9: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v359_9: f32 = acc2_1 * l112_9;
    let l110_9: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v363_9: f32 = v359_9 * l110_9;
    let l109_9: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v364_9: f32 = v359_9 * l109_9;
    let v365_9: f32 = 1.0f - l110_9;
    let v366_9: f32 = l110_9 * v365_9;
    let v367_9: f32 = v364_9 * v366_9;
    let v368_9: f32 = v363_9 + v367_9;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v368_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l111_10: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v360_10: f32 = acc2_2 * l111_10;
    t360[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v360_10;
    let l112_10: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v359_10: f32 = acc2_2 * l112_10;
    let l110_10: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v363_10: f32 = v359_10 * l110_10;
    let l109_10: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v364_10: f32 = v359_10 * l109_10;
    let v365_10: f32 = 1.0f - l110_10;
    let v366_10: f32 = l110_10 * v365_10;
    let v367_10: f32 = v364_10 * v366_10;
    let v368_10: f32 = v363_10 + v367_10;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v368_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l111_11: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v360_11: f32 = acc2_3 * l111_11;
    t360[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v360_11;
    let l112_11: f32 = t112[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v359_11: f32 = acc2_3 * l112_11;
    let l110_11: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v363_11: f32 = v359_11 * l110_11;
    let l109_11: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v364_11: f32 = v359_11 * l109_11;
    let v365_11: f32 = 1.0f - l110_11;
    let v366_11: f32 = l110_11 * v365_11;
    let v367_11: f32 = v364_11 * v366_11;
    let v368_11: f32 = v363_11 + v367_11;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v368_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l111_12: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v360_12: f32 = acc3_0 * l111_12;
    t360[(row0 + ty + 48i) * 176i + (col0 + tx)] = v360_12;
    let l112_12: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v359_12: f32 = acc3_0 * l112_12;
    let l110_12: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v363_12: f32 = v359_12 * l110_12;
    let l109_12: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v364_12: f32 = v359_12 * l109_12;
    let v365_12: f32 = 1.0f - l110_12;
    let v366_12: f32 = l110_12 * v365_12;
    let v367_12: f32 = v364_12 * v366_12;
    let v368_12: f32 = v363_12 + v367_12;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx)] = v368_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l111_13: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v360_13: f32 = acc3_1 * l111_13;
    t360[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v360_13;
    let l112_13: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v359_13: f32 = acc3_1 * l112_13;
    let l110_13: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v363_13: f32 = v359_13 * l110_13;
    let l109_13: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v364_13: f32 = v359_13 * l109_13;
    let v365_13: f32 = 1.0f - l110_13;
    let v366_13: f32 = l110_13 * v365_13;
    let v367_13: f32 = v364_13 * v366_13;
    let v368_13: f32 = v363_13 + v367_13;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v368_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l111_14: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v360_14: f32 = acc3_2 * l111_14;
    t360[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v360_14;
    let l112_14: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v359_14: f32 = acc3_2 * l112_14;
    let l110_14: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v363_14: f32 = v359_14 * l110_14;
    let l109_14: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v364_14: f32 = v359_14 * l109_14;
    let v365_14: f32 = 1.0f - l110_14;
    let v366_14: f32 = l110_14 * v365_14;
    let v367_14: f32 = v364_14 * v366_14;
    let v368_14: f32 = v363_14 + v367_14;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v368_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l111_15: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v360_15: f32 = acc3_3 * l111_15;
    t360[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v360_15;
    let l112_15: f32 = t112[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v359_15: f32 = acc3_3 * l112_15;
    let l110_15: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v363_15: f32 = v359_15 * l110_15;
    let l109_15: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v364_15: f32 = v359_15 * l109_15;
    let v365_15: f32 = 1.0f - l110_15;
    let v366_15: f32 = l110_15 * v365_15;
    let v367_15: f32 = v364_15 * v366_15;
    let v368_15: f32 = v363_15 + v367_15;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v368_15;
  }
}
