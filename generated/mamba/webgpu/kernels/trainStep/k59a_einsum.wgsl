// kernel k59a_einsum
@group(0) @binding(0) var<storage, read> t379: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mixer_x_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t351: array<f32>;
@group(0) @binding(3) var<storage, read> t68: array<f32>;
@group(0) @binding(4) var<storage, read> t67: array<f32>;
@group(0) @binding(5) var<storage, read_write> t388: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_mixer_conv_w: array<f32>;
@group(0) @binding(7) var<storage, read_write> t389: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k59a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 3i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 36i) {
      tileA[tx * 64i + ty] = t379[(row0 + ty) * 36i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 36i) {
      tileA[tx * 64i + ty + 16i] = t379[(row0 + ty + 16i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 36i) {
      tileA[tx * 64i + ty + 32i] = t379[(row0 + ty + 32i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 36i) {
      tileA[tx * 64i + ty + 48i] = t379[(row0 + ty + 48i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 36i && col0 + bN < 128i) {
      tileB[bRow * 64i + bN] = p_layers_0_mixer_x_proj_w[bK + (col0 + bN) * 36i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 36i && col0 + bN < 128i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mixer_x_proj_w[bK + 4i + (col0 + bN) * 36i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 36i && col0 + bN < 128i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mixer_x_proj_w[bK + 8i + (col0 + bN) * 36i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 36i && col0 + bN < 128i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mixer_x_proj_w[bK + 12i + (col0 + bN) * 36i];
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
  if (row0 + ty < 1024i && col0 + tx < 128i) {
    let l363: f32 = t351[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx)];
    let v382: f32 = l363 + acc0_0;
    let l68: f32 = t68[(row0 + ty) * 128i + (col0 + tx)];
    let v383: f32 = v382 * l68;
    let l67: f32 = t67[(row0 + ty) * 128i + (col0 + tx)];
    let v384: f32 = v382 * l67;
    let v385: f32 = 1.0f - l68;
    let v386: f32 = l68 * v385;
    let v387: f32 = v384 * v386;
    let v388: f32 = v383 + v387;
    t388[(row0 + ty) * 128i + (col0 + tx)] = v388;
    let l65: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v389: f32 = v388 * l65;
    t389[(row0 + ty) * 128i + (col0 + tx)] = v389;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 128i) {
    let l363_1: f32 = t351[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 16i];
    let v382_1: f32 = l363_1 + acc0_1;
    let l68_1: f32 = t68[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v383_1: f32 = v382_1 * l68_1;
    let l67_1: f32 = t67[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v384_1: f32 = v382_1 * l67_1;
    let v385_1: f32 = 1.0f - l68_1;
    let v386_1: f32 = l68_1 * v385_1;
    let v387_1: f32 = v384_1 * v386_1;
    let v388_1: f32 = v383_1 + v387_1;
    t388[(row0 + ty) * 128i + (col0 + tx) + 16i] = v388_1;
    let l65_1: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v389_1: f32 = v388_1 * l65_1;
    t389[(row0 + ty) * 128i + (col0 + tx) + 16i] = v389_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 128i) {
    let l363_2: f32 = t351[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 32i];
    let v382_2: f32 = l363_2 + acc0_2;
    let l68_2: f32 = t68[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v383_2: f32 = v382_2 * l68_2;
    let l67_2: f32 = t67[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v384_2: f32 = v382_2 * l67_2;
    let v385_2: f32 = 1.0f - l68_2;
    let v386_2: f32 = l68_2 * v385_2;
    let v387_2: f32 = v384_2 * v386_2;
    let v388_2: f32 = v383_2 + v387_2;
    t388[(row0 + ty) * 128i + (col0 + tx) + 32i] = v388_2;
    let l65_2: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v389_2: f32 = v388_2 * l65_2;
    t389[(row0 + ty) * 128i + (col0 + tx) + 32i] = v389_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 128i) {
    let l363_3: f32 = t351[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 48i];
    let v382_3: f32 = l363_3 + acc0_3;
    let l68_3: f32 = t68[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v383_3: f32 = v382_3 * l68_3;
    let l67_3: f32 = t67[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v384_3: f32 = v382_3 * l67_3;
    let v385_3: f32 = 1.0f - l68_3;
    let v386_3: f32 = l68_3 * v385_3;
    let v387_3: f32 = v384_3 * v386_3;
    let v388_3: f32 = v383_3 + v387_3;
    t388[(row0 + ty) * 128i + (col0 + tx) + 48i] = v388_3;
    let l65_3: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v389_3: f32 = v388_3 * l65_3;
    t389[(row0 + ty) * 128i + (col0 + tx) + 48i] = v389_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 128i) {
    let l363_4: f32 = t351[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx)];
    let v382_4: f32 = l363_4 + acc1_0;
    let l68_4: f32 = t68[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v383_4: f32 = v382_4 * l68_4;
    let l67_4: f32 = t67[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v384_4: f32 = v382_4 * l67_4;
    let v385_4: f32 = 1.0f - l68_4;
    let v386_4: f32 = l68_4 * v385_4;
    let v387_4: f32 = v384_4 * v386_4;
    let v388_4: f32 = v383_4 + v387_4;
    t388[(row0 + ty + 16i) * 128i + (col0 + tx)] = v388_4;
    let l65_4: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v389_4: f32 = v388_4 * l65_4;
    t389[(row0 + ty + 16i) * 128i + (col0 + tx)] = v389_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 128i) {
    let l363_5: f32 = t351[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 16i];
    let v382_5: f32 = l363_5 + acc1_1;
    let l68_5: f32 = t68[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v383_5: f32 = v382_5 * l68_5;
    let l67_5: f32 = t67[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v384_5: f32 = v382_5 * l67_5;
    let v385_5: f32 = 1.0f - l68_5;
    let v386_5: f32 = l68_5 * v385_5;
    let v387_5: f32 = v384_5 * v386_5;
    let v388_5: f32 = v383_5 + v387_5;
    t388[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v388_5;
    let l65_5: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v389_5: f32 = v388_5 * l65_5;
    t389[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v389_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 128i) {
    let l363_6: f32 = t351[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 32i];
    let v382_6: f32 = l363_6 + acc1_2;
    let l68_6: f32 = t68[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v383_6: f32 = v382_6 * l68_6;
    let l67_6: f32 = t67[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v384_6: f32 = v382_6 * l67_6;
    let v385_6: f32 = 1.0f - l68_6;
    let v386_6: f32 = l68_6 * v385_6;
    let v387_6: f32 = v384_6 * v386_6;
    let v388_6: f32 = v383_6 + v387_6;
    t388[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v388_6;
    let l65_6: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v389_6: f32 = v388_6 * l65_6;
    t389[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v389_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 128i) {
    let l363_7: f32 = t351[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 48i];
    let v382_7: f32 = l363_7 + acc1_3;
    let l68_7: f32 = t68[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v383_7: f32 = v382_7 * l68_7;
    let l67_7: f32 = t67[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v384_7: f32 = v382_7 * l67_7;
    let v385_7: f32 = 1.0f - l68_7;
    let v386_7: f32 = l68_7 * v385_7;
    let v387_7: f32 = v384_7 * v386_7;
    let v388_7: f32 = v383_7 + v387_7;
    t388[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v388_7;
    let l65_7: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v389_7: f32 = v388_7 * l65_7;
    t389[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v389_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 128i) {
    let l363_8: f32 = t351[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx)];
    let v382_8: f32 = l363_8 + acc2_0;
    let l68_8: f32 = t68[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v383_8: f32 = v382_8 * l68_8;
    let l67_8: f32 = t67[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v384_8: f32 = v382_8 * l67_8;
    let v385_8: f32 = 1.0f - l68_8;
    let v386_8: f32 = l68_8 * v385_8;
    let v387_8: f32 = v384_8 * v386_8;
    let v388_8: f32 = v383_8 + v387_8;
    t388[(row0 + ty + 32i) * 128i + (col0 + tx)] = v388_8;
    let l65_8: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v389_8: f32 = v388_8 * l65_8;
    t389[(row0 + ty + 32i) * 128i + (col0 + tx)] = v389_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 128i) {
    let l363_9: f32 = t351[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 16i];
    let v382_9: f32 = l363_9 + acc2_1;
    let l68_9: f32 = t68[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v383_9: f32 = v382_9 * l68_9;
    let l67_9: f32 = t67[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v384_9: f32 = v382_9 * l67_9;
    let v385_9: f32 = 1.0f - l68_9;
    let v386_9: f32 = l68_9 * v385_9;
    let v387_9: f32 = v384_9 * v386_9;
    let v388_9: f32 = v383_9 + v387_9;
    t388[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v388_9;
    let l65_9: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v389_9: f32 = v388_9 * l65_9;
    t389[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v389_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 128i) {
    let l363_10: f32 = t351[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 32i];
    let v382_10: f32 = l363_10 + acc2_2;
    let l68_10: f32 = t68[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v383_10: f32 = v382_10 * l68_10;
    let l67_10: f32 = t67[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v384_10: f32 = v382_10 * l67_10;
    let v385_10: f32 = 1.0f - l68_10;
    let v386_10: f32 = l68_10 * v385_10;
    let v387_10: f32 = v384_10 * v386_10;
    let v388_10: f32 = v383_10 + v387_10;
    t388[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v388_10;
    let l65_10: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v389_10: f32 = v388_10 * l65_10;
    t389[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v389_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 128i) {
    let l363_11: f32 = t351[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 48i];
    let v382_11: f32 = l363_11 + acc2_3;
    let l68_11: f32 = t68[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v383_11: f32 = v382_11 * l68_11;
    let l67_11: f32 = t67[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v384_11: f32 = v382_11 * l67_11;
    let v385_11: f32 = 1.0f - l68_11;
    let v386_11: f32 = l68_11 * v385_11;
    let v387_11: f32 = v384_11 * v386_11;
    let v388_11: f32 = v383_11 + v387_11;
    t388[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v388_11;
    let l65_11: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v389_11: f32 = v388_11 * l65_11;
    t389[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v389_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 128i) {
    let l363_12: f32 = t351[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx)];
    let v382_12: f32 = l363_12 + acc3_0;
    let l68_12: f32 = t68[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v383_12: f32 = v382_12 * l68_12;
    let l67_12: f32 = t67[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v384_12: f32 = v382_12 * l67_12;
    let v385_12: f32 = 1.0f - l68_12;
    let v386_12: f32 = l68_12 * v385_12;
    let v387_12: f32 = v384_12 * v386_12;
    let v388_12: f32 = v383_12 + v387_12;
    t388[(row0 + ty + 48i) * 128i + (col0 + tx)] = v388_12;
    let l65_12: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v389_12: f32 = v388_12 * l65_12;
    t389[(row0 + ty + 48i) * 128i + (col0 + tx)] = v389_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 128i) {
    let l363_13: f32 = t351[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 16i];
    let v382_13: f32 = l363_13 + acc3_1;
    let l68_13: f32 = t68[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v383_13: f32 = v382_13 * l68_13;
    let l67_13: f32 = t67[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v384_13: f32 = v382_13 * l67_13;
    let v385_13: f32 = 1.0f - l68_13;
    let v386_13: f32 = l68_13 * v385_13;
    let v387_13: f32 = v384_13 * v386_13;
    let v388_13: f32 = v383_13 + v387_13;
    t388[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v388_13;
    let l65_13: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v389_13: f32 = v388_13 * l65_13;
    t389[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v389_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 128i) {
    let l363_14: f32 = t351[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 32i];
    let v382_14: f32 = l363_14 + acc3_2;
    let l68_14: f32 = t68[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v383_14: f32 = v382_14 * l68_14;
    let l67_14: f32 = t67[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v384_14: f32 = v382_14 * l67_14;
    let v385_14: f32 = 1.0f - l68_14;
    let v386_14: f32 = l68_14 * v385_14;
    let v387_14: f32 = v384_14 * v386_14;
    let v388_14: f32 = v383_14 + v387_14;
    t388[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v388_14;
    let l65_14: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v389_14: f32 = v388_14 * l65_14;
    t389[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v389_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 128i) {
    let l363_15: f32 = t351[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 48i];
    let v382_15: f32 = l363_15 + acc3_3;
    let l68_15: f32 = t68[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v383_15: f32 = v382_15 * l68_15;
    let l67_15: f32 = t67[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v384_15: f32 = v382_15 * l67_15;
    let v385_15: f32 = 1.0f - l68_15;
    let v386_15: f32 = l68_15 * v385_15;
    let v387_15: f32 = v384_15 * v386_15;
    let v388_15: f32 = v383_15 + v387_15;
    t388[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v388_15;
    let l65_15: f32 = p_layers_0_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v389_15: f32 = v388_15 * l65_15;
    t389[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v389_15;
  }
}
