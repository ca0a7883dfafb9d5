// kernel k47_einsum
@group(0) @binding(0) var<storage, read> t315: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn2_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t325: array<f32>;
@group(0) @binding(3) var<storage, read_write> t327: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_norm4_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t328: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k47_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 11i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 176i) {
      tileA[tx * 64i + ty] = t315[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t315[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t315[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t315[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn2_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn2_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn2_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn2_w3_w[bK + 12i + (col0 + bN) * 176i];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l325: f32 = t325[(row0 + ty) * 64i + (col0 + tx)];
    let v327: f32 = acc0_0 + l325;
    t327[(row0 + ty) * 64i + (col0 + tx)] = v327;
    let l222: f32 = p_layers_0_norm4_g[col0 + tx];
    let v328: f32 = v327 * l222;
    t328[(row0 + ty) * 64i + (col0 + tx)] = v328;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l325_1: f32 = t325[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v327_1: f32 = acc0_1 + l325_1;
    t327[(row0 + ty) * 64i + (col0 + tx) + 16i] = v327_1;
    let l222_1: f32 = p_layers_0_norm4_g[col0 + tx + 16i];
    let v328_1: f32 = v327_1 * l222_1;
    t328[(row0 + ty) * 64i + (col0 + tx) + 16i] = v328_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l325_2: f32 = t325[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v327_2: f32 = acc0_2 + l325_2;
    t327[(row0 + ty) * 64i + (col0 + tx) + 32i] = v327_2;
    let l222_2: f32 = p_layers_0_norm4_g[col0 + tx + 32i];
    let v328_2: f32 = v327_2 * l222_2;
    t328[(row0 + ty) * 64i + (col0 + tx) + 32i] = v328_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l325_3: f32 = t325[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v327_3: f32 = acc0_3 + l325_3;
    t327[(row0 + ty) * 64i + (col0 + tx) + 48i] = v327_3;
    let l222_3: f32 = p_layers_0_norm4_g[col0 + tx + 48i];
    let v328_3: f32 = v327_3 * l222_3;
    t328[(row0 + ty) * 64i + (col0 + tx) + 48i] = v328_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l325_4: f32 = t325[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v327_4: f32 = acc1_0 + l325_4;
    t327[(row0 + ty + 16i) * 64i + (col0 + tx)] = v327_4;
    let l222_4: f32 = p_layers_0_norm4_g[col0 + tx];
    let v328_4: f32 = v327_4 * l222_4;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx)] = v328_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l325_5: f32 = t325[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v327_5: f32 = acc1_1 + l325_5;
    t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v327_5;
    let l222_5: f32 = p_layers_0_norm4_g[col0 + tx + 16i];
    let v328_5: f32 = v327_5 * l222_5;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v328_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l325_6: f32 = t325[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v327_6: f32 = acc1_2 + l325_6;
    t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v327_6;
    let l222_6: f32 = p_layers_0_norm4_g[col0 + tx + 32i];
    let v328_6: f32 = v327_6 * l222_6;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v328_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l325_7: f32 = t325[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v327_7: f32 = acc1_3 + l325_7;
    t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v327_7;
    let l222_7: f32 = p_layers_0_norm4_g[col0 + tx + 48i];
    let v328_7: f32 = v327_7 * l222_7;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v328_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l325_8: f32 = t325[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v327_8: f32 = acc2_0 + l325_8;
    t327[(row0 + ty + 32i) * 64i + (col0 + tx)] = v327_8;
    let l222_8: f32 = p_layers_0_norm4_g[col0 + tx];
    let v328_8: f32 = v327_8 * l222_8;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx)] = v328_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l325_9: f32 = t325[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v327_9: f32 = acc2_1 + l325_9;
    t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v327_9;
    let l222_9: f32 = p_layers_0_norm4_g[col0 + tx + 16i];
    let v328_9: f32 = v327_9 * l222_9;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v328_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l325_10: f32 = t325[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v327_10: f32 = acc2_2 + l325_10;
    t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v327_10;
    let l222_10: f32 = p_layers_0_norm4_g[col0 + tx + 32i];
    let v328_10: f32 = v327_10 * l222_10;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v328_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l325_11: f32 = t325[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v327_11: f32 = acc2_3 + l325_11;
    t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v327_11;
    let l222_11: f32 = p_layers_0_norm4_g[col0 + tx + 48i];
    let v328_11: f32 = v327_11 * l222_11;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v328_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l325_12: f32 = t325[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v327_12: f32 = acc3_0 + l325_12;
    t327[(row0 + ty + 48i) * 64i + (col0 + tx)] = v327_12;
    let l222_12: f32 = p_layers_0_norm4_g[col0 + tx];
    let v328_12: f32 = v327_12 * l222_12;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx)] = v328_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l325_13: f32 = t325[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v327_13: f32 = acc3_1 + l325_13;
    t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v327_13;
    let l222_13: f32 = p_layers_0_norm4_g[col0 + tx + 16i];
    let v328_13: f32 = v327_13 * l222_13;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v328_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l325_14: f32 = t325[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v327_14: f32 = acc3_2 + l325_14;
    t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v327_14;
    let l222_14: f32 = p_layers_0_norm4_g[col0 + tx + 32i];
    let v328_14: f32 = v327_14 * l222_14;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v328_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l325_15: f32 = t325[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v327_15: f32 = acc3_3 + l325_15;
    t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v327_15;
    let l222_15: f32 = p_layers_0_norm4_g[col0 + tx + 48i];
    let v328_15: f32 = v327_15 * l222_15;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v328_15;
  }
}
