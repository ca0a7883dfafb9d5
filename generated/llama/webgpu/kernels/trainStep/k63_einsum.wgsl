// kernel k63_einsum
@group(0) @binding(0) var<storage, read> t354: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t109: array<f32>;
@group(0) @binding(3) var<storage, read_write> t358: array<f32>;
@group(0) @binding(4) var<storage, read> t110: array<f32>;
@group(0) @binding(5) var<storage, read> t108: array<f32>;
@group(0) @binding(6) var<storage, read> t107: array<f32>;
@group(0) @binding(7) var<storage, read_write> t366: array<f32>;
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
      tileA[tx * 64i + ty] = t354[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t354[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t354[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t354[(row0 + ty + 48i) * 64i + kA];
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
    let l109: f32 = t109[(row0 + ty) * 176i + (col0 + tx)];
    let v358: f32 = acc0_0 * l109;
    t358[(row0 + ty) * 176i + (col0 + tx)] = v358;
    let l110: f32 = t110[(row0 + ty) * 176i + (col0 + tx)];
    let v357: f32 = acc0_0 * l110;
    let l108: f32 = t108[(row0 + ty) * 176i + (col0 + tx)];
    let v361: f32 = v357 * l108;
    let l107: f32 = t107[(row0 + ty) * 176i + (col0 + tx)];
    let v362: f32 = v357 * l107;
    let v363: f32 = 1.0f - l108;
    let v364: f32 = l108 * v363;
    let v365: f32 = v362 * v364;
    let v366: f32 = v361 + v365;
    t366[(row0 + ty) * 176i + (col0 + tx)] = v366;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l109_1: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v358_1: f32 = acc0_1 * l109_1;
    t358[(row0 + ty) * 176i + (col0 + tx) + 16i] = v358_1;
    let l110_1: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v357_1: f32 = acc0_1 * l110_1;
    let l108_1: f32 = t108[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v361_1: f32 = v357_1 * l108_1;
    let l107_1: f32 = t107[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v362_1: f32 = v357_1 * l107_1;
    let v363_1: f32 = 1.0f - l108_1;
    let v364_1: f32 = l108_1 * v363_1;
    let v365_1: f32 = v362_1 * v364_1;
    let v366_1: f32 = v361_1 + v365_1;
    t366[(row0 + ty) * 176i + (col0 + tx) + 16i] = v366_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l109_2: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v358_2: f32 = acc0_2 * l109_2;
    t358[(row0 + ty) * 176i + (col0 + tx) + 32i] = v358_2;
    let l110_2: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v357_2: f32 = acc0_2 * l110_2;
    let l108_2: f32 = t108[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v361_2: f32 = v357_2 * l108_2;
    let l107_2: f32 = t107[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v362_2: f32 = v357_2 * l107_2;
    let v363_2: f32 = 1.0f - l108_2;
    let v364_2: f32 = l108_2 * v363_2;
    let v365_2: f32 = v362_2 * v364_2;
    let v366_2: f32 = v361_2 + v365_2;
    t366[(row0 + ty) * 176i + (col0 + tx) + 32i] = v366_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l109_3: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v358_3: f32 = acc0_3 * l109_3;
    t358[(row0 + ty) * 176i + (col0 + tx) + 48i] = v358_3;
    let l110_3: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v357_3: f32 = acc0_3 * l110_3;
    let l108_3: f32 = t108[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v361_3: f32 = v357_3 * l108_3;
    let l107_3: f32 = t107[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v362_3: f32 = v357_3 * l107_3;
    let v363_3: f32 = 1.0f - l108_3;
    let v364_3: f32 = l108_3 * v363_3;
    let v365_3: f32 = v362_3 * v364_3;
    let v366_3: f32 = v361_3 + v365_3;
    t366[(row0 + ty) * 176i + (col0 + tx) + 48i] = v366_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l109_4: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v358_4: f32 = acc1_0 * l109_4;
    t358[(row0 + ty + 16i) * 176i + (col0 + tx)] = v358_4;
    let l110_4: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v357_4: f32 = acc1_0 * l110_4;
    let l108_4: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v361_4: f32 = v357_4 * l108_4;
    let l107_4: f32 = t107[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v362_4: f32 = v357_4 * l107_4;
    let v363_4: f32 = 1.0f - l108_4;
    let v364_4: f32 = l108_4 * v363_4;
    let v365_4: f32 = v362_4 * v364_4;
    let v366_4: f32 = v361_4 + v365_4;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx)] = v366_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l109_5: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v358_5: f32 = acc1_1 * l109_5;
    t358[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v358_5;
    let l110_5: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v357_5: f32 = acc1_1 * l110_5;
    let l108_5: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v361_5: f32 = v357_5 * l108_5;
    let l107_5: f32 = t107[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v362_5: f32 = v357_5 * l107_5;
    let v363_5: f32 = 1.0f - l108_5;
    let v364_5: f32 = l108_5 * v363_5;
    let v365_5: f32 = v362_5 * v364_5;
    let v366_5: f32 = v361_5 + v365_5;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v366_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l109_6: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v358_6: f32 = acc1_2 * l109_6;
    t358[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v358_6;
    let l110_6: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v357_6: f32 = acc1_2 * l110_6;
    let l108_6: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v361_6: f32 = v357_6 * l108_6;
    let l107_6: f32 = t107[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v362_6: f32 = v357_6 * l107_6;
    let v363_6: f32 = 1.0f - l108_6;
    let v364_6: f32 = l108_6 * v363_6;
    let v365_6: f32 = v362_6 * v364_6;
    let v366_6: f32 = v361_6 + v365_6;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v366_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l109_7: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v358_7: f32 = acc1_3 * l109_7;
    t358[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v358_7;
    let l110_7: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v357_7: f32 = acc1_3 * l110_7;
    let l108_7: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v361_7: f32 = v357_7 * l108_7;
    let l107_7: f32 = t107[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v362_7: f32 = v357_7 * l107_7;
    let v363_7: f32 = 1.0f - l108_7;
    let v364_7: f32 = l108_7 * v363_7;
    let v365_7: f32 = v362_7 * v364_7;
    let v366_7: f32 = v361_7 + v365_7;
    t366[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v366_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l109_8: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v358_8: f32 = acc2_0 * l109_8;
    t358[(row0 + ty + 32i) * 176i + (col0 + tx)] = v358_8;
    let l110_8: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v357_8: f32 = acc2_0 * l110_8;
    let l108_8: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v361_8: f32 = v357_8 * l108_8;
    let l107_8: f32 = t107[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v362_8: f32 = v357_8 * l107_8;
    let v363_8: f32 = 1.0f - l108_8;
    let v364_8: f32 = l108_8 * v363_8;
    let v365_8: f32 = v362_8 * v364_8;
    let v366_8: f32 = v361_8 + v365_8;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx)] = v366_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l109_9: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v358_9: f32 = acc2_1 * l109_9;
    t358[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v358_9;
    let l110_9: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v357_9: f32 = acc2_1 * l110_9;
    let l108_9: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v361_9: f32 = v357_9 * l108_9;
    let l107_9: f32 = t107[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v362_9: f32 = v357_9 * l107_9;
    let v363_9: f32 = 1.0f - l108_9;
    let v364_9: f32 = l108_9 * v363_9;
    let v365_9: f32 = v362_9 * v364_9;
    let v366_9: f32 = v361_9 + v365_9;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v366_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l109_10: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v358_10: f32 = acc2_2 * l109_10;
    t358[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v358_10;
    let l110_10: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v357_10: f32 = acc2_2 * l110_10;
    let l108_10: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v361_10: f32 = v357_10 * l108_10;
    let l107_10: f32 = t107[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v362_10: f32 = v357_10 * l107_10;
    let v363_10: f32 = 1.0f - l108_10;
    let v364_10: f32 = l108_10 * v363_10;
    let v365_10: f32 = v362_10 * v364_10;
    let v366_10: f32 = v361_10 + v365_10;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v366_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l109_11: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v358_11: f32 = acc2_3 * l109_11;
    t358[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v358_11;
    let l110_11: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v357_11: f32 = acc2_3 * l110_11;
    let l108_11: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v361_11: f32 = v357_11 * l108_11;
    let l107_11: f32 = t107[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v362_11: f32 = v357_11 * l107_11;
    let v363_11: f32 = 1.0f - l108_11;
    let v364_11: f32 = l108_11 * v363_11;
    let v365_11: f32 = v362_11 * v364_11;
    let v366_11: f32 = v361_11 + v365_11;
    t366[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v366_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l109_12: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v358_12: f32 = acc3_0 * l109_12;
    t358[(row0 + ty + 48i) * 176i + (col0 + tx)] = v358_12;
    let l110_12: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v357_12: f32 = acc3_0 * l110_12;
    let l108_12: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v361_12: f32 = v357_12 * l108_12;
    let l107_12: f32 = t107[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v362_12: f32 = v357_12 * l107_12;
    let v363_12: f32 = 1.0f - l108_12;
    let v364_12: f32 = l108_12 * v363_12;
    let v365_12: f32 = v362_12 * v364_12;
    let v366_12: f32 = v361_12 + v365_12;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx)] = v366_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l109_13: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v358_13: f32 = acc3_1 * l109_13;
    t358[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v358_13;
    let l110_13: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v357_13: f32 = acc3_1 * l110_13;
    let l108_13: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v361_13: f32 = v357_13 * l108_13;
    let l107_13: f32 = t107[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v362_13: f32 = v357_13 * l107_13;
    let v363_13: f32 = 1.0f - l108_13;
    let v364_13: f32 = l108_13 * v363_13;
    let v365_13: f32 = v362_13 * v364_13;
    let v366_13: f32 = v361_13 + v365_13;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v366_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l109_14: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v358_14: f32 = acc3_2 * l109_14;
    t358[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v358_14;
    let l110_14: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v357_14: f32 = acc3_2 * l110_14;
    let l108_14: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v361_14: f32 = v357_14 * l108_14;
    let l107_14: f32 = t107[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v362_14: f32 = v357_14 * l107_14;
    let v363_14: f32 = 1.0f - l108_14;
    let v364_14: f32 = l108_14 * v363_14;
    let v365_14: f32 = v362_14 * v364_14;
    let v366_14: f32 = v361_14 + v365_14;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v366_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l109_15: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v358_15: f32 = acc3_3 * l109_15;
    t358[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v358_15;
    let l110_15: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v357_15: f32 = acc3_3 * l110_15;
    let l108_15: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v361_15: f32 = v357_15 * l108_15;
    let l107_15: f32 = t107[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v362_15: f32 = v357_15 * l107_15;
    let v363_15: f32 = 1.0f - l108_15;
    let v364_15: f32 = l108_15 * v363_15;
    let v365_15: f32 = v362_15 * v364_15;
    let v366_15: f32 = v361_15 + v365_15;
    t366[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v366_15;
  }
}
