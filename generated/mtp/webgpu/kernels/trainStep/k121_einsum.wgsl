// kernel k121_einsum
@group(0) @binding(0) var<storage, read> t668: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_2_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t413: array<f32>;
@group(0) @binding(3) var<storage, read_write> t785: array<f32>;
@group(0) @binding(4) var<storage, read> t414: array<f32>;
@group(0) @binding(5) var<storage, read> t412: array<f32>;
@group(0) @binding(6) var<storage, read> t411: array<f32>;
@group(0) @binding(7) var<storage, read_write> t793: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k121_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t668[128i + (row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t668[128i + (row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t668[128i + (row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t668[128i + (row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_2_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_2_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_2_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_2_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l413: f32 = t413[(row0 + ty) * 176i + (col0 + tx)];
    let v785: f32 = acc0_0 * l413;
    t785[(row0 + ty) * 176i + (col0 + tx)] = v785;
    let l414: f32 = t414[(row0 + ty) * 176i + (col0 + tx)];
    let v784: f32 = acc0_0 * l414;
    let l412: f32 = t412[(row0 + ty) * 176i + (col0 + tx)];
    let v788: f32 = v784 * l412;
    let l411: f32 = t411[(row0 + ty) * 176i + (col0 + tx)];
    let v789: f32 = v784 * l411;
    let v790: f32 = 1.0f - l412;
    let v791: f32 = l412 * v790;
    let v792: f32 = v789 * v791;
    let v793: f32 = v788 + v792;
    t793[(row0 + ty) * 176i + (col0 + tx)] = v793;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l413_1: f32 = t413[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v785_1: f32 = acc0_1 * l413_1;
    t785[(row0 + ty) * 176i + (col0 + tx) + 16i] = v785_1;
    let l414_1: f32 = t414[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v784_1: f32 = acc0_1 * l414_1;
    let l412_1: f32 = t412[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v788_1: f32 = v784_1 * l412_1;
    let l411_1: f32 = t411[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v789_1: f32 = v784_1 * l411_1;
    let v790_1: f32 = 1.0f - l412_1;
    let v791_1: f32 = l412_1 * v790_1;
    let v792_1: f32 = v789_1 * v791_1;
    let v793_1: f32 = v788_1 + v792_1;
    t793[(row0 + ty) * 176i + (col0 + tx) + 16i] = v793_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l413_2: f32 = t413[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v785_2: f32 = acc0_2 * l413_2;
    t785[(row0 + ty) * 176i + (col0 + tx) + 32i] = v785_2;
    let l414_2: f32 = t414[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v784_2: f32 = acc0_2 * l414_2;
    let l412_2: f32 = t412[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v788_2: f32 = v784_2 * l412_2;
    let l411_2: f32 = t411[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v789_2: f32 = v784_2 * l411_2;
    let v790_2: f32 = 1.0f - l412_2;
    let v791_2: f32 = l412_2 * v790_2;
    let v792_2: f32 = v789_2 * v791_2;
    let v793_2: f32 = v788_2 + v792_2;
    t793[(row0 + ty) * 176i + (col0 + tx) + 32i] = v793_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l413_3: f32 = t413[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v785_3: f32 = acc0_3 * l413_3;
    t785[(row0 + ty) * 176i + (col0 + tx) + 48i] = v785_3;
    let l414_3: f32 = t414[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v784_3: f32 = acc0_3 * l414_3;
    let l412_3: f32 = t412[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v788_3: f32 = v784_3 * l412_3;
    let l411_3: f32 = t411[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v789_3: f32 = v784_3 * l411_3;
    let v790_3: f32 = 1.0f - l412_3;
    let v791_3: f32 = l412_3 * v790_3;
    let v792_3: f32 = v789_3 * v791_3;
    let v793_3: f32 = v788_3 + v792_3;
    t793[(row0 + ty) * 176i + (col0 + tx) + 48i] = v793_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l413_4: f32 = t413[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v785_4: f32 = acc1_0 * l413_4;
    t785[(row0 + ty + 16i) * 176i + (col0 + tx)] = v785_4;
    let l414_4: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v784_4: f32 = acc1_0 * l414_4;
    let l412_4: f32 = t412[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v788_4: f32 = v784_4 * l412_4;
    let l411_4: f32 = t411[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v789_4: f32 = v784_4 * l411_4;
    let v790_4: f32 = 1.0f - l412_4;
    let v791_4: f32 = l412_4 * v790_4;
    let v792_4: f32 = v789_4 * v791_4;
    let v793_4: f32 = v788_4 + v792_4;
    t793[(row0 + ty + 16i) * 176i + (col0 + tx)] = v793_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l413_5: f32 = t413[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v785_5: f32 = acc1_1 * l413_5;
    t785[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v785_5;
    let l414_5: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v784_5: f32 = acc1_1 * l414_5;
    let l412_5: f32 = t412[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v788_5: f32 = v784_5 * l412_5;
    let l411_5: f32 = t411[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v789_5: f32 = v784_5 * l411_5;
    let v790_5: f32 = 1.0f - l412_5;
    let v791_5: f32 = l412_5 * v790_5;
    let v792_5: f32 = v789_5 * v791_5;
    let v793_5: f32 = v788_5 + v792_5;
    t793[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v793_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l413_6: f32 = t413[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v785_6: f32 = acc1_2 * l413_6;
    t785[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v785_6;
    let l414_6: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v784_6: f32 = acc1_2 * l414_6;
    let l412_6: f32 = t412[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v788_6: f32 = v784_6 * l412_6;
    let l411_6: f32 = t411[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v789_6: f32 = v784_6 * l411_6;
    let v790_6: f32 = 1.0f - l412_6;
    let v791_6: f32 = l412_6 * v790_6;
    let v792_6: f32 = v789_6 * v791_6;
    let v793_6: f32 = v788_6 + v792_6;
    t793[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v793_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l413_7: f32 = t413[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v785_7: f32 = acc1_3 * l413_7;
    t785[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v785_7;
    let l414_7: f32 = t414[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v784_7: f32 = acc1_3 * l414_7;
    let l412_7: f32 = t412[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v788_7: f32 = v784_7 * l412_7;
    let l411_7: f32 = t411[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v789_7: f32 = v784_7 * l411_7;
    let v790_7: f32 = 1.0f - l412_7;
    let v791_7: f32 = l412_7 * v790_7;
    let v792_7: f32 = v789_7 * v791_7;
    let v793_7: f32 = v788_7 + v792_7;
    t793[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v793_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l413_8: f32 = t413[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v785_8: f32 = acc2_0 * l413_8;
    t785[(row0 + ty + 32i) * 176i + (col0 + tx)] = v785_8;
    let l414_8: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v784_8: f32 = acc2_0 * l414_8;
    let l412_8: f32 = t412[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v788_8: f32 = v784_8 * l412_8;
    let l411_8: f32 = t411[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v789_8: f32 = v784_8 * l411_8;
    let v790_8: f32 = 1.0f - l412_8;
    let v791_8: f32 = l412_8 * v790_8;
    let v792_8: f32 = v789_8 * v791_8;
    let v793_8: f32 = v788_8 + v792_8;
    t793[(row0 + ty + 32i) * 176i + (col0 + tx)] = v793_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l413_9: f32 = t413[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v785_9: f32 = acc2_1 * l413_9;
    t785[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v785_9;
    let l414_9: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v784_9: f32 = acc2_1 * l414_9;
    let l412_9: f32 = t412[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v788_9: f32 = v784_9 * l412_9;
    let l411_9: f32 = t411[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v789_9: f32 = v784_9 * l411_9;
    let v790_9: f32 = 1.0f - l412_9;
    let v791_9: f32 = l412_9 * v790_9;
    let v792_9: f32 = v789_9 * v791_9;
    let v793_9: f32 = v788_9 + v792_9;
    t793[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v793_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l413_10: f32 = t413[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v785_10: f32 = acc2_2 * l413_10;
    t785[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v785_10;
    let l414_10: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v784_10: f32 = acc2_2 * l414_10;
    let l412_10: f32 = t412[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v788_10: f32 = v784_10 * l412_10;
    let l411_10: f32 = t411[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v789_10: f32 = v784_10 * l411_10;
    let v790_10: f32 = 1.0f - l412_10;
    let v791_10: f32 = l412_10 * v790_10;
    let v792_10: f32 = v789_10 * v791_10;
    let v793_10: f32 = v788_10 + v792_10;
    t793[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v793_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l413_11: f32 = t413[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v785_11: f32 = acc2_3 * l413_11;
    t785[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v785_11;
    let l414_11: f32 = t414[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v784_11: f32 = acc2_3 * l414_11;
    let l412_11: f32 = t412[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v788_11: f32 = v784_11 * l412_11;
    let l411_11: f32 = t411[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v789_11: f32 = v784_11 * l411_11;
    let v790_11: f32 = 1.0f - l412_11;
    let v791_11: f32 = l412_11 * v790_11;
    let v792_11: f32 = v789_11 * v791_11;
    let v793_11: f32 = v788_11 + v792_11;
    t793[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v793_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l413_12: f32 = t413[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v785_12: f32 = acc3_0 * l413_12;
    t785[(row0 + ty + 48i) * 176i + (col0 + tx)] = v785_12;
    let l414_12: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v784_12: f32 = acc3_0 * l414_12;
    let l412_12: f32 = t412[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v788_12: f32 = v784_12 * l412_12;
    let l411_12: f32 = t411[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v789_12: f32 = v784_12 * l411_12;
    let v790_12: f32 = 1.0f - l412_12;
    let v791_12: f32 = l412_12 * v790_12;
    let v792_12: f32 = v789_12 * v791_12;
    let v793_12: f32 = v788_12 + v792_12;
    t793[(row0 + ty + 48i) * 176i + (col0 + tx)] = v793_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l413_13: f32 = t413[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v785_13: f32 = acc3_1 * l413_13;
    t785[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v785_13;
    let l414_13: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v784_13: f32 = acc3_1 * l414_13;
    let l412_13: f32 = t412[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v788_13: f32 = v784_13 * l412_13;
    let l411_13: f32 = t411[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v789_13: f32 = v784_13 * l411_13;
    let v790_13: f32 = 1.0f - l412_13;
    let v791_13: f32 = l412_13 * v790_13;
    let v792_13: f32 = v789_13 * v791_13;
    let v793_13: f32 = v788_13 + v792_13;
    t793[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v793_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l413_14: f32 = t413[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v785_14: f32 = acc3_2 * l413_14;
    t785[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v785_14;
    let l414_14: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v784_14: f32 = acc3_2 * l414_14;
    let l412_14: f32 = t412[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v788_14: f32 = v784_14 * l412_14;
    let l411_14: f32 = t411[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v789_14: f32 = v784_14 * l411_14;
    let v790_14: f32 = 1.0f - l412_14;
    let v791_14: f32 = l412_14 * v790_14;
    let v792_14: f32 = v789_14 * v791_14;
    let v793_14: f32 = v788_14 + v792_14;
    t793[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v793_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l413_15: f32 = t413[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v785_15: f32 = acc3_3 * l413_15;
    t785[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v785_15;
    let l414_15: f32 = t414[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v784_15: f32 = acc3_3 * l414_15;
    let l412_15: f32 = t412[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v788_15: f32 = v784_15 * l412_15;
    let l411_15: f32 = t411[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v789_15: f32 = v784_15 * l411_15;
    let v790_15: f32 = 1.0f - l412_15;
    let v791_15: f32 = l412_15 * v790_15;
    let v792_15: f32 = v789_15 * v791_15;
    let v793_15: f32 = v788_15 + v792_15;
    t793[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v793_15;
  }
}
