// kernel k37a_einsum
@group(0) @binding(0) var<storage, read> t256: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t191: array<f32>;
@group(0) @binding(3) var<storage, read_write> t259: array<f32>;
@group(0) @binding(4) var<storage, read> t190: array<f32>;
@group(0) @binding(5) var<storage, read_write> t260: array<f32>;
@group(0) @binding(6) var<storage, read> t189: array<f32>;
@group(0) @binding(7) var<storage, read_write> t263: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k37a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t256[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t256[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t256[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t256[(row0 + ty + 48i) * 64i + kA];
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
    let l191: f32 = t191[(row0 + ty) * 176i + (col0 + tx)];
    let v259: f32 = acc0_0 * l191;
    t259[(row0 + ty) * 176i + (col0 + tx)] = v259;
    let l190: f32 = t190[(row0 + ty) * 176i + (col0 + tx)];
    let v260: f32 = acc0_0 * l190;
    t260[(row0 + ty) * 176i + (col0 + tx)] = v260;
    let l189: f32 = t189[(row0 + ty) * 176i + (col0 + tx)];
    let v263: f32 = v259 * l189;
    t263[(row0 + ty) * 176i + (col0 + tx)] = v263;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l191_1: f32 = t191[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v259_1: f32 = acc0_1 * l191_1;
    t259[(row0 + ty) * 176i + (col0 + tx) + 16i] = v259_1;
    let l190_1: f32 = t190[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v260_1: f32 = acc0_1 * l190_1;
    t260[(row0 + ty) * 176i + (col0 + tx) + 16i] = v260_1;
    let l189_1: f32 = t189[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v263_1: f32 = v259_1 * l189_1;
    t263[(row0 + ty) * 176i + (col0 + tx) + 16i] = v263_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l191_2: f32 = t191[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v259_2: f32 = acc0_2 * l191_2;
    t259[(row0 + ty) * 176i + (col0 + tx) + 32i] = v259_2;
    let l190_2: f32 = t190[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v260_2: f32 = acc0_2 * l190_2;
    t260[(row0 + ty) * 176i + (col0 + tx) + 32i] = v260_2;
    let l189_2: f32 = t189[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v263_2: f32 = v259_2 * l189_2;
    t263[(row0 + ty) * 176i + (col0 + tx) + 32i] = v263_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l191_3: f32 = t191[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v259_3: f32 = acc0_3 * l191_3;
    t259[(row0 + ty) * 176i + (col0 + tx) + 48i] = v259_3;
    let l190_3: f32 = t190[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v260_3: f32 = acc0_3 * l190_3;
    t260[(row0 + ty) * 176i + (col0 + tx) + 48i] = v260_3;
    let l189_3: f32 = t189[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v263_3: f32 = v259_3 * l189_3;
    t263[(row0 + ty) * 176i + (col0 + tx) + 48i] = v263_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l191_4: f32 = t191[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v259_4: f32 = acc1_0 * l191_4;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx)] = v259_4;
    let l190_4: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v260_4: f32 = acc1_0 * l190_4;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx)] = v260_4;
    let l189_4: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v263_4: f32 = v259_4 * l189_4;
    t263[(row0 + ty + 16i) * 176i + (col0 + tx)] = v263_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l191_5: f32 = t191[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v259_5: f32 = acc1_1 * l191_5;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v259_5;
    let l190_5: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v260_5: f32 = acc1_1 * l190_5;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v260_5;
    let l189_5: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v263_5: f32 = v259_5 * l189_5;
    t263[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v263_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l191_6: f32 = t191[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v259_6: f32 = acc1_2 * l191_6;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v259_6;
    let l190_6: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v260_6: f32 = acc1_2 * l190_6;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v260_6;
    let l189_6: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v263_6: f32 = v259_6 * l189_6;
    t263[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v263_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l191_7: f32 = t191[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v259_7: f32 = acc1_3 * l191_7;
    t259[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v259_7;
    let l190_7: f32 = t190[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v260_7: f32 = acc1_3 * l190_7;
    t260[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v260_7;
    let l189_7: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v263_7: f32 = v259_7 * l189_7;
    t263[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v263_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l191_8: f32 = t191[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v259_8: f32 = acc2_0 * l191_8;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx)] = v259_8;
    let l190_8: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v260_8: f32 = acc2_0 * l190_8;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx)] = v260_8;
    let l189_8: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v263_8: f32 = v259_8 * l189_8;
    t263[(row0 + ty + 32i) * 176i + (col0 + tx)] = v263_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l191_9: f32 = t191[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v259_9: f32 = acc2_1 * l191_9;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v259_9;
    let l190_9: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v260_9: f32 = acc2_1 * l190_9;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v260_9;
    let l189_9: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v263_9: f32 = v259_9 * l189_9;
    t263[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v263_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l191_10: f32 = t191[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v259_10: f32 = acc2_2 * l191_10;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v259_10;
    let l190_10: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v260_10: f32 = acc2_2 * l190_10;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v260_10;
    let l189_10: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v263_10: f32 = v259_10 * l189_10;
    t263[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v263_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l191_11: f32 = t191[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v259_11: f32 = acc2_3 * l191_11;
    t259[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v259_11;
    let l190_11: f32 = t190[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v260_11: f32 = acc2_3 * l190_11;
    t260[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v260_11;
    let l189_11: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v263_11: f32 = v259_11 * l189_11;
    t263[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v263_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l191_12: f32 = t191[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v259_12: f32 = acc3_0 * l191_12;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx)] = v259_12;
    let l190_12: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v260_12: f32 = acc3_0 * l190_12;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx)] = v260_12;
    let l189_12: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v263_12: f32 = v259_12 * l189_12;
    t263[(row0 + ty + 48i) * 176i + (col0 + tx)] = v263_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l191_13: f32 = t191[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v259_13: f32 = acc3_1 * l191_13;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v259_13;
    let l190_13: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v260_13: f32 = acc3_1 * l190_13;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v260_13;
    let l189_13: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v263_13: f32 = v259_13 * l189_13;
    t263[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v263_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l191_14: f32 = t191[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v259_14: f32 = acc3_2 * l191_14;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v259_14;
    let l190_14: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v260_14: f32 = acc3_2 * l190_14;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v260_14;
    let l189_14: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v263_14: f32 = v259_14 * l189_14;
    t263[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v263_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l191_15: f32 = t191[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v259_15: f32 = acc3_3 * l191_15;
    t259[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v259_15;
    let l190_15: f32 = t190[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v260_15: f32 = acc3_3 * l190_15;
    t260[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v260_15;
    let l189_15: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v263_15: f32 = v259_15 * l189_15;
    t263[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v263_15;
  }
}
