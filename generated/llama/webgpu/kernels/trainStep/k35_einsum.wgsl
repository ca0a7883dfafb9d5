// kernel k35_einsum
@group(0) @binding(0) var<storage, read> t245: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t179: array<f32>;
@group(0) @binding(3) var<storage, read_write> t249: array<f32>;
@group(0) @binding(4) var<storage, read> t180: array<f32>;
@group(0) @binding(5) var<storage, read> t178: array<f32>;
@group(0) @binding(6) var<storage, read> t177: array<f32>;
@group(0) @binding(7) var<storage, read_write> t258: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k35_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t245[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t245[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t245[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t245[(row0 + ty + 48i) * 64i + kA];
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
    let l179: f32 = t179[(row0 + ty) * 176i + (col0 + tx)];
    let v249: f32 = acc0_0 * l179;
    t249[(row0 + ty) * 176i + (col0 + tx)] = v249;
    let l180: f32 = t180[(row0 + ty) * 176i + (col0 + tx)];
    let v248: f32 = acc0_0 * l180;
    let l178: f32 = t178[(row0 + ty) * 176i + (col0 + tx)];
    let v252: f32 = v248 * l178;
    let l177: f32 = t177[(row0 + ty) * 176i + (col0 + tx)];
    let v253: f32 = v248 * l177;
    let v255: f32 = 1.0f - l178;
    let v256: f32 = l178 * v255;
    let v257: f32 = v253 * v256;
    let v258: f32 = v252 + v257;
    t258[(row0 + ty) * 176i + (col0 + tx)] = v258;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l179_1: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v249_1: f32 = acc0_1 * l179_1;
    t249[(row0 + ty) * 176i + (col0 + tx) + 16i] = v249_1;
    let l180_1: f32 = t180[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v248_1: f32 = acc0_1 * l180_1;
    let l178_1: f32 = t178[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v252_1: f32 = v248_1 * l178_1;
    let l177_1: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v253_1: f32 = v248_1 * l177_1;
    let v255_1: f32 = 1.0f - l178_1;
    let v256_1: f32 = l178_1 * v255_1;
    let v257_1: f32 = v253_1 * v256_1;
    let v258_1: f32 = v252_1 + v257_1;
    t258[(row0 + ty) * 176i + (col0 + tx) + 16i] = v258_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l179_2: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v249_2: f32 = acc0_2 * l179_2;
    t249[(row0 + ty) * 176i + (col0 + tx) + 32i] = v249_2;
    let l180_2: f32 = t180[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v248_2: f32 = acc0_2 * l180_2;
    let l178_2: f32 = t178[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v252_2: f32 = v248_2 * l178_2;
    let l177_2: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v253_2: f32 = v248_2 * l177_2;
    let v255_2: f32 = 1.0f - l178_2;
    let v256_2: f32 = l178_2 * v255_2;
    let v257_2: f32 = v253_2 * v256_2;
    let v258_2: f32 = v252_2 + v257_2;
    t258[(row0 + ty) * 176i + (col0 + tx) + 32i] = v258_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l179_3: f32 = t179[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v249_3: f32 = acc0_3 * l179_3;
    t249[(row0 + ty) * 176i + (col0 + tx) + 48i] = v249_3;
    let l180_3: f32 = t180[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v248_3: f32 = acc0_3 * l180_3;
    let l178_3: f32 = t178[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v252_3: f32 = v248_3 * l178_3;
    let l177_3: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v253_3: f32 = v248_3 * l177_3;
    let v255_3: f32 = 1.0f - l178_3;
    let v256_3: f32 = l178_3 * v255_3;
    let v257_3: f32 = v253_3 * v256_3;
    let v258_3: f32 = v252_3 + v257_3;
    t258[(row0 + ty) * 176i + (col0 + tx) + 48i] = v258_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l179_4: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v249_4: f32 = acc1_0 * l179_4;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx)] = v249_4;
    let l180_4: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v248_4: f32 = acc1_0 * l180_4;
    let l178_4: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v252_4: f32 = v248_4 * l178_4;
    let l177_4: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v253_4: f32 = v248_4 * l177_4;
    let v255_4: f32 = 1.0f - l178_4;
    let v256_4: f32 = l178_4 * v255_4;
    let v257_4: f32 = v253_4 * v256_4;
    let v258_4: f32 = v252_4 + v257_4;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx)] = v258_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l179_5: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v249_5: f32 = acc1_1 * l179_5;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v249_5;
    let l180_5: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v248_5: f32 = acc1_1 * l180_5;
    let l178_5: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v252_5: f32 = v248_5 * l178_5;
    let l177_5: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v253_5: f32 = v248_5 * l177_5;
    let v255_5: f32 = 1.0f - l178_5;
    let v256_5: f32 = l178_5 * v255_5;
    let v257_5: f32 = v253_5 * v256_5;
    let v258_5: f32 = v252_5 + v257_5;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v258_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l179_6: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v249_6: f32 = acc1_2 * l179_6;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v249_6;
    let l180_6: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v248_6: f32 = acc1_2 * l180_6;
    let l178_6: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v252_6: f32 = v248_6 * l178_6;
    let l177_6: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v253_6: f32 = v248_6 * l177_6;
    let v255_6: f32 = 1.0f - l178_6;
    let v256_6: f32 = l178_6 * v255_6;
    let v257_6: f32 = v253_6 * v256_6;
    let v258_6: f32 = v252_6 + v257_6;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v258_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l179_7: f32 = t179[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v249_7: f32 = acc1_3 * l179_7;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v249_7;
    let l180_7: f32 = t180[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v248_7: f32 = acc1_3 * l180_7;
    let l178_7: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v252_7: f32 = v248_7 * l178_7;
    let l177_7: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v253_7: f32 = v248_7 * l177_7;
    let v255_7: f32 = 1.0f - l178_7;
    let v256_7: f32 = l178_7 * v255_7;
    let v257_7: f32 = v253_7 * v256_7;
    let v258_7: f32 = v252_7 + v257_7;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v258_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l179_8: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v249_8: f32 = acc2_0 * l179_8;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx)] = v249_8;
    let l180_8: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v248_8: f32 = acc2_0 * l180_8;
    let l178_8: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v252_8: f32 = v248_8 * l178_8;
    let l177_8: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v253_8: f32 = v248_8 * l177_8;
    let v255_8: f32 = 1.0f - l178_8;
    let v256_8: f32 = l178_8 * v255_8;
    let v257_8: f32 = v253_8 * v256_8;
    let v258_8: f32 = v252_8 + v257_8;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx)] = v258_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l179_9: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v249_9: f32 = acc2_1 * l179_9;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v249_9;
    let l180_9: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v248_9: f32 = acc2_1 * l180_9;
    let l178_9: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v252_9: f32 = v248_9 * l178_9;
    let l177_9: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v253_9: f32 = v248_9 * l177_9;
    let v255_9: f32 = 1.0f - l178_9;
    let v256_9: f32 = l178_9 * v255_9;
    let v257_9: f32 = v253_9 * v256_9;
    let v258_9: f32 = v252_9 + v257_9;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v258_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l179_10: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v249_10: f32 = acc2_2 * l179_10;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v249_10;
    let l180_10: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v248_10: f32 = acc2_2 * l180_10;
    let l178_10: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v252_10: f32 = v248_10 * l178_10;
    let l177_10: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v253_10: f32 = v248_10 * l177_10;
    let v255_10: f32 = 1.0f - l178_10;
    let v256_10: f32 = l178_10 * v255_10;
    let v257_10: f32 = v253_10 * v256_10;
    let v258_10: f32 = v252_10 + v257_10;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v258_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l179_11: f32 = t179[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v249_11: f32 = acc2_3 * l179_11;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v249_11;
    let l180_11: f32 = t180[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v248_11: f32 = acc2_3 * l180_11;
    let l178_11: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v252_11: f32 = v248_11 * l178_11;
    let l177_11: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v253_11: f32 = v248_11 * l177_11;
    let v255_11: f32 = 1.0f - l178_11;
    let v256_11: f32 = l178_11 * v255_11;
    let v257_11: f32 = v253_11 * v256_11;
    let v258_11: f32 = v252_11 + v257_11;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v258_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l179_12: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v249_12: f32 = acc3_0 * l179_12;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx)] = v249_12;
    let l180_12: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v248_12: f32 = acc3_0 * l180_12;
    let l178_12: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v252_12: f32 = v248_12 * l178_12;
    let l177_12: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v253_12: f32 = v248_12 * l177_12;
    let v255_12: f32 = 1.0f - l178_12;
    let v256_12: f32 = l178_12 * v255_12;
    let v257_12: f32 = v253_12 * v256_12;
    let v258_12: f32 = v252_12 + v257_12;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx)] = v258_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l179_13: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v249_13: f32 = acc3_1 * l179_13;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v249_13;
    let l180_13: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v248_13: f32 = acc3_1 * l180_13;
    let l178_13: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v252_13: f32 = v248_13 * l178_13;
    let l177_13: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v253_13: f32 = v248_13 * l177_13;
    let v255_13: f32 = 1.0f - l178_13;
    let v256_13: f32 = l178_13 * v255_13;
    let v257_13: f32 = v253_13 * v256_13;
    let v258_13: f32 = v252_13 + v257_13;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v258_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l179_14: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v249_14: f32 = acc3_2 * l179_14;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v249_14;
    let l180_14: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v248_14: f32 = acc3_2 * l180_14;
    let l178_14: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v252_14: f32 = v248_14 * l178_14;
    let l177_14: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v253_14: f32 = v248_14 * l177_14;
    let v255_14: f32 = 1.0f - l178_14;
    let v256_14: f32 = l178_14 * v255_14;
    let v257_14: f32 = v253_14 * v256_14;
    let v258_14: f32 = v252_14 + v257_14;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v258_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l179_15: f32 = t179[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v249_15: f32 = acc3_3 * l179_15;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v249_15;
    let l180_15: f32 = t180[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v248_15: f32 = acc3_3 * l180_15;
    let l178_15: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v252_15: f32 = v248_15 * l178_15;
    let l177_15: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v253_15: f32 = v248_15 * l177_15;
    let v255_15: f32 = 1.0f - l178_15;
    let v256_15: f32 = l178_15 * v255_15;
    let v257_15: f32 = v253_15 * v256_15;
    let v258_15: f32 = v252_15 + v257_15;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v258_15;
  }
}
