// kernel k64_einsum
@group(0) @binding(0) var<storage, read> t368: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t251: array<f32>;
@group(0) @binding(3) var<storage, read_write> t372: array<f32>;
@group(0) @binding(4) var<storage, read> t252: array<f32>;
@group(0) @binding(5) var<storage, read> t250: array<f32>;
@group(0) @binding(6) var<storage, read> t249: array<f32>;
@group(0) @binding(7) var<storage, read_write> t381: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k64_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t368[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t368[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t368[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t368[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wo_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 12i + (col0 + bN) * 64i];
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
    let l251: f32 = t251[(row0 + ty) * 64i + (col0 + tx)];
    let v372: f32 = acc0_0 * l251;
    t372[(row0 + ty) * 64i + (col0 + tx)] = v372;
    let l253: f32 = t252[(row0 + ty) * 64i + (col0 + tx)];
    let v371: f32 = acc0_0 * l253;
    let l250: f32 = t250[(row0 + ty) * 64i + (col0 + tx)];
    let v375: f32 = v371 * l250;
    let l249: f32 = t249[(row0 + ty) * 64i + (col0 + tx)];
    let v376: f32 = v371 * l249;
    let v378: f32 = 1.0f - l250;
    let v379: f32 = l250 * v378;
    let v380: f32 = v376 * v379;
    let v381: f32 = v375 + v380;
    t381[(row0 + ty) * 64i + (col0 + tx)] = v381;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l251_1: f32 = t251[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v372_1: f32 = acc0_1 * l251_1;
    t372[(row0 + ty) * 64i + (col0 + tx) + 16i] = v372_1;
    let l253_1: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v371_1: f32 = acc0_1 * l253_1;
    let l250_1: f32 = t250[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v375_1: f32 = v371_1 * l250_1;
    let l249_1: f32 = t249[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v376_1: f32 = v371_1 * l249_1;
    let v378_1: f32 = 1.0f - l250_1;
    let v379_1: f32 = l250_1 * v378_1;
    let v380_1: f32 = v376_1 * v379_1;
    let v381_1: f32 = v375_1 + v380_1;
    t381[(row0 + ty) * 64i + (col0 + tx) + 16i] = v381_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l251_2: f32 = t251[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v372_2: f32 = acc0_2 * l251_2;
    t372[(row0 + ty) * 64i + (col0 + tx) + 32i] = v372_2;
    let l253_2: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v371_2: f32 = acc0_2 * l253_2;
    let l250_2: f32 = t250[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v375_2: f32 = v371_2 * l250_2;
    let l249_2: f32 = t249[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v376_2: f32 = v371_2 * l249_2;
    let v378_2: f32 = 1.0f - l250_2;
    let v379_2: f32 = l250_2 * v378_2;
    let v380_2: f32 = v376_2 * v379_2;
    let v381_2: f32 = v375_2 + v380_2;
    t381[(row0 + ty) * 64i + (col0 + tx) + 32i] = v381_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l251_3: f32 = t251[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v372_3: f32 = acc0_3 * l251_3;
    t372[(row0 + ty) * 64i + (col0 + tx) + 48i] = v372_3;
    let l253_3: f32 = t252[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v371_3: f32 = acc0_3 * l253_3;
    let l250_3: f32 = t250[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v375_3: f32 = v371_3 * l250_3;
    let l249_3: f32 = t249[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v376_3: f32 = v371_3 * l249_3;
    let v378_3: f32 = 1.0f - l250_3;
    let v379_3: f32 = l250_3 * v378_3;
    let v380_3: f32 = v376_3 * v379_3;
    let v381_3: f32 = v375_3 + v380_3;
    t381[(row0 + ty) * 64i + (col0 + tx) + 48i] = v381_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l251_4: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v372_4: f32 = acc1_0 * l251_4;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx)] = v372_4;
    let l253_4: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v371_4: f32 = acc1_0 * l253_4;
    let l250_4: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v375_4: f32 = v371_4 * l250_4;
    let l249_4: f32 = t249[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v376_4: f32 = v371_4 * l249_4;
    let v378_4: f32 = 1.0f - l250_4;
    let v379_4: f32 = l250_4 * v378_4;
    let v380_4: f32 = v376_4 * v379_4;
    let v381_4: f32 = v375_4 + v380_4;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx)] = v381_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l251_5: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v372_5: f32 = acc1_1 * l251_5;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v372_5;
    let l253_5: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v371_5: f32 = acc1_1 * l253_5;
    let l250_5: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v375_5: f32 = v371_5 * l250_5;
    let l249_5: f32 = t249[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v376_5: f32 = v371_5 * l249_5;
    let v378_5: f32 = 1.0f - l250_5;
    let v379_5: f32 = l250_5 * v378_5;
    let v380_5: f32 = v376_5 * v379_5;
    let v381_5: f32 = v375_5 + v380_5;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v381_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l251_6: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v372_6: f32 = acc1_2 * l251_6;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v372_6;
    let l253_6: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v371_6: f32 = acc1_2 * l253_6;
    let l250_6: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v375_6: f32 = v371_6 * l250_6;
    let l249_6: f32 = t249[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v376_6: f32 = v371_6 * l249_6;
    let v378_6: f32 = 1.0f - l250_6;
    let v379_6: f32 = l250_6 * v378_6;
    let v380_6: f32 = v376_6 * v379_6;
    let v381_6: f32 = v375_6 + v380_6;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v381_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l251_7: f32 = t251[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v372_7: f32 = acc1_3 * l251_7;
    t372[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v372_7;
    let l253_7: f32 = t252[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v371_7: f32 = acc1_3 * l253_7;
    let l250_7: f32 = t250[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v375_7: f32 = v371_7 * l250_7;
    let l249_7: f32 = t249[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v376_7: f32 = v371_7 * l249_7;
    let v378_7: f32 = 1.0f - l250_7;
    let v379_7: f32 = l250_7 * v378_7;
    let v380_7: f32 = v376_7 * v379_7;
    let v381_7: f32 = v375_7 + v380_7;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v381_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l251_8: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v372_8: f32 = acc2_0 * l251_8;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx)] = v372_8;
    let l253_8: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v371_8: f32 = acc2_0 * l253_8;
    let l250_8: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v375_8: f32 = v371_8 * l250_8;
    let l249_8: f32 = t249[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v376_8: f32 = v371_8 * l249_8;
    let v378_8: f32 = 1.0f - l250_8;
    let v379_8: f32 = l250_8 * v378_8;
    let v380_8: f32 = v376_8 * v379_8;
    let v381_8: f32 = v375_8 + v380_8;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx)] = v381_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l251_9: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v372_9: f32 = acc2_1 * l251_9;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v372_9;
    let l253_9: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v371_9: f32 = acc2_1 * l253_9;
    let l250_9: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v375_9: f32 = v371_9 * l250_9;
    let l249_9: f32 = t249[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v376_9: f32 = v371_9 * l249_9;
    let v378_9: f32 = 1.0f - l250_9;
    let v379_9: f32 = l250_9 * v378_9;
    let v380_9: f32 = v376_9 * v379_9;
    let v381_9: f32 = v375_9 + v380_9;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v381_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l251_10: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v372_10: f32 = acc2_2 * l251_10;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v372_10;
    let l253_10: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v371_10: f32 = acc2_2 * l253_10;
    let l250_10: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v375_10: f32 = v371_10 * l250_10;
    let l249_10: f32 = t249[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v376_10: f32 = v371_10 * l249_10;
    let v378_10: f32 = 1.0f - l250_10;
    let v379_10: f32 = l250_10 * v378_10;
    let v380_10: f32 = v376_10 * v379_10;
    let v381_10: f32 = v375_10 + v380_10;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v381_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l251_11: f32 = t251[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v372_11: f32 = acc2_3 * l251_11;
    t372[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v372_11;
    let l253_11: f32 = t252[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v371_11: f32 = acc2_3 * l253_11;
    let l250_11: f32 = t250[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v375_11: f32 = v371_11 * l250_11;
    let l249_11: f32 = t249[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v376_11: f32 = v371_11 * l249_11;
    let v378_11: f32 = 1.0f - l250_11;
    let v379_11: f32 = l250_11 * v378_11;
    let v380_11: f32 = v376_11 * v379_11;
    let v381_11: f32 = v375_11 + v380_11;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v381_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l251_12: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v372_12: f32 = acc3_0 * l251_12;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx)] = v372_12;
    let l253_12: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v371_12: f32 = acc3_0 * l253_12;
    let l250_12: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v375_12: f32 = v371_12 * l250_12;
    let l249_12: f32 = t249[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v376_12: f32 = v371_12 * l249_12;
    let v378_12: f32 = 1.0f - l250_12;
    let v379_12: f32 = l250_12 * v378_12;
    let v380_12: f32 = v376_12 * v379_12;
    let v381_12: f32 = v375_12 + v380_12;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx)] = v381_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l251_13: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v372_13: f32 = acc3_1 * l251_13;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v372_13;
    let l253_13: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v371_13: f32 = acc3_1 * l253_13;
    let l250_13: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v375_13: f32 = v371_13 * l250_13;
    let l249_13: f32 = t249[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v376_13: f32 = v371_13 * l249_13;
    let v378_13: f32 = 1.0f - l250_13;
    let v379_13: f32 = l250_13 * v378_13;
    let v380_13: f32 = v376_13 * v379_13;
    let v381_13: f32 = v375_13 + v380_13;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v381_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l251_14: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v372_14: f32 = acc3_2 * l251_14;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v372_14;
    let l253_14: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v371_14: f32 = acc3_2 * l253_14;
    let l250_14: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v375_14: f32 = v371_14 * l250_14;
    let l249_14: f32 = t249[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v376_14: f32 = v371_14 * l249_14;
    let v378_14: f32 = 1.0f - l250_14;
    let v379_14: f32 = l250_14 * v378_14;
    let v380_14: f32 = v376_14 * v379_14;
    let v381_14: f32 = v375_14 + v380_14;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v381_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l251_15: f32 = t251[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v372_15: f32 = acc3_3 * l251_15;
    t372[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v372_15;
    let l253_15: f32 = t252[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v371_15: f32 = acc3_3 * l253_15;
    let l250_15: f32 = t250[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v375_15: f32 = v371_15 * l250_15;
    let l249_15: f32 = t249[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v376_15: f32 = v371_15 * l249_15;
    let v378_15: f32 = 1.0f - l250_15;
    let v379_15: f32 = l250_15 * v378_15;
    let v380_15: f32 = v376_15 * v379_15;
    let v381_15: f32 = v375_15 + v380_15;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v381_15;
  }
}
