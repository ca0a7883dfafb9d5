// kernel k35_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t224: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn2_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t228: array<f32>;
@group(0) @binding(3) var<storage, read_write> t229: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t224[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t224[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t224[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t224[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn2_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn2_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn2_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn2_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v226: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v227: f32 = acc0_0 * v226;
    let l228: f32 = t228[(row0 + ty) * 176i + (col0 + tx)];
    let v229: f32 = v227 * l228;
    t229[(row0 + ty) * 176i + (col0 + tx)] = v229;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v226_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v227_1: f32 = acc0_1 * v226_1;
    let l228_1: f32 = t228[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v229_1: f32 = v227_1 * l228_1;
    t229[(row0 + ty) * 176i + (col0 + tx) + 16i] = v229_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v226_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v227_2: f32 = acc0_2 * v226_2;
    let l228_2: f32 = t228[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v229_2: f32 = v227_2 * l228_2;
    t229[(row0 + ty) * 176i + (col0 + tx) + 32i] = v229_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v226_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v227_3: f32 = acc0_3 * v226_3;
    let l228_3: f32 = t228[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v229_3: f32 = v227_3 * l228_3;
    t229[(row0 + ty) * 176i + (col0 + tx) + 48i] = v229_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v226_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v227_4: f32 = acc1_0 * v226_4;
    let l228_4: f32 = t228[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v229_4: f32 = v227_4 * l228_4;
    t229[(row0 + ty + 16i) * 176i + (col0 + tx)] = v229_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v226_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v227_5: f32 = acc1_1 * v226_5;
    let l228_5: f32 = t228[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v229_5: f32 = v227_5 * l228_5;
    t229[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v229_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v226_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v227_6: f32 = acc1_2 * v226_6;
    let l228_6: f32 = t228[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v229_6: f32 = v227_6 * l228_6;
    t229[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v229_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v226_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v227_7: f32 = acc1_3 * v226_7;
    let l228_7: f32 = t228[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v229_7: f32 = v227_7 * l228_7;
    t229[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v229_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v226_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v227_8: f32 = acc2_0 * v226_8;
    let l228_8: f32 = t228[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v229_8: f32 = v227_8 * l228_8;
    t229[(row0 + ty + 32i) * 176i + (col0 + tx)] = v229_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v226_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v227_9: f32 = acc2_1 * v226_9;
    let l228_9: f32 = t228[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v229_9: f32 = v227_9 * l228_9;
    t229[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v229_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v226_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v227_10: f32 = acc2_2 * v226_10;
    let l228_10: f32 = t228[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v229_10: f32 = v227_10 * l228_10;
    t229[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v229_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v226_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v227_11: f32 = acc2_3 * v226_11;
    let l228_11: f32 = t228[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v229_11: f32 = v227_11 * l228_11;
    t229[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v229_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v226_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v227_12: f32 = acc3_0 * v226_12;
    let l228_12: f32 = t228[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v229_12: f32 = v227_12 * l228_12;
    t229[(row0 + ty + 48i) * 176i + (col0 + tx)] = v229_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v226_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v227_13: f32 = acc3_1 * v226_13;
    let l228_13: f32 = t228[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v229_13: f32 = v227_13 * l228_13;
    t229[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v229_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v226_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v227_14: f32 = acc3_2 * v226_14;
    let l228_14: f32 = t228[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v229_14: f32 = v227_14 * l228_14;
    t229[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v229_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v226_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v227_15: f32 = acc3_3 * v226_15;
    let l228_15: f32 = t228[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v229_15: f32 = v227_15 * l228_15;
    t229[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v229_15;
  }
}
