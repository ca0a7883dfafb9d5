// kernel k67_einsum
@group(0) @binding(0) var<storage, read> t380: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t110: array<f32>;
@group(0) @binding(3) var<storage, read_write> t384: array<f32>;
@group(0) @binding(4) var<storage, read> t111: array<f32>;
@group(0) @binding(5) var<storage, read> t109: array<f32>;
@group(0) @binding(6) var<storage, read> t108: array<f32>;
@group(0) @binding(7) var<storage, read_write> t392: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k67_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t380[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t380[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t380[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t380[(row0 + ty + 48i) * 64i + kA];
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
    let l110: f32 = t110[(row0 + ty) * 176i + (col0 + tx)];
    let v384: f32 = acc0_0 * l110;
    t384[(row0 + ty) * 176i + (col0 + tx)] = v384;
    let l111: f32 = t111[(row0 + ty) * 176i + (col0 + tx)];
    let v383: f32 = acc0_0 * l111;
    let l109: f32 = t109[(row0 + ty) * 176i + (col0 + tx)];
    let v387: f32 = v383 * l109;
    let l108: f32 = t108[(row0 + ty) * 176i + (col0 + tx)];
    let v388: f32 = v383 * l108;
    let v389: f32 = 1.0f - l109;
    let v390: f32 = l109 * v389;
    let v391: f32 = v388 * v390;
    let v392: f32 = v387 + v391;
    t392[(row0 + ty) * 176i + (col0 + tx)] = v392;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l110_1: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v384_1: f32 = acc0_1 * l110_1;
    t384[(row0 + ty) * 176i + (col0 + tx) + 16i] = v384_1;
    let l111_1: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v383_1: f32 = acc0_1 * l111_1;
    let l109_1: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v387_1: f32 = v383_1 * l109_1;
    let l108_1: f32 = t108[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v388_1: f32 = v383_1 * l108_1;
    let v389_1: f32 = 1.0f - l109_1;
    let v390_1: f32 = l109_1 * v389_1;
    let v391_1: f32 = v388_1 * v390_1;
    let v392_1: f32 = v387_1 + v391_1;
    t392[(row0 + ty) * 176i + (col0 + tx) + 16i] = v392_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l110_2: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v384_2: f32 = acc0_2 * l110_2;
    t384[(row0 + ty) * 176i + (col0 + tx) + 32i] = v384_2;
    let l111_2: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v383_2: f32 = acc0_2 * l111_2;
    let l109_2: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v387_2: f32 = v383_2 * l109_2;
    let l108_2: f32 = t108[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v388_2: f32 = v383_2 * l108_2;
    let v389_2: f32 = 1.0f - l109_2;
    let v390_2: f32 = l109_2 * v389_2;
    let v391_2: f32 = v388_2 * v390_2;
    let v392_2: f32 = v387_2 + v391_2;
    t392[(row0 + ty) * 176i + (col0 + tx) + 32i] = v392_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l110_3: f32 = t110[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v384_3: f32 = acc0_3 * l110_3;
    t384[(row0 + ty) * 176i + (col0 + tx) + 48i] = v384_3;
    let l111_3: f32 = t111[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v383_3: f32 = acc0_3 * l111_3;
    let l109_3: f32 = t109[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v387_3: f32 = v383_3 * l109_3;
    let l108_3: f32 = t108[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v388_3: f32 = v383_3 * l108_3;
    let v389_3: f32 = 1.0f - l109_3;
    let v390_3: f32 = l109_3 * v389_3;
    let v391_3: f32 = v388_3 * v390_3;
    let v392_3: f32 = v387_3 + v391_3;
    t392[(row0 + ty) * 176i + (col0 + tx) + 48i] = v392_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l110_4: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v384_4: f32 = acc1_0 * l110_4;
    t384[(row0 + ty + 16i) * 176i + (col0 + tx)] = v384_4;
    let l111_4: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v383_4: f32 = acc1_0 * l111_4;
    let l109_4: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v387_4: f32 = v383_4 * l109_4;
    let l108_4: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v388_4: f32 = v383_4 * l108_4;
    let v389_4: f32 = 1.0f - l109_4;
    let v390_4: f32 = l109_4 * v389_4;
    let v391_4: f32 = v388_4 * v390_4;
    let v392_4: f32 = v387_4 + v391_4;
    t392[(row0 + ty + 16i) * 176i + (col0 + tx)] = v392_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l110_5: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v384_5: f32 = acc1_1 * l110_5;
    t384[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v384_5;
    let l111_5: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v383_5: f32 = acc1_1 * l111_5;
    let l109_5: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v387_5: f32 = v383_5 * l109_5;
    let l108_5: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v388_5: f32 = v383_5 * l108_5;
    let v389_5: f32 = 1.0f - l109_5;
    let v390_5: f32 = l109_5 * v389_5;
    let v391_5: f32 = v388_5 * v390_5;
    let v392_5: f32 = v387_5 + v391_5;
    t392[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v392_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l110_6: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v384_6: f32 = acc1_2 * l110_6;
    t384[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v384_6;
    let l111_6: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v383_6: f32 = acc1_2 * l111_6;
    let l109_6: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v387_6: f32 = v383_6 * l109_6;
    let l108_6: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v388_6: f32 = v383_6 * l108_6;
    let v389_6: f32 = 1.0f - l109_6;
    let v390_6: f32 = l109_6 * v389_6;
    let v391_6: f32 = v388_6 * v390_6;
    let v392_6: f32 = v387_6 + v391_6;
    t392[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v392_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l110_7: f32 = t110[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v384_7: f32 = acc1_3 * l110_7;
    t384[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v384_7;
    let l111_7: f32 = t111[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v383_7: f32 = acc1_3 * l111_7;
    let l109_7: f32 = t109[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v387_7: f32 = v383_7 * l109_7;
    let l108_7: f32 = t108[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v388_7: f32 = v383_7 * l108_7;
    let v389_7: f32 = 1.0f - l109_7;
    let v390_7: f32 = l109_7 * v389_7;
    let v391_7: f32 = v388_7 * v390_7;
    let v392_7: f32 = v387_7 + v391_7;
    t392[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v392_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l110_8: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v384_8: f32 = acc2_0 * l110_8;
    t384[(row0 + ty + 32i) * 176i + (col0 + tx)] = v384_8;
    let l111_8: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v383_8: f32 = acc2_0 * l111_8;
    let l109_8: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v387_8: f32 = v383_8 * l109_8;
    let l108_8: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v388_8: f32 = v383_8 * l108_8;
    let v389_8: f32 = 1.0f - l109_8;
    let v390_8: f32 = l109_8 * v389_8;
    let v391_8: f32 = v388_8 * v390_8;
    let v392_8: f32 = v387_8 + v391_8;
    t392[(row0 + ty + 32i) * 176i + (col0 + tx)] = v392_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l110_9: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v384_9: f32 = acc2_1 * l110_9;
    t384[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v384_9;
    let l111_9: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v383_9: f32 = acc2_1 * l111_9;
    let l109_9: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v387_9: f32 = v383_9 * l109_9;
    let l108_9: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v388_9: f32 = v383_9 * l108_9;
    let v389_9: f32 = 1.0f - l109_9;
    let v390_9: f32 = l109_9 * v389_9;
    let v391_9: f32 = v388_9 * v390_9;
    let v392_9: f32 = v387_9 + v391_9;
    t392[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v392_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l110_10: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v384_10: f32 = acc2_2 * l110_10;
    t384[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v384_10;
    let l111_10: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v383_10: f32 = acc2_2 * l111_10;
    let l109_10: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v387_10: f32 = v383_10 * l109_10;
    let l108_10: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v388_10: f32 = v383_10 * l108_10;
    let v389_10: f32 = 1.0f - l109_10;
    let v390_10: f32 = l109_10 * v389_10;
    let v391_10: f32 = v388_10 * v390_10;
    let v392_10: f32 = v387_10 + v391_10;
    t392[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v392_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l110_11: f32 = t110[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v384_11: f32 = acc2_3 * l110_11;
    t384[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v384_11;
    let l111_11: f32 = t111[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v383_11: f32 = acc2_3 * l111_11;
    let l109_11: f32 = t109[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v387_11: f32 = v383_11 * l109_11;
    let l108_11: f32 = t108[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v388_11: f32 = v383_11 * l108_11;
    let v389_11: f32 = 1.0f - l109_11;
    let v390_11: f32 = l109_11 * v389_11;
    let v391_11: f32 = v388_11 * v390_11;
    let v392_11: f32 = v387_11 + v391_11;
    t392[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v392_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l110_12: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v384_12: f32 = acc3_0 * l110_12;
    t384[(row0 + ty + 48i) * 176i + (col0 + tx)] = v384_12;
    let l111_12: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v383_12: f32 = acc3_0 * l111_12;
    let l109_12: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v387_12: f32 = v383_12 * l109_12;
    let l108_12: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v388_12: f32 = v383_12 * l108_12;
    let v389_12: f32 = 1.0f - l109_12;
    let v390_12: f32 = l109_12 * v389_12;
    let v391_12: f32 = v388_12 * v390_12;
    let v392_12: f32 = v387_12 + v391_12;
    t392[(row0 + ty + 48i) * 176i + (col0 + tx)] = v392_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l110_13: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v384_13: f32 = acc3_1 * l110_13;
    t384[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v384_13;
    let l111_13: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v383_13: f32 = acc3_1 * l111_13;
    let l109_13: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v387_13: f32 = v383_13 * l109_13;
    let l108_13: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v388_13: f32 = v383_13 * l108_13;
    let v389_13: f32 = 1.0f - l109_13;
    let v390_13: f32 = l109_13 * v389_13;
    let v391_13: f32 = v388_13 * v390_13;
    let v392_13: f32 = v387_13 + v391_13;
    t392[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v392_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l110_14: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v384_14: f32 = acc3_2 * l110_14;
    t384[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v384_14;
    let l111_14: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v383_14: f32 = acc3_2 * l111_14;
    let l109_14: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v387_14: f32 = v383_14 * l109_14;
    let l108_14: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v388_14: f32 = v383_14 * l108_14;
    let v389_14: f32 = 1.0f - l109_14;
    let v390_14: f32 = l109_14 * v389_14;
    let v391_14: f32 = v388_14 * v390_14;
    let v392_14: f32 = v387_14 + v391_14;
    t392[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v392_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l110_15: f32 = t110[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v384_15: f32 = acc3_3 * l110_15;
    t384[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v384_15;
    let l111_15: f32 = t111[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v383_15: f32 = acc3_3 * l111_15;
    let l109_15: f32 = t109[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v387_15: f32 = v383_15 * l109_15;
    let l108_15: f32 = t108[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v388_15: f32 = v383_15 * l108_15;
    let v389_15: f32 = 1.0f - l109_15;
    let v390_15: f32 = l109_15 * v389_15;
    let v391_15: f32 = v388_15 * v390_15;
    let v392_15: f32 = v387_15 + v391_15;
    t392[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v392_15;
  }
}
