// kernel k237_einsum
@group(0) @binding(0) var<storage, read> t1212: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t145: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1216: array<f32>;
@group(0) @binding(4) var<storage, read> t146: array<f32>;
@group(0) @binding(5) var<storage, read> t144: array<f32>;
@group(0) @binding(6) var<storage, read> t143: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1224: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k237_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t1212[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t1212[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t1212[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t1212[(row0 + ty + 48i) * 64i + kA];
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
    let l145: f32 = t145[(row0 + ty) * 176i + (col0 + tx)];
    let v1216: f32 = acc0_0 * l145;
    t1216[(row0 + ty) * 176i + (col0 + tx)] = v1216;
    let l146: f32 = t146[(row0 + ty) * 176i + (col0 + tx)];
    let v1215: f32 = acc0_0 * l146;
    let l144: f32 = t144[(row0 + ty) * 176i + (col0 + tx)];
    let v1219: f32 = v1215 * l144;
    let l143: f32 = t143[(row0 + ty) * 176i + (col0 + tx)];
    let v1220: f32 = v1215 * l143;
    let v1221: f32 = 1.0f - l144;
    let v1222: f32 = l144 * v1221;
    let v1223: f32 = v1220 * v1222;
    let v1224: f32 = v1219 + v1223;
    t1224[(row0 + ty) * 176i + (col0 + tx)] = v1224;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l145_1: f32 = t145[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1216_1: f32 = acc0_1 * l145_1;
    t1216[(row0 + ty) * 176i + (col0 + tx) + 16i] = v1216_1;
    let l146_1: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1215_1: f32 = acc0_1 * l146_1;
    let l144_1: f32 = t144[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1219_1: f32 = v1215_1 * l144_1;
    let l143_1: f32 = t143[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v1220_1: f32 = v1215_1 * l143_1;
    let v1221_1: f32 = 1.0f - l144_1;
    let v1222_1: f32 = l144_1 * v1221_1;
    let v1223_1: f32 = v1220_1 * v1222_1;
    let v1224_1: f32 = v1219_1 + v1223_1;
    t1224[(row0 + ty) * 176i + (col0 + tx) + 16i] = v1224_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l145_2: f32 = t145[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1216_2: f32 = acc0_2 * l145_2;
    t1216[(row0 + ty) * 176i + (col0 + tx) + 32i] = v1216_2;
    let l146_2: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1215_2: f32 = acc0_2 * l146_2;
    let l144_2: f32 = t144[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1219_2: f32 = v1215_2 * l144_2;
    let l143_2: f32 = t143[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v1220_2: f32 = v1215_2 * l143_2;
    let v1221_2: f32 = 1.0f - l144_2;
    let v1222_2: f32 = l144_2 * v1221_2;
    let v1223_2: f32 = v1220_2 * v1222_2;
    let v1224_2: f32 = v1219_2 + v1223_2;
    t1224[(row0 + ty) * 176i + (col0 + tx) + 32i] = v1224_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l145_3: f32 = t145[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1216_3: f32 = acc0_3 * l145_3;
    t1216[(row0 + ty) * 176i + (col0 + tx) + 48i] = v1216_3;
    let l146_3: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1215_3: f32 = acc0_3 * l146_3;
    let l144_3: f32 = t144[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1219_3: f32 = v1215_3 * l144_3;
    let l143_3: f32 = t143[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v1220_3: f32 = v1215_3 * l143_3;
    let v1221_3: f32 = 1.0f - l144_3;
    let v1222_3: f32 = l144_3 * v1221_3;
    let v1223_3: f32 = v1220_3 * v1222_3;
    let v1224_3: f32 = v1219_3 + v1223_3;
    t1224[(row0 + ty) * 176i + (col0 + tx) + 48i] = v1224_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l145_4: f32 = t145[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1216_4: f32 = acc1_0 * l145_4;
    t1216[(row0 + ty + 16i) * 176i + (col0 + tx)] = v1216_4;
    let l146_4: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1215_4: f32 = acc1_0 * l146_4;
    let l144_4: f32 = t144[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1219_4: f32 = v1215_4 * l144_4;
    let l143_4: f32 = t143[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v1220_4: f32 = v1215_4 * l143_4;
    let v1221_4: f32 = 1.0f - l144_4;
    let v1222_4: f32 = l144_4 * v1221_4;
    let v1223_4: f32 = v1220_4 * v1222_4;
    let v1224_4: f32 = v1219_4 + v1223_4;
    t1224[(row0 + ty + 16i) * 176i + (col0 + tx)] = v1224_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l145_5: f32 = t145[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1216_5: f32 = acc1_1 * l145_5;
    t1216[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v1216_5;
    let l146_5: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1215_5: f32 = acc1_1 * l146_5;
    let l144_5: f32 = t144[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1219_5: f32 = v1215_5 * l144_5;
    let l143_5: f32 = t143[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v1220_5: f32 = v1215_5 * l143_5;
    let v1221_5: f32 = 1.0f - l144_5;
    let v1222_5: f32 = l144_5 * v1221_5;
    let v1223_5: f32 = v1220_5 * v1222_5;
    let v1224_5: f32 = v1219_5 + v1223_5;
    t1224[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v1224_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l145_6: f32 = t145[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1216_6: f32 = acc1_2 * l145_6;
    t1216[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v1216_6;
    let l146_6: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1215_6: f32 = acc1_2 * l146_6;
    let l144_6: f32 = t144[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1219_6: f32 = v1215_6 * l144_6;
    let l143_6: f32 = t143[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v1220_6: f32 = v1215_6 * l143_6;
    let v1221_6: f32 = 1.0f - l144_6;
    let v1222_6: f32 = l144_6 * v1221_6;
    let v1223_6: f32 = v1220_6 * v1222_6;
    let v1224_6: f32 = v1219_6 + v1223_6;
    t1224[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v1224_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l145_7: f32 = t145[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1216_7: f32 = acc1_3 * l145_7;
    t1216[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v1216_7;
    let l146_7: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1215_7: f32 = acc1_3 * l146_7;
    let l144_7: f32 = t144[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1219_7: f32 = v1215_7 * l144_7;
    let l143_7: f32 = t143[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v1220_7: f32 = v1215_7 * l143_7;
    let v1221_7: f32 = 1.0f - l144_7;
    let v1222_7: f32 = l144_7 * v1221_7;
    let v1223_7: f32 = v1220_7 * v1222_7;
    let v1224_7: f32 = v1219_7 + v1223_7;
    t1224[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v1224_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l145_8: f32 = t145[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1216_8: f32 = acc2_0 * l145_8;
    t1216[(row0 + ty + 32i) * 176i + (col0 + tx)] = v1216_8;
    let l146_8: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1215_8: f32 = acc2_0 * l146_8;
    let l144_8: f32 = t144[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1219_8: f32 = v1215_8 * l144_8;
    let l143_8: f32 = t143[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v1220_8: f32 = v1215_8 * l143_8;
    let v1221_8: f32 = 1.0f - l144_8;
    let v1222_8: f32 = l144_8 * v1221_8;
    let v1223_8: f32 = v1220_8 * v1222_8;
    let v1224_8: f32 = v1219_8 + v1223_8;
    t1224[(row0 + ty + 32i) * 176i + (col0 + tx)] = v1224_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l145_9: f32 = t145[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1216_9: f32 = acc2_1 * l145_9;
    t1216[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v1216_9;
    let l146_9: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1215_9: f32 = acc2_1 * l146_9;
    let l144_9: f32 = t144[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1219_9: f32 = v1215_9 * l144_9;
    let l143_9: f32 = t143[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v1220_9: f32 = v1215_9 * l143_9;
    let v1221_9: f32 = 1.0f - l144_9;
    let v1222_9: f32 = l144_9 * v1221_9;
    let v1223_9: f32 = v1220_9 * v1222_9;
    let v1224_9: f32 = v1219_9 + v1223_9;
    t1224[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v1224_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l145_10: f32 = t145[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1216_10: f32 = acc2_2 * l145_10;
    t1216[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v1216_10;
    let l146_10: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1215_10: f32 = acc2_2 * l146_10;
    let l144_10: f32 = t144[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1219_10: f32 = v1215_10 * l144_10;
    let l143_10: f32 = t143[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v1220_10: f32 = v1215_10 * l143_10;
    let v1221_10: f32 = 1.0f - l144_10;
    let v1222_10: f32 = l144_10 * v1221_10;
    let v1223_10: f32 = v1220_10 * v1222_10;
    let v1224_10: f32 = v1219_10 + v1223_10;
    t1224[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v1224_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l145_11: f32 = t145[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1216_11: f32 = acc2_3 * l145_11;
    t1216[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v1216_11;
    let l146_11: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1215_11: f32 = acc2_3 * l146_11;
    let l144_11: f32 = t144[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1219_11: f32 = v1215_11 * l144_11;
    let l143_11: f32 = t143[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v1220_11: f32 = v1215_11 * l143_11;
    let v1221_11: f32 = 1.0f - l144_11;
    let v1222_11: f32 = l144_11 * v1221_11;
    let v1223_11: f32 = v1220_11 * v1222_11;
    let v1224_11: f32 = v1219_11 + v1223_11;
    t1224[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v1224_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l145_12: f32 = t145[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1216_12: f32 = acc3_0 * l145_12;
    t1216[(row0 + ty + 48i) * 176i + (col0 + tx)] = v1216_12;
    let l146_12: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1215_12: f32 = acc3_0 * l146_12;
    let l144_12: f32 = t144[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1219_12: f32 = v1215_12 * l144_12;
    let l143_12: f32 = t143[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v1220_12: f32 = v1215_12 * l143_12;
    let v1221_12: f32 = 1.0f - l144_12;
    let v1222_12: f32 = l144_12 * v1221_12;
    let v1223_12: f32 = v1220_12 * v1222_12;
    let v1224_12: f32 = v1219_12 + v1223_12;
    t1224[(row0 + ty + 48i) * 176i + (col0 + tx)] = v1224_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l145_13: f32 = t145[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1216_13: f32 = acc3_1 * l145_13;
    t1216[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v1216_13;
    let l146_13: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1215_13: f32 = acc3_1 * l146_13;
    let l144_13: f32 = t144[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1219_13: f32 = v1215_13 * l144_13;
    let l143_13: f32 = t143[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v1220_13: f32 = v1215_13 * l143_13;
    let v1221_13: f32 = 1.0f - l144_13;
    let v1222_13: f32 = l144_13 * v1221_13;
    let v1223_13: f32 = v1220_13 * v1222_13;
    let v1224_13: f32 = v1219_13 + v1223_13;
    t1224[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v1224_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l145_14: f32 = t145[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1216_14: f32 = acc3_2 * l145_14;
    t1216[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v1216_14;
    let l146_14: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1215_14: f32 = acc3_2 * l146_14;
    let l144_14: f32 = t144[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1219_14: f32 = v1215_14 * l144_14;
    let l143_14: f32 = t143[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v1220_14: f32 = v1215_14 * l143_14;
    let v1221_14: f32 = 1.0f - l144_14;
    let v1222_14: f32 = l144_14 * v1221_14;
    let v1223_14: f32 = v1220_14 * v1222_14;
    let v1224_14: f32 = v1219_14 + v1223_14;
    t1224[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v1224_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l145_15: f32 = t145[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1216_15: f32 = acc3_3 * l145_15;
    t1216[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v1216_15;
    let l146_15: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1215_15: f32 = acc3_3 * l146_15;
    let l144_15: f32 = t144[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1219_15: f32 = v1215_15 * l144_15;
    let l143_15: f32 = t143[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v1220_15: f32 = v1215_15 * l143_15;
    let v1221_15: f32 = 1.0f - l144_15;
    let v1222_15: f32 = l144_15 * v1221_15;
    let v1223_15: f32 = v1220_15 * v1222_15;
    let v1224_15: f32 = v1219_15 + v1223_15;
    t1224[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v1224_15;
  }
}
