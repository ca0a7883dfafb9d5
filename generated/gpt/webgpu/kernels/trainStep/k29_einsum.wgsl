// kernel k29_einsum
@group(0) @binding(0) var<storage, read> t298: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t213: array<f32>;
@group(0) @binding(3) var<storage, read> t214: array<f32>;
@group(0) @binding(4) var<storage, read> t216: array<f32>;
@group(0) @binding(5) var<storage, read_write> t313: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k29_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t298[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t298[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t298[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t298[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_proj_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_proj_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_proj_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_proj_w[bK + 12i + (col0 + bN) * 64i];
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
    let l213: f32 = t213[(row0 + ty) * 256i + (col0 + tx)];
    let v304: f32 = acc0_0 * l213;
    let l214: f32 = t214[(row0 + ty) * 256i + (col0 + tx)];
    let v305: f32 = l214 * l214;
    let v306: f32 = -v305;
    let v307: f32 = exp(v306);
    let v309: f32 = v307 * 1.1283792f;
    let v310: f32 = v304 * v309;
    let v311: f32 = v310 * 0.70710677f;
    let l216: f32 = t216[(row0 + ty) * 256i + (col0 + tx)];
    let v303: f32 = acc0_0 * l216;
    let v312: f32 = v303 * 0.5f;
    let v313: f32 = v311 + v312;
    t313[(row0 + ty) * 256i + (col0 + tx)] = v313;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l213_1: f32 = t213[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v304_1: f32 = acc0_1 * l213_1;
    let l214_1: f32 = t214[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v305_1: f32 = l214_1 * l214_1;
    let v306_1: f32 = -v305_1;
    let v307_1: f32 = exp(v306_1);
    let v309_1: f32 = v307_1 * 1.1283792f;
    let v310_1: f32 = v304_1 * v309_1;
    let v311_1: f32 = v310_1 * 0.70710677f;
    let l216_1: f32 = t216[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v303_1: f32 = acc0_1 * l216_1;
    let v312_1: f32 = v303_1 * 0.5f;
    let v313_1: f32 = v311_1 + v312_1;
    t313[(row0 + ty) * 256i + (col0 + tx) + 16i] = v313_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l213_2: f32 = t213[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v304_2: f32 = acc0_2 * l213_2;
    let l214_2: f32 = t214[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v305_2: f32 = l214_2 * l214_2;
    let v306_2: f32 = -v305_2;
    let v307_2: f32 = exp(v306_2);
    let v309_2: f32 = v307_2 * 1.1283792f;
    let v310_2: f32 = v304_2 * v309_2;
    let v311_2: f32 = v310_2 * 0.70710677f;
    let l216_2: f32 = t216[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v303_2: f32 = acc0_2 * l216_2;
    let v312_2: f32 = v303_2 * 0.5f;
    let v313_2: f32 = v311_2 + v312_2;
    t313[(row0 + ty) * 256i + (col0 + tx) + 32i] = v313_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l213_3: f32 = t213[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v304_3: f32 = acc0_3 * l213_3;
    let l214_3: f32 = t214[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v305_3: f32 = l214_3 * l214_3;
    let v306_3: f32 = -v305_3;
    let v307_3: f32 = exp(v306_3);
    let v309_3: f32 = v307_3 * 1.1283792f;
    let v310_3: f32 = v304_3 * v309_3;
    let v311_3: f32 = v310_3 * 0.70710677f;
    let l216_3: f32 = t216[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v303_3: f32 = acc0_3 * l216_3;
    let v312_3: f32 = v303_3 * 0.5f;
    let v313_3: f32 = v311_3 + v312_3;
    t313[(row0 + ty) * 256i + (col0 + tx) + 48i] = v313_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l213_4: f32 = t213[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v304_4: f32 = acc1_0 * l213_4;
    let l214_4: f32 = t214[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v305_4: f32 = l214_4 * l214_4;
    let v306_4: f32 = -v305_4;
    let v307_4: f32 = exp(v306_4);
    let v309_4: f32 = v307_4 * 1.1283792f;
    let v310_4: f32 = v304_4 * v309_4;
    let v311_4: f32 = v310_4 * 0.70710677f;
    let l216_4: f32 = t216[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v303_4: f32 = acc1_0 * l216_4;
    let v312_4: f32 = v303_4 * 0.5f;
    let v313_4: f32 = v311_4 + v312_4;
    t313[(row0 + ty + 16i) * 256i + (col0 + tx)] = v313_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l213_5: f32 = t213[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v304_5: f32 = acc1_1 * l213_5;
    let l214_5: f32 = t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v305_5: f32 = l214_5 * l214_5;
    let v306_5: f32 = -v305_5;
    let v307_5: f32 = exp(v306_5);
    let v309_5: f32 = v307_5 * 1.1283792f;
    let v310_5: f32 = v304_5 * v309_5;
    let v311_5: f32 = v310_5 * 0.70710677f;
    let l216_5: f32 = t216[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v303_5: f32 = acc1_1 * l216_5;
    let v312_5: f32 = v303_5 * 0.5f;
    let v313_5: f32 = v311_5 + v312_5;
    t313[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v313_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l213_6: f32 = t213[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v304_6: f32 = acc1_2 * l213_6;
    let l214_6: f32 = t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v305_6: f32 = l214_6 * l214_6;
    let v306_6: f32 = -v305_6;
    let v307_6: f32 = exp(v306_6);
    let v309_6: f32 = v307_6 * 1.1283792f;
    let v310_6: f32 = v304_6 * v309_6;
    let v311_6: f32 = v310_6 * 0.70710677f;
    let l216_6: f32 = t216[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v303_6: f32 = acc1_2 * l216_6;
    let v312_6: f32 = v303_6 * 0.5f;
    let v313_6: f32 = v311_6 + v312_6;
    t313[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v313_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l213_7: f32 = t213[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v304_7: f32 = acc1_3 * l213_7;
    let l214_7: f32 = t214[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v305_7: f32 = l214_7 * l214_7;
    let v306_7: f32 = -v305_7;
    let v307_7: f32 = exp(v306_7);
    let v309_7: f32 = v307_7 * 1.1283792f;
    let v310_7: f32 = v304_7 * v309_7;
    let v311_7: f32 = v310_7 * 0.70710677f;
    let l216_7: f32 = t216[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v303_7: f32 = acc1_3 * l216_7;
    let v312_7: f32 = v303_7 * 0.5f;
    let v313_7: f32 = v311_7 + v312_7;
    t313[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v313_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l213_8: f32 = t213[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v304_8: f32 = acc2_0 * l213_8;
    let l214_8: f32 = t214[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v305_8: f32 = l214_8 * l214_8;
    let v306_8: f32 = -v305_8;
    let v307_8: f32 = exp(v306_8);
    let v309_8: f32 = v307_8 * 1.1283792f;
    let v310_8: f32 = v304_8 * v309_8;
    let v311_8: f32 = v310_8 * 0.70710677f;
    let l216_8: f32 = t216[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v303_8: f32 = acc2_0 * l216_8;
    let v312_8: f32 = v303_8 * 0.5f;
    let v313_8: f32 = v311_8 + v312_8;
    t313[(row0 + ty + 32i) * 256i + (col0 + tx)] = v313_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l213_9: f32 = t213[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v304_9: f32 = acc2_1 * l213_9;
    let l214_9: f32 = t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v305_9: f32 = l214_9 * l214_9;
    let v306_9: f32 = -v305_9;
    let v307_9: f32 = exp(v306_9);
    let v309_9: f32 = v307_9 * 1.1283792f;
    let v310_9: f32 = v304_9 * v309_9;
    let v311_9: f32 = v310_9 * 0.70710677f;
    let l216_9: f32 = t216[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v303_9: f32 = acc2_1 * l216_9;
    let v312_9: f32 = v303_9 * 0.5f;
    let v313_9: f32 = v311_9 + v312_9;
    t313[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v313_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l213_10: f32 = t213[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v304_10: f32 = acc2_2 * l213_10;
    let l214_10: f32 = t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v305_10: f32 = l214_10 * l214_10;
    let v306_10: f32 = -v305_10;
    let v307_10: f32 = exp(v306_10);
    let v309_10: f32 = v307_10 * 1.1283792f;
    let v310_10: f32 = v304_10 * v309_10;
    let v311_10: f32 = v310_10 * 0.70710677f;
    let l216_10: f32 = t216[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v303_10: f32 = acc2_2 * l216_10;
    let v312_10: f32 = v303_10 * 0.5f;
    let v313_10: f32 = v311_10 + v312_10;
    t313[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v313_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l213_11: f32 = t213[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v304_11: f32 = acc2_3 * l213_11;
    let l214_11: f32 = t214[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v305_11: f32 = l214_11 * l214_11;
    let v306_11: f32 = -v305_11;
    let v307_11: f32 = exp(v306_11);
    let v309_11: f32 = v307_11 * 1.1283792f;
    let v310_11: f32 = v304_11 * v309_11;
    let v311_11: f32 = v310_11 * 0.70710677f;
    let l216_11: f32 = t216[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v303_11: f32 = acc2_3 * l216_11;
    let v312_11: f32 = v303_11 * 0.5f;
    let v313_11: f32 = v311_11 + v312_11;
    t313[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v313_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l213_12: f32 = t213[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v304_12: f32 = acc3_0 * l213_12;
    let l214_12: f32 = t214[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v305_12: f32 = l214_12 * l214_12;
    let v306_12: f32 = -v305_12;
    let v307_12: f32 = exp(v306_12);
    let v309_12: f32 = v307_12 * 1.1283792f;
    let v310_12: f32 = v304_12 * v309_12;
    let v311_12: f32 = v310_12 * 0.70710677f;
    let l216_12: f32 = t216[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v303_12: f32 = acc3_0 * l216_12;
    let v312_12: f32 = v303_12 * 0.5f;
    let v313_12: f32 = v311_12 + v312_12;
    t313[(row0 + ty + 48i) * 256i + (col0 + tx)] = v313_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l213_13: f32 = t213[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v304_13: f32 = acc3_1 * l213_13;
    let l214_13: f32 = t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v305_13: f32 = l214_13 * l214_13;
    let v306_13: f32 = -v305_13;
    let v307_13: f32 = exp(v306_13);
    let v309_13: f32 = v307_13 * 1.1283792f;
    let v310_13: f32 = v304_13 * v309_13;
    let v311_13: f32 = v310_13 * 0.70710677f;
    let l216_13: f32 = t216[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v303_13: f32 = acc3_1 * l216_13;
    let v312_13: f32 = v303_13 * 0.5f;
    let v313_13: f32 = v311_13 + v312_13;
    t313[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v313_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l213_14: f32 = t213[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v304_14: f32 = acc3_2 * l213_14;
    let l214_14: f32 = t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v305_14: f32 = l214_14 * l214_14;
    let v306_14: f32 = -v305_14;
    let v307_14: f32 = exp(v306_14);
    let v309_14: f32 = v307_14 * 1.1283792f;
    let v310_14: f32 = v304_14 * v309_14;
    let v311_14: f32 = v310_14 * 0.70710677f;
    let l216_14: f32 = t216[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v303_14: f32 = acc3_2 * l216_14;
    let v312_14: f32 = v303_14 * 0.5f;
    let v313_14: f32 = v311_14 + v312_14;
    t313[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v313_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l213_15: f32 = t213[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v304_15: f32 = acc3_3 * l213_15;
    let l214_15: f32 = t214[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v305_15: f32 = l214_15 * l214_15;
    let v306_15: f32 = -v305_15;
    let v307_15: f32 = exp(v306_15);
    let v309_15: f32 = v307_15 * 1.1283792f;
    let v310_15: f32 = v304_15 * v309_15;
    let v311_15: f32 = v310_15 * 0.70710677f;
    let l216_15: f32 = t216[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v303_15: f32 = acc3_3 * l216_15;
    let v312_15: f32 = v303_15 * 0.5f;
    let v313_15: f32 = v311_15 + v312_15;
    t313[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v313_15;
  }
}
