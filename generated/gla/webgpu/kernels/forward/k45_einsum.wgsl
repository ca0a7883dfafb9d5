// kernel k45_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t190: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t271: array<f32>;
@group(0) @binding(4) var<storage, read_write> t273: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k45_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t190[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t190[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t190[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t190[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l264: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v265: f32 = acc0_0 + l264;
    let v266: f32 = -v265;
    let v267: f32 = exp(v266);
    let v268: f32 = 1.0f + v267;
    let v269: f32 = 1.0f / v268;
    let v270: f32 = v265 * v269;
    let l272: f32 = t271[(row0 + ty) * 64i + (col0 + tx)];
    let v273: f32 = v270 * l272;
    t273[(row0 + ty) * 64i + (col0 + tx)] = v273;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l264_1: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v265_1: f32 = acc0_1 + l264_1;
    let v266_1: f32 = -v265_1;
    let v267_1: f32 = exp(v266_1);
    let v268_1: f32 = 1.0f + v267_1;
    let v269_1: f32 = 1.0f / v268_1;
    let v270_1: f32 = v265_1 * v269_1;
    let l272_1: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v273_1: f32 = v270_1 * l272_1;
    t273[(row0 + ty) * 64i + (col0 + tx) + 16i] = v273_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l264_2: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v265_2: f32 = acc0_2 + l264_2;
    let v266_2: f32 = -v265_2;
    let v267_2: f32 = exp(v266_2);
    let v268_2: f32 = 1.0f + v267_2;
    let v269_2: f32 = 1.0f / v268_2;
    let v270_2: f32 = v265_2 * v269_2;
    let l272_2: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v273_2: f32 = v270_2 * l272_2;
    t273[(row0 + ty) * 64i + (col0 + tx) + 32i] = v273_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l264_3: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v265_3: f32 = acc0_3 + l264_3;
    let v266_3: f32 = -v265_3;
    let v267_3: f32 = exp(v266_3);
    let v268_3: f32 = 1.0f + v267_3;
    let v269_3: f32 = 1.0f / v268_3;
    let v270_3: f32 = v265_3 * v269_3;
    let l272_3: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v273_3: f32 = v270_3 * l272_3;
    t273[(row0 + ty) * 64i + (col0 + tx) + 48i] = v273_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l264_4: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v265_4: f32 = acc1_0 + l264_4;
    let v266_4: f32 = -v265_4;
    let v267_4: f32 = exp(v266_4);
    let v268_4: f32 = 1.0f + v267_4;
    let v269_4: f32 = 1.0f / v268_4;
    let v270_4: f32 = v265_4 * v269_4;
    let l272_4: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v273_4: f32 = v270_4 * l272_4;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx)] = v273_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l264_5: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v265_5: f32 = acc1_1 + l264_5;
    let v266_5: f32 = -v265_5;
    let v267_5: f32 = exp(v266_5);
    let v268_5: f32 = 1.0f + v267_5;
    let v269_5: f32 = 1.0f / v268_5;
    let v270_5: f32 = v265_5 * v269_5;
    let l272_5: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v273_5: f32 = v270_5 * l272_5;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v273_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l264_6: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v265_6: f32 = acc1_2 + l264_6;
    let v266_6: f32 = -v265_6;
    let v267_6: f32 = exp(v266_6);
    let v268_6: f32 = 1.0f + v267_6;
    let v269_6: f32 = 1.0f / v268_6;
    let v270_6: f32 = v265_6 * v269_6;
    let l272_6: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v273_6: f32 = v270_6 * l272_6;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v273_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l264_7: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v265_7: f32 = acc1_3 + l264_7;
    let v266_7: f32 = -v265_7;
    let v267_7: f32 = exp(v266_7);
    let v268_7: f32 = 1.0f + v267_7;
    let v269_7: f32 = 1.0f / v268_7;
    let v270_7: f32 = v265_7 * v269_7;
    let l272_7: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v273_7: f32 = v270_7 * l272_7;
    t273[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v273_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l264_8: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v265_8: f32 = acc2_0 + l264_8;
    let v266_8: f32 = -v265_8;
    let v267_8: f32 = exp(v266_8);
    let v268_8: f32 = 1.0f + v267_8;
    let v269_8: f32 = 1.0f / v268_8;
    let v270_8: f32 = v265_8 * v269_8;
    let l272_8: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v273_8: f32 = v270_8 * l272_8;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx)] = v273_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l264_9: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v265_9: f32 = acc2_1 + l264_9;
    let v266_9: f32 = -v265_9;
    let v267_9: f32 = exp(v266_9);
    let v268_9: f32 = 1.0f + v267_9;
    let v269_9: f32 = 1.0f / v268_9;
    let v270_9: f32 = v265_9 * v269_9;
    let l272_9: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v273_9: f32 = v270_9 * l272_9;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v273_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l264_10: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v265_10: f32 = acc2_2 + l264_10;
    let v266_10: f32 = -v265_10;
    let v267_10: f32 = exp(v266_10);
    let v268_10: f32 = 1.0f + v267_10;
    let v269_10: f32 = 1.0f / v268_10;
    let v270_10: f32 = v265_10 * v269_10;
    let l272_10: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v273_10: f32 = v270_10 * l272_10;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v273_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l264_11: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v265_11: f32 = acc2_3 + l264_11;
    let v266_11: f32 = -v265_11;
    let v267_11: f32 = exp(v266_11);
    let v268_11: f32 = 1.0f + v267_11;
    let v269_11: f32 = 1.0f / v268_11;
    let v270_11: f32 = v265_11 * v269_11;
    let l272_11: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v273_11: f32 = v270_11 * l272_11;
    t273[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v273_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l264_12: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v265_12: f32 = acc3_0 + l264_12;
    let v266_12: f32 = -v265_12;
    let v267_12: f32 = exp(v266_12);
    let v268_12: f32 = 1.0f + v267_12;
    let v269_12: f32 = 1.0f / v268_12;
    let v270_12: f32 = v265_12 * v269_12;
    let l272_12: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v273_12: f32 = v270_12 * l272_12;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx)] = v273_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l264_13: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v265_13: f32 = acc3_1 + l264_13;
    let v266_13: f32 = -v265_13;
    let v267_13: f32 = exp(v266_13);
    let v268_13: f32 = 1.0f + v267_13;
    let v269_13: f32 = 1.0f / v268_13;
    let v270_13: f32 = v265_13 * v269_13;
    let l272_13: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v273_13: f32 = v270_13 * l272_13;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v273_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l264_14: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v265_14: f32 = acc3_2 + l264_14;
    let v266_14: f32 = -v265_14;
    let v267_14: f32 = exp(v266_14);
    let v268_14: f32 = 1.0f + v267_14;
    let v269_14: f32 = 1.0f / v268_14;
    let v270_14: f32 = v265_14 * v269_14;
    let l272_14: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v273_14: f32 = v270_14 * l272_14;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v273_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l264_15: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v265_15: f32 = acc3_3 + l264_15;
    let v266_15: f32 = -v265_15;
    let v267_15: f32 = exp(v266_15);
    let v268_15: f32 = 1.0f + v267_15;
    let v269_15: f32 = 1.0f / v268_15;
    let v270_15: f32 = v265_15 * v269_15;
    let l272_15: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v273_15: f32 = v270_15 * l272_15;
    t273[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v273_15;
  }
}
