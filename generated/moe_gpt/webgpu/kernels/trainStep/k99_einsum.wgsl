// kernel k99_einsum
@group(0) @binding(0) var<storage, read> t434: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t444: array<f32>;
@group(0) @binding(3) var<storage, read> t470: array<f32>;
@group(0) @binding(4) var<storage, read> t485: array<f32>;
@group(0) @binding(5) var<storage, read_write> t490: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t491: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k99_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t434[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t434[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t434[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t434[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + 12i + (col0 + bN) * 32i];
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
    let l444: f32 = t444[(row0 + ty) * 64i + (col0 + tx)];
    let v489: f32 = acc0_0 + l444;
    let l470: f32 = t470[(row0 + ty) * 64i + (col0 + tx)];
    let l485: f32 = t485[(row0 + ty) * 64i + (col0 + tx)];
    let v487: f32 = l470 + l485;
    let v490: f32 = v489 + v487;
    t490[(row0 + ty) * 64i + (col0 + tx)] = v490;
    let l280: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v491: f32 = v490 * l280;
    t491[(row0 + ty) * 64i + (col0 + tx)] = v491;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l444_1: f32 = t444[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v489_1: f32 = acc0_1 + l444_1;
    let l470_1: f32 = t470[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l485_1: f32 = t485[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v487_1: f32 = l470_1 + l485_1;
    let v490_1: f32 = v489_1 + v487_1;
    t490[(row0 + ty) * 64i + (col0 + tx) + 16i] = v490_1;
    let l280_1: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v491_1: f32 = v490_1 * l280_1;
    t491[(row0 + ty) * 64i + (col0 + tx) + 16i] = v491_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l444_2: f32 = t444[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v489_2: f32 = acc0_2 + l444_2;
    let l470_2: f32 = t470[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l485_2: f32 = t485[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v487_2: f32 = l470_2 + l485_2;
    let v490_2: f32 = v489_2 + v487_2;
    t490[(row0 + ty) * 64i + (col0 + tx) + 32i] = v490_2;
    let l280_2: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v491_2: f32 = v490_2 * l280_2;
    t491[(row0 + ty) * 64i + (col0 + tx) + 32i] = v491_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l444_3: f32 = t444[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v489_3: f32 = acc0_3 + l444_3;
    let l470_3: f32 = t470[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l485_3: f32 = t485[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v487_3: f32 = l470_3 + l485_3;
    let v490_3: f32 = v489_3 + v487_3;
    t490[(row0 + ty) * 64i + (col0 + tx) + 48i] = v490_3;
    let l280_3: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v491_3: f32 = v490_3 * l280_3;
    t491[(row0 + ty) * 64i + (col0 + tx) + 48i] = v491_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l444_4: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v489_4: f32 = acc1_0 + l444_4;
    let l470_4: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l485_4: f32 = t485[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v487_4: f32 = l470_4 + l485_4;
    let v490_4: f32 = v489_4 + v487_4;
    t490[(row0 + ty + 16i) * 64i + (col0 + tx)] = v490_4;
    let l280_4: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v491_4: f32 = v490_4 * l280_4;
    t491[(row0 + ty + 16i) * 64i + (col0 + tx)] = v491_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l444_5: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v489_5: f32 = acc1_1 + l444_5;
    let l470_5: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l485_5: f32 = t485[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v487_5: f32 = l470_5 + l485_5;
    let v490_5: f32 = v489_5 + v487_5;
    t490[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v490_5;
    let l280_5: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v491_5: f32 = v490_5 * l280_5;
    t491[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v491_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l444_6: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v489_6: f32 = acc1_2 + l444_6;
    let l470_6: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l485_6: f32 = t485[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v487_6: f32 = l470_6 + l485_6;
    let v490_6: f32 = v489_6 + v487_6;
    t490[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v490_6;
    let l280_6: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v491_6: f32 = v490_6 * l280_6;
    t491[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v491_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l444_7: f32 = t444[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v489_7: f32 = acc1_3 + l444_7;
    let l470_7: f32 = t470[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l485_7: f32 = t485[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v487_7: f32 = l470_7 + l485_7;
    let v490_7: f32 = v489_7 + v487_7;
    t490[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v490_7;
    let l280_7: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v491_7: f32 = v490_7 * l280_7;
    t491[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v491_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l444_8: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v489_8: f32 = acc2_0 + l444_8;
    let l470_8: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l485_8: f32 = t485[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v487_8: f32 = l470_8 + l485_8;
    let v490_8: f32 = v489_8 + v487_8;
    t490[(row0 + ty + 32i) * 64i + (col0 + tx)] = v490_8;
    let l280_8: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v491_8: f32 = v490_8 * l280_8;
    t491[(row0 + ty + 32i) * 64i + (col0 + tx)] = v491_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l444_9: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v489_9: f32 = acc2_1 + l444_9;
    let l470_9: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l485_9: f32 = t485[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v487_9: f32 = l470_9 + l485_9;
    let v490_9: f32 = v489_9 + v487_9;
    t490[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v490_9;
    let l280_9: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v491_9: f32 = v490_9 * l280_9;
    t491[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v491_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l444_10: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v489_10: f32 = acc2_2 + l444_10;
    let l470_10: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l485_10: f32 = t485[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v487_10: f32 = l470_10 + l485_10;
    let v490_10: f32 = v489_10 + v487_10;
    t490[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v490_10;
    let l280_10: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v491_10: f32 = v490_10 * l280_10;
    t491[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v491_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l444_11: f32 = t444[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v489_11: f32 = acc2_3 + l444_11;
    let l470_11: f32 = t470[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l485_11: f32 = t485[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v487_11: f32 = l470_11 + l485_11;
    let v490_11: f32 = v489_11 + v487_11;
    t490[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v490_11;
    let l280_11: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v491_11: f32 = v490_11 * l280_11;
    t491[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v491_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l444_12: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v489_12: f32 = acc3_0 + l444_12;
    let l470_12: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l485_12: f32 = t485[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v487_12: f32 = l470_12 + l485_12;
    let v490_12: f32 = v489_12 + v487_12;
    t490[(row0 + ty + 48i) * 64i + (col0 + tx)] = v490_12;
    let l280_12: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v491_12: f32 = v490_12 * l280_12;
    t491[(row0 + ty + 48i) * 64i + (col0 + tx)] = v491_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l444_13: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v489_13: f32 = acc3_1 + l444_13;
    let l470_13: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l485_13: f32 = t485[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v487_13: f32 = l470_13 + l485_13;
    let v490_13: f32 = v489_13 + v487_13;
    t490[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v490_13;
    let l280_13: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v491_13: f32 = v490_13 * l280_13;
    t491[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v491_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l444_14: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v489_14: f32 = acc3_2 + l444_14;
    let l470_14: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l485_14: f32 = t485[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v487_14: f32 = l470_14 + l485_14;
    let v490_14: f32 = v489_14 + v487_14;
    t490[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v490_14;
    let l280_14: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v491_14: f32 = v490_14 * l280_14;
    t491[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v491_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l444_15: f32 = t444[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v489_15: f32 = acc3_3 + l444_15;
    let l470_15: f32 = t470[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l485_15: f32 = t485[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v487_15: f32 = l470_15 + l485_15;
    let v490_15: f32 = v489_15 + v487_15;
    t490[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v490_15;
    let l280_15: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v491_15: f32 = v490_15 * l280_15;
    t491[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v491_15;
  }
}
