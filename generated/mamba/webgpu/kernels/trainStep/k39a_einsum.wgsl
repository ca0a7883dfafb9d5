// kernel k39a_einsum
@group(0) @binding(0) var<storage, read> t269: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mixer_x_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t241: array<f32>;
@group(0) @binding(3) var<storage, read> t132: array<f32>;
@group(0) @binding(4) var<storage, read> t131: array<f32>;
@group(0) @binding(5) var<storage, read_write> t278: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_1_mixer_conv_w: array<f32>;
@group(0) @binding(7) var<storage, read_write> t279: array<f32>;
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
  for (var t: i32 = 0i; t < 3i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 36i) {
      tileA[tx * 64i + ty] = t269[(row0 + ty) * 36i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 36i) {
      tileA[tx * 64i + ty + 16i] = t269[(row0 + ty + 16i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 36i) {
      tileA[tx * 64i + ty + 32i] = t269[(row0 + ty + 32i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 36i) {
      tileA[tx * 64i + ty + 48i] = t269[(row0 + ty + 48i) * 36i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 36i && col0 + bN < 128i) {
      tileB[bRow * 64i + bN] = p_layers_1_mixer_x_proj_w[bK + (col0 + bN) * 36i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 36i && col0 + bN < 128i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mixer_x_proj_w[bK + 4i + (col0 + bN) * 36i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 36i && col0 + bN < 128i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mixer_x_proj_w[bK + 8i + (col0 + bN) * 36i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 36i && col0 + bN < 128i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mixer_x_proj_w[bK + 12i + (col0 + bN) * 36i];
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
    let l253: f32 = t241[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx)];
    let v272: f32 = l253 + acc0_0;
    let l132: f32 = t132[(row0 + ty) * 128i + (col0 + tx)];
    let v273: f32 = v272 * l132;
    let l131: f32 = t131[(row0 + ty) * 128i + (col0 + tx)];
    let v274: f32 = v272 * l131;
    let v275: f32 = 1.0f - l132;
    let v276: f32 = l132 * v275;
    let v277: f32 = v274 * v276;
    let v278: f32 = v273 + v277;
    t278[(row0 + ty) * 128i + (col0 + tx)] = v278;
    let l129: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v279: f32 = v278 * l129;
    t279[(row0 + ty) * 128i + (col0 + tx)] = v279;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 128i) {
    let l253_1: f32 = t241[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 16i];
    let v272_1: f32 = l253_1 + acc0_1;
    let l132_1: f32 = t132[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v273_1: f32 = v272_1 * l132_1;
    let l131_1: f32 = t131[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v274_1: f32 = v272_1 * l131_1;
    let v275_1: f32 = 1.0f - l132_1;
    let v276_1: f32 = l132_1 * v275_1;
    let v277_1: f32 = v274_1 * v276_1;
    let v278_1: f32 = v273_1 + v277_1;
    t278[(row0 + ty) * 128i + (col0 + tx) + 16i] = v278_1;
    let l129_1: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v279_1: f32 = v278_1 * l129_1;
    t279[(row0 + ty) * 128i + (col0 + tx) + 16i] = v279_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 128i) {
    let l253_2: f32 = t241[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 32i];
    let v272_2: f32 = l253_2 + acc0_2;
    let l132_2: f32 = t132[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v273_2: f32 = v272_2 * l132_2;
    let l131_2: f32 = t131[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v274_2: f32 = v272_2 * l131_2;
    let v275_2: f32 = 1.0f - l132_2;
    let v276_2: f32 = l132_2 * v275_2;
    let v277_2: f32 = v274_2 * v276_2;
    let v278_2: f32 = v273_2 + v277_2;
    t278[(row0 + ty) * 128i + (col0 + tx) + 32i] = v278_2;
    let l129_2: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v279_2: f32 = v278_2 * l129_2;
    t279[(row0 + ty) * 128i + (col0 + tx) + 32i] = v279_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 128i) {
    let l253_3: f32 = t241[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 48i];
    let v272_3: f32 = l253_3 + acc0_3;
    let l132_3: f32 = t132[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v273_3: f32 = v272_3 * l132_3;
    let l131_3: f32 = t131[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v274_3: f32 = v272_3 * l131_3;
    let v275_3: f32 = 1.0f - l132_3;
    let v276_3: f32 = l132_3 * v275_3;
    let v277_3: f32 = v274_3 * v276_3;
    let v278_3: f32 = v273_3 + v277_3;
    t278[(row0 + ty) * 128i + (col0 + tx) + 48i] = v278_3;
    let l129_3: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v279_3: f32 = v278_3 * l129_3;
    t279[(row0 + ty) * 128i + (col0 + tx) + 48i] = v279_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 128i) {
    let l253_4: f32 = t241[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx)];
    let v272_4: f32 = l253_4 + acc1_0;
    let l132_4: f32 = t132[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v273_4: f32 = v272_4 * l132_4;
    let l131_4: f32 = t131[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v274_4: f32 = v272_4 * l131_4;
    let v275_4: f32 = 1.0f - l132_4;
    let v276_4: f32 = l132_4 * v275_4;
    let v277_4: f32 = v274_4 * v276_4;
    let v278_4: f32 = v273_4 + v277_4;
    t278[(row0 + ty + 16i) * 128i + (col0 + tx)] = v278_4;
    let l129_4: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v279_4: f32 = v278_4 * l129_4;
    t279[(row0 + ty + 16i) * 128i + (col0 + tx)] = v279_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 128i) {
    let l253_5: f32 = t241[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 16i];
    let v272_5: f32 = l253_5 + acc1_1;
    let l132_5: f32 = t132[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v273_5: f32 = v272_5 * l132_5;
    let l131_5: f32 = t131[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v274_5: f32 = v272_5 * l131_5;
    let v275_5: f32 = 1.0f - l132_5;
    let v276_5: f32 = l132_5 * v275_5;
    let v277_5: f32 = v274_5 * v276_5;
    let v278_5: f32 = v273_5 + v277_5;
    t278[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v278_5;
    let l129_5: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v279_5: f32 = v278_5 * l129_5;
    t279[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v279_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 128i) {
    let l253_6: f32 = t241[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 32i];
    let v272_6: f32 = l253_6 + acc1_2;
    let l132_6: f32 = t132[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v273_6: f32 = v272_6 * l132_6;
    let l131_6: f32 = t131[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v274_6: f32 = v272_6 * l131_6;
    let v275_6: f32 = 1.0f - l132_6;
    let v276_6: f32 = l132_6 * v275_6;
    let v277_6: f32 = v274_6 * v276_6;
    let v278_6: f32 = v273_6 + v277_6;
    t278[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v278_6;
    let l129_6: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v279_6: f32 = v278_6 * l129_6;
    t279[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v279_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 128i) {
    let l253_7: f32 = t241[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 48i];
    let v272_7: f32 = l253_7 + acc1_3;
    let l132_7: f32 = t132[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v273_7: f32 = v272_7 * l132_7;
    let l131_7: f32 = t131[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v274_7: f32 = v272_7 * l131_7;
    let v275_7: f32 = 1.0f - l132_7;
    let v276_7: f32 = l132_7 * v275_7;
    let v277_7: f32 = v274_7 * v276_7;
    let v278_7: f32 = v273_7 + v277_7;
    t278[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v278_7;
    let l129_7: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v279_7: f32 = v278_7 * l129_7;
    t279[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v279_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 128i) {
    let l253_8: f32 = t241[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx)];
    let v272_8: f32 = l253_8 + acc2_0;
    let l132_8: f32 = t132[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v273_8: f32 = v272_8 * l132_8;
    let l131_8: f32 = t131[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v274_8: f32 = v272_8 * l131_8;
    let v275_8: f32 = 1.0f - l132_8;
    let v276_8: f32 = l132_8 * v275_8;
    let v277_8: f32 = v274_8 * v276_8;
    let v278_8: f32 = v273_8 + v277_8;
    t278[(row0 + ty + 32i) * 128i + (col0 + tx)] = v278_8;
    let l129_8: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v279_8: f32 = v278_8 * l129_8;
    t279[(row0 + ty + 32i) * 128i + (col0 + tx)] = v279_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 128i) {
    let l253_9: f32 = t241[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 16i];
    let v272_9: f32 = l253_9 + acc2_1;
    let l132_9: f32 = t132[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v273_9: f32 = v272_9 * l132_9;
    let l131_9: f32 = t131[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v274_9: f32 = v272_9 * l131_9;
    let v275_9: f32 = 1.0f - l132_9;
    let v276_9: f32 = l132_9 * v275_9;
    let v277_9: f32 = v274_9 * v276_9;
    let v278_9: f32 = v273_9 + v277_9;
    t278[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v278_9;
    let l129_9: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v279_9: f32 = v278_9 * l129_9;
    t279[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v279_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 128i) {
    let l253_10: f32 = t241[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 32i];
    let v272_10: f32 = l253_10 + acc2_2;
    let l132_10: f32 = t132[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v273_10: f32 = v272_10 * l132_10;
    let l131_10: f32 = t131[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v274_10: f32 = v272_10 * l131_10;
    let v275_10: f32 = 1.0f - l132_10;
    let v276_10: f32 = l132_10 * v275_10;
    let v277_10: f32 = v274_10 * v276_10;
    let v278_10: f32 = v273_10 + v277_10;
    t278[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v278_10;
    let l129_10: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v279_10: f32 = v278_10 * l129_10;
    t279[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v279_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 128i) {
    let l253_11: f32 = t241[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 48i];
    let v272_11: f32 = l253_11 + acc2_3;
    let l132_11: f32 = t132[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v273_11: f32 = v272_11 * l132_11;
    let l131_11: f32 = t131[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v274_11: f32 = v272_11 * l131_11;
    let v275_11: f32 = 1.0f - l132_11;
    let v276_11: f32 = l132_11 * v275_11;
    let v277_11: f32 = v274_11 * v276_11;
    let v278_11: f32 = v273_11 + v277_11;
    t278[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v278_11;
    let l129_11: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v279_11: f32 = v278_11 * l129_11;
    t279[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v279_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 128i) {
    let l253_12: f32 = t241[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx)];
    let v272_12: f32 = l253_12 + acc3_0;
    let l132_12: f32 = t132[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v273_12: f32 = v272_12 * l132_12;
    let l131_12: f32 = t131[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v274_12: f32 = v272_12 * l131_12;
    let v275_12: f32 = 1.0f - l132_12;
    let v276_12: f32 = l132_12 * v275_12;
    let v277_12: f32 = v274_12 * v276_12;
    let v278_12: f32 = v273_12 + v277_12;
    t278[(row0 + ty + 48i) * 128i + (col0 + tx)] = v278_12;
    let l129_12: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx) * 4i];
    let v279_12: f32 = v278_12 * l129_12;
    t279[(row0 + ty + 48i) * 128i + (col0 + tx)] = v279_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 128i) {
    let l253_13: f32 = t241[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 16i];
    let v272_13: f32 = l253_13 + acc3_1;
    let l132_13: f32 = t132[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v273_13: f32 = v272_13 * l132_13;
    let l131_13: f32 = t131[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v274_13: f32 = v272_13 * l131_13;
    let v275_13: f32 = 1.0f - l132_13;
    let v276_13: f32 = l132_13 * v275_13;
    let v277_13: f32 = v274_13 * v276_13;
    let v278_13: f32 = v273_13 + v277_13;
    t278[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v278_13;
    let l129_13: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 16i) * 4i];
    let v279_13: f32 = v278_13 * l129_13;
    t279[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v279_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 128i) {
    let l253_14: f32 = t241[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 32i];
    let v272_14: f32 = l253_14 + acc3_2;
    let l132_14: f32 = t132[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v273_14: f32 = v272_14 * l132_14;
    let l131_14: f32 = t131[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v274_14: f32 = v272_14 * l131_14;
    let v275_14: f32 = 1.0f - l132_14;
    let v276_14: f32 = l132_14 * v275_14;
    let v277_14: f32 = v274_14 * v276_14;
    let v278_14: f32 = v273_14 + v277_14;
    t278[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v278_14;
    let l129_14: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 32i) * 4i];
    let v279_14: f32 = v278_14 * l129_14;
    t279[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v279_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 128i) {
    let l253_15: f32 = t241[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 48i];
    let v272_15: f32 = l253_15 + acc3_3;
    let l132_15: f32 = t132[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v273_15: f32 = v272_15 * l132_15;
    let l131_15: f32 = t131[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v274_15: f32 = v272_15 * l131_15;
    let v275_15: f32 = 1.0f - l132_15;
    let v276_15: f32 = l132_15 * v275_15;
    let v277_15: f32 = v274_15 * v276_15;
    let v278_15: f32 = v273_15 + v277_15;
    t278[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v278_15;
    let l129_15: f32 = p_layers_1_mixer_conv_w[3i + (col0 + tx + 48i) * 4i];
    let v279_15: f32 = v278_15 * l129_15;
    t279[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v279_15;
  }
}
