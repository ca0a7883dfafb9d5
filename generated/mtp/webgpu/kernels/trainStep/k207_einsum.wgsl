// kernel k207_einsum
@group(0) @binding(0) var<storage, read> t1104: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t215: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1108: array<f32>;
@group(0) @binding(4) var<storage, read> t216: array<f32>;
@group(0) @binding(5) var<storage, read> t214: array<f32>;
@group(0) @binding(6) var<storage, read> t213: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1116: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k207_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1104[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t1104[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t1104[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t1104[(row0 + ty + 48i) * 64i + kA];
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
    let l215: f32 = t215[(row0 + ty) * 176i + (col0 + tx)];
    let v1108: f32 = acc0_0 * l215;
    t1108[(row0 + ty) * 176i + (col0 + tx)] = v1108;
    let l216: f32 = t216[(row0 + ty) * 176i + (col0 + tx)];
    let v1107: f32 = acc0_0 * l216;
    let l214: f32 = t214[(row0 + ty) * 176i + (col0 + tx)];
    let v1111: f32 = v1107 * l214;
    let l213: f32 = t213[(row0 + ty) * 176i + (col0 + tx)];
    let v1112: f32 = v1107 * l213;
    let v1113: f32 = 1.0f - l214;
    let v1114: f32 = l214 * v1113;
    let v1115: f32 = v1112 * v1114;
    let v1116: f32 = v1111 + v1115;
    t1116[(row0 + ty) * 176i + (col0 + tx)] = v1116;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l215_1: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1108_1: f32 = acc0_1 * l215_1;
    t1108[(row0 + ty) * 176i + (col0 + tx) + 16i] = v1108_1;
    let l216_1: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1107_1: f32 = acc0_1 * l216_1;
    let l214_1: f32 = t214[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1111_1: f32 = v1107_1 * l214_1;
    let l213_1: f32 = t213[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1112_1: f32 = v1107_1 * l213_1;
    let v1113_1: f32 = 1.0f - l214_1;
    let v1114_1: f32 = l214_1 * v1113_1;
    let v1115_1: f32 = v1112_1 * v1114_1;
    let v1116_1: f32 = v1111_1 + v1115_1;
    t1116[(row0 + ty) * 176i + (col0 + tx) + 16i] = v1116_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l215_2: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1108_2: f32 = acc0_2 * l215_2;
    t1108[(row0 + ty) * 176i + (col0 + tx) + 32i] = v1108_2;
    let l216_2: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1107_2: f32 = acc0_2 * l216_2;
    let l214_2: f32 = t214[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1111_2: f32 = v1107_2 * l214_2;
    let l213_2: f32 = t213[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1112_2: f32 = v1107_2 * l213_2;
    let v1113_2: f32 = 1.0f - l214_2;
    let v1114_2: f32 = l214_2 * v1113_2;
    let v1115_2: f32 = v1112_2 * v1114_2;
    let v1116_2: f32 = v1111_2 + v1115_2;
    t1116[(row0 + ty) * 176i + (col0 + tx) + 32i] = v1116_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l215_3: f32 = t215[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1108_3: f32 = acc0_3 * l215_3;
    t1108[(row0 + ty) * 176i + (col0 + tx) + 48i] = v1108_3;
    let l216_3: f32 = t216[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1107_3: f32 = acc0_3 * l216_3;
    let l214_3: f32 = t214[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1111_3: f32 = v1107_3 * l214_3;
    let l213_3: f32 = t213[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1112_3: f32 = v1107_3 * l213_3;
    let v1113_3: f32 = 1.0f - l214_3;
    let v1114_3: f32 = l214_3 * v1113_3;
    let v1115_3: f32 = v1112_3 * v1114_3;
    let v1116_3: f32 = v1111_3 + v1115_3;
    t1116[(row0 + ty) * 176i + (col0 + tx) + 48i] = v1116_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l215_4: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1108_4: f32 = acc1_0 * l215_4;
    t1108[(row0 + ty + 16i) * 176i + (col0 + tx)] = v1108_4;
    let l216_4: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1107_4: f32 = acc1_0 * l216_4;
    let l214_4: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1111_4: f32 = v1107_4 * l214_4;
    let l213_4: f32 = t213[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1112_4: f32 = v1107_4 * l213_4;
    let v1113_4: f32 = 1.0f - l214_4;
    let v1114_4: f32 = l214_4 * v1113_4;
    let v1115_4: f32 = v1112_4 * v1114_4;
    let v1116_4: f32 = v1111_4 + v1115_4;
    t1116[(row0 + ty + 16i) * 176i + (col0 + tx)] = v1116_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l215_5: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1108_5: f32 = acc1_1 * l215_5;
    t1108[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v1108_5;
    let l216_5: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1107_5: f32 = acc1_1 * l216_5;
    let l214_5: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1111_5: f32 = v1107_5 * l214_5;
    let l213_5: f32 = t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1112_5: f32 = v1107_5 * l213_5;
    let v1113_5: f32 = 1.0f - l214_5;
    let v1114_5: f32 = l214_5 * v1113_5;
    let v1115_5: f32 = v1112_5 * v1114_5;
    let v1116_5: f32 = v1111_5 + v1115_5;
    t1116[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v1116_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l215_6: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1108_6: f32 = acc1_2 * l215_6;
    t1108[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v1108_6;
    let l216_6: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1107_6: f32 = acc1_2 * l216_6;
    let l214_6: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1111_6: f32 = v1107_6 * l214_6;
    let l213_6: f32 = t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1112_6: f32 = v1107_6 * l213_6;
    let v1113_6: f32 = 1.0f - l214_6;
    let v1114_6: f32 = l214_6 * v1113_6;
    let v1115_6: f32 = v1112_6 * v1114_6;
    let v1116_6: f32 = v1111_6 + v1115_6;
    t1116[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v1116_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l215_7: f32 = t215[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1108_7: f32 = acc1_3 * l215_7;
    t1108[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v1108_7;
    let l216_7: f32 = t216[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1107_7: f32 = acc1_3 * l216_7;
    let l214_7: f32 = t214[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1111_7: f32 = v1107_7 * l214_7;
    let l213_7: f32 = t213[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1112_7: f32 = v1107_7 * l213_7;
    let v1113_7: f32 = 1.0f - l214_7;
    let v1114_7: f32 = l214_7 * v1113_7;
    let v1115_7: f32 = v1112_7 * v1114_7;
    let v1116_7: f32 = v1111_7 + v1115_7;
    t1116[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v1116_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l215_8: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1108_8: f32 = acc2_0 * l215_8;
    t1108[(row0 + ty + 32i) * 176i + (col0 + tx)] = v1108_8;
    let l216_8: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1107_8: f32 = acc2_0 * l216_8;
    let l214_8: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1111_8: f32 = v1107_8 * l214_8;
    let l213_8: f32 = t213[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1112_8: f32 = v1107_8 * l213_8;
    let v1113_8: f32 = 1.0f - l214_8;
    let v1114_8: f32 = l214_8 * v1113_8;
    let v1115_8: f32 = v1112_8 * v1114_8;
    let v1116_8: f32 = v1111_8 + v1115_8;
    t1116[(row0 + ty + 32i) * 176i + (col0 + tx)] = v1116_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l215_9: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1108_9: f32 = acc2_1 * l215_9;
    t1108[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v1108_9;
    let l216_9: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1107_9: f32 = acc2_1 * l216_9;
    let l214_9: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1111_9: f32 = v1107_9 * l214_9;
    let l213_9: f32 = t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1112_9: f32 = v1107_9 * l213_9;
    let v1113_9: f32 = 1.0f - l214_9;
    let v1114_9: f32 = l214_9 * v1113_9;
    let v1115_9: f32 = v1112_9 * v1114_9;
    let v1116_9: f32 = v1111_9 + v1115_9;
    t1116[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v1116_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l215_10: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1108_10: f32 = acc2_2 * l215_10;
    t1108[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v1108_10;
    let l216_10: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1107_10: f32 = acc2_2 * l216_10;
    let l214_10: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1111_10: f32 = v1107_10 * l214_10;
    let l213_10: f32 = t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1112_10: f32 = v1107_10 * l213_10;
    let v1113_10: f32 = 1.0f - l214_10;
    let v1114_10: f32 = l214_10 * v1113_10;
    let v1115_10: f32 = v1112_10 * v1114_10;
    let v1116_10: f32 = v1111_10 + v1115_10;
    t1116[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v1116_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l215_11: f32 = t215[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1108_11: f32 = acc2_3 * l215_11;
    t1108[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v1108_11;
    let l216_11: f32 = t216[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1107_11: f32 = acc2_3 * l216_11;
    let l214_11: f32 = t214[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1111_11: f32 = v1107_11 * l214_11;
    let l213_11: f32 = t213[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1112_11: f32 = v1107_11 * l213_11;
    let v1113_11: f32 = 1.0f - l214_11;
    let v1114_11: f32 = l214_11 * v1113_11;
    let v1115_11: f32 = v1112_11 * v1114_11;
    let v1116_11: f32 = v1111_11 + v1115_11;
    t1116[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v1116_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l215_12: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1108_12: f32 = acc3_0 * l215_12;
    t1108[(row0 + ty + 48i) * 176i + (col0 + tx)] = v1108_12;
    let l216_12: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1107_12: f32 = acc3_0 * l216_12;
    let l214_12: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1111_12: f32 = v1107_12 * l214_12;
    let l213_12: f32 = t213[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1112_12: f32 = v1107_12 * l213_12;
    let v1113_12: f32 = 1.0f - l214_12;
    let v1114_12: f32 = l214_12 * v1113_12;
    let v1115_12: f32 = v1112_12 * v1114_12;
    let v1116_12: f32 = v1111_12 + v1115_12;
    t1116[(row0 + ty + 48i) * 176i + (col0 + tx)] = v1116_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l215_13: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1108_13: f32 = acc3_1 * l215_13;
    t1108[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v1108_13;
    let l216_13: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1107_13: f32 = acc3_1 * l216_13;
    let l214_13: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1111_13: f32 = v1107_13 * l214_13;
    let l213_13: f32 = t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1112_13: f32 = v1107_13 * l213_13;
    let v1113_13: f32 = 1.0f - l214_13;
    let v1114_13: f32 = l214_13 * v1113_13;
    let v1115_13: f32 = v1112_13 * v1114_13;
    let v1116_13: f32 = v1111_13 + v1115_13;
    t1116[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v1116_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l215_14: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1108_14: f32 = acc3_2 * l215_14;
    t1108[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v1108_14;
    let l216_14: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1107_14: f32 = acc3_2 * l216_14;
    let l214_14: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1111_14: f32 = v1107_14 * l214_14;
    let l213_14: f32 = t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1112_14: f32 = v1107_14 * l213_14;
    let v1113_14: f32 = 1.0f - l214_14;
    let v1114_14: f32 = l214_14 * v1113_14;
    let v1115_14: f32 = v1112_14 * v1114_14;
    let v1116_14: f32 = v1111_14 + v1115_14;
    t1116[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v1116_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l215_15: f32 = t215[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1108_15: f32 = acc3_3 * l215_15;
    t1108[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v1108_15;
    let l216_15: f32 = t216[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1107_15: f32 = acc3_3 * l216_15;
    let l214_15: f32 = t214[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1111_15: f32 = v1107_15 * l214_15;
    let l213_15: f32 = t213[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1112_15: f32 = v1107_15 * l213_15;
    let v1113_15: f32 = 1.0f - l214_15;
    let v1114_15: f32 = l214_15 * v1113_15;
    let v1115_15: f32 = v1112_15 * v1114_15;
    let v1116_15: f32 = v1111_15 + v1115_15;
    t1116[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v1116_15;
  }
}
