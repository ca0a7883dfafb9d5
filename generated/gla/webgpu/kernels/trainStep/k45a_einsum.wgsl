// kernel k45a_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t191: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t266: array<f32>;
@group(0) @binding(4) var<storage, read_write> t268: array<f32>;
@group(0) @binding(5) var<storage, read_write> t269: array<f32>;
@group(0) @binding(6) var<storage, read_write> t270: array<f32>;
@group(0) @binding(7) var<storage, read_write> t271: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k45a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t191[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t191[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t191[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t191[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l265: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v266: f32 = acc0_0 + l265;
    t266[(row0 + ty) * 64i + (col0 + tx)] = v266;
    let v267: f32 = -v266;
    let v268: f32 = exp(v267);
    t268[(row0 + ty) * 64i + (col0 + tx)] = v268;
    let v269: f32 = 1.0f + v268;
    t269[(row0 + ty) * 64i + (col0 + tx)] = v269;
    let v270: f32 = 1.0f / v269;
    t270[(row0 + ty) * 64i + (col0 + tx)] = v270;
    let v271: f32 = v266 * v270;
    t271[(row0 + ty) * 64i + (col0 + tx)] = v271;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l265_1: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v266_1: f32 = acc0_1 + l265_1;
    t266[(row0 + ty) * 64i + (col0 + tx) + 16i] = v266_1;
    let v267_1: f32 = -v266_1;
    let v268_1: f32 = exp(v267_1);
    t268[(row0 + ty) * 64i + (col0 + tx) + 16i] = v268_1;
    let v269_1: f32 = 1.0f + v268_1;
    t269[(row0 + ty) * 64i + (col0 + tx) + 16i] = v269_1;
    let v270_1: f32 = 1.0f / v269_1;
    t270[(row0 + ty) * 64i + (col0 + tx) + 16i] = v270_1;
    let v271_1: f32 = v266_1 * v270_1;
    t271[(row0 + ty) * 64i + (col0 + tx) + 16i] = v271_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l265_2: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v266_2: f32 = acc0_2 + l265_2;
    t266[(row0 + ty) * 64i + (col0 + tx) + 32i] = v266_2;
    let v267_2: f32 = -v266_2;
    let v268_2: f32 = exp(v267_2);
    t268[(row0 + ty) * 64i + (col0 + tx) + 32i] = v268_2;
    let v269_2: f32 = 1.0f + v268_2;
    t269[(row0 + ty) * 64i + (col0 + tx) + 32i] = v269_2;
    let v270_2: f32 = 1.0f / v269_2;
    t270[(row0 + ty) * 64i + (col0 + tx) + 32i] = v270_2;
    let v271_2: f32 = v266_2 * v270_2;
    t271[(row0 + ty) * 64i + (col0 + tx) + 32i] = v271_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l265_3: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v266_3: f32 = acc0_3 + l265_3;
    t266[(row0 + ty) * 64i + (col0 + tx) + 48i] = v266_3;
    let v267_3: f32 = -v266_3;
    let v268_3: f32 = exp(v267_3);
    t268[(row0 + ty) * 64i + (col0 + tx) + 48i] = v268_3;
    let v269_3: f32 = 1.0f + v268_3;
    t269[(row0 + ty) * 64i + (col0 + tx) + 48i] = v269_3;
    let v270_3: f32 = 1.0f / v269_3;
    t270[(row0 + ty) * 64i + (col0 + tx) + 48i] = v270_3;
    let v271_3: f32 = v266_3 * v270_3;
    t271[(row0 + ty) * 64i + (col0 + tx) + 48i] = v271_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l265_4: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v266_4: f32 = acc1_0 + l265_4;
    t266[(row0 + ty + 16i) * 64i + (col0 + tx)] = v266_4;
    let v267_4: f32 = -v266_4;
    let v268_4: f32 = exp(v267_4);
    t268[(row0 + ty + 16i) * 64i + (col0 + tx)] = v268_4;
    let v269_4: f32 = 1.0f + v268_4;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx)] = v269_4;
    let v270_4: f32 = 1.0f / v269_4;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx)] = v270_4;
    let v271_4: f32 = v266_4 * v270_4;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx)] = v271_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l265_5: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v266_5: f32 = acc1_1 + l265_5;
    t266[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v266_5;
    let v267_5: f32 = -v266_5;
    let v268_5: f32 = exp(v267_5);
    t268[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v268_5;
    let v269_5: f32 = 1.0f + v268_5;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v269_5;
    let v270_5: f32 = 1.0f / v269_5;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v270_5;
    let v271_5: f32 = v266_5 * v270_5;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v271_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l265_6: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v266_6: f32 = acc1_2 + l265_6;
    t266[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v266_6;
    let v267_6: f32 = -v266_6;
    let v268_6: f32 = exp(v267_6);
    t268[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v268_6;
    let v269_6: f32 = 1.0f + v268_6;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v269_6;
    let v270_6: f32 = 1.0f / v269_6;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v270_6;
    let v271_6: f32 = v266_6 * v270_6;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v271_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l265_7: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v266_7: f32 = acc1_3 + l265_7;
    t266[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v266_7;
    let v267_7: f32 = -v266_7;
    let v268_7: f32 = exp(v267_7);
    t268[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v268_7;
    let v269_7: f32 = 1.0f + v268_7;
    t269[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v269_7;
    let v270_7: f32 = 1.0f / v269_7;
    t270[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v270_7;
    let v271_7: f32 = v266_7 * v270_7;
    t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v271_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l265_8: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v266_8: f32 = acc2_0 + l265_8;
    t266[(row0 + ty + 32i) * 64i + (col0 + tx)] = v266_8;
    let v267_8: f32 = -v266_8;
    let v268_8: f32 = exp(v267_8);
    t268[(row0 + ty + 32i) * 64i + (col0 + tx)] = v268_8;
    let v269_8: f32 = 1.0f + v268_8;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx)] = v269_8;
    let v270_8: f32 = 1.0f / v269_8;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx)] = v270_8;
    let v271_8: f32 = v266_8 * v270_8;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx)] = v271_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l265_9: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v266_9: f32 = acc2_1 + l265_9;
    t266[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v266_9;
    let v267_9: f32 = -v266_9;
    let v268_9: f32 = exp(v267_9);
    t268[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v268_9;
    let v269_9: f32 = 1.0f + v268_9;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v269_9;
    let v270_9: f32 = 1.0f / v269_9;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v270_9;
    let v271_9: f32 = v266_9 * v270_9;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v271_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l265_10: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v266_10: f32 = acc2_2 + l265_10;
    t266[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v266_10;
    let v267_10: f32 = -v266_10;
    let v268_10: f32 = exp(v267_10);
    t268[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v268_10;
    let v269_10: f32 = 1.0f + v268_10;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v269_10;
    let v270_10: f32 = 1.0f / v269_10;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v270_10;
    let v271_10: f32 = v266_10 * v270_10;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v271_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l265_11: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v266_11: f32 = acc2_3 + l265_11;
    t266[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v266_11;
    let v267_11: f32 = -v266_11;
    let v268_11: f32 = exp(v267_11);
    t268[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v268_11;
    let v269_11: f32 = 1.0f + v268_11;
    t269[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v269_11;
    let v270_11: f32 = 1.0f / v269_11;
    t270[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v270_11;
    let v271_11: f32 = v266_11 * v270_11;
    t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v271_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l265_12: f32 = p_layers_1_attn_wr_b[col0 + tx];
    let v266_12: f32 = acc3_0 + l265_12;
    t266[(row0 + ty + 48i) * 64i + (col0 + tx)] = v266_12;
    let v267_12: f32 = -v266_12;
    let v268_12: f32 = exp(v267_12);
    t268[(row0 + ty + 48i) * 64i + (col0 + tx)] = v268_12;
    let v269_12: f32 = 1.0f + v268_12;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx)] = v269_12;
    let v270_12: f32 = 1.0f / v269_12;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx)] = v270_12;
    let v271_12: f32 = v266_12 * v270_12;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx)] = v271_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l265_13: f32 = p_layers_1_attn_wr_b[col0 + tx + 16i];
    let v266_13: f32 = acc3_1 + l265_13;
    t266[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v266_13;
    let v267_13: f32 = -v266_13;
    let v268_13: f32 = exp(v267_13);
    t268[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v268_13;
    let v269_13: f32 = 1.0f + v268_13;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v269_13;
    let v270_13: f32 = 1.0f / v269_13;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v270_13;
    let v271_13: f32 = v266_13 * v270_13;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v271_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l265_14: f32 = p_layers_1_attn_wr_b[col0 + tx + 32i];
    let v266_14: f32 = acc3_2 + l265_14;
    t266[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v266_14;
    let v267_14: f32 = -v266_14;
    let v268_14: f32 = exp(v267_14);
    t268[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v268_14;
    let v269_14: f32 = 1.0f + v268_14;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v269_14;
    let v270_14: f32 = 1.0f / v269_14;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v270_14;
    let v271_14: f32 = v266_14 * v270_14;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v271_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l265_15: f32 = p_layers_1_attn_wr_b[col0 + tx + 48i];
    let v266_15: f32 = acc3_3 + l265_15;
    t266[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v266_15;
    let v267_15: f32 = -v266_15;
    let v268_15: f32 = exp(v267_15);
    t268[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v268_15;
    let v269_15: f32 = 1.0f + v268_15;
    t269[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v269_15;
    let v270_15: f32 = 1.0f / v269_15;
    t270[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v270_15;
    let v271_15: f32 = v266_15 * v270_15;
    t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v271_15;
  }
}
