// kernel k47_einsum
@group(0) @binding(0) var<storage, read> t342: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(2) var<storage, read> t251: array<f32>;
@group(0) @binding(3) var<storage, read> t250: array<f32>;
@group(0) @binding(4) var<storage, read_write> t369: array<f32>;
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 64i) {
      tileA[tx * 64i + ty] = t342[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t342[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t342[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t342[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_1_ffn_value_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_ffn_value_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_ffn_value_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_ffn_value_w[bK + 12i + (col0 + bN) * 64i];
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
    let l251: f32 = t251[(row0 + ty) * 256i + (col0 + tx)];
    let v345: f32 = acc0_0 * l251;
    let v361: f32 = v345 + v345;
    let l250: f32 = t250[(row0 + ty) * 256i + (col0 + tx)];
    let v362: bool = l250 > 0.0f;
    let v363: f32 = f32(v362);
    let v364: bool = l250 == 0.0f;
    let v365: f32 = f32(v364);
    let v367: f32 = v365 * 0.5f;
    let v368: f32 = v363 + v367;
    let v369: f32 = v361 * v368;
    t369[(row0 + ty) * 256i + (col0 + tx)] = v369;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l251_1: f32 = t251[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v345_1: f32 = acc0_1 * l251_1;
    let v361_1: f32 = v345_1 + v345_1;
    let l250_1: f32 = t250[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v362_1: bool = l250_1 > 0.0f;
    let v363_1: f32 = f32(v362_1);
    let v364_1: bool = l250_1 == 0.0f;
    let v365_1: f32 = f32(v364_1);
    let v367_1: f32 = v365_1 * 0.5f;
    let v368_1: f32 = v363_1 + v367_1;
    let v369_1: f32 = v361_1 * v368_1;
    t369[(row0 + ty) * 256i + (col0 + tx) + 16i] = v369_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l251_2: f32 = t251[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v345_2: f32 = acc0_2 * l251_2;
    let v361_2: f32 = v345_2 + v345_2;
    let l250_2: f32 = t250[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v362_2: bool = l250_2 > 0.0f;
    let v363_2: f32 = f32(v362_2);
    let v364_2: bool = l250_2 == 0.0f;
    let v365_2: f32 = f32(v364_2);
    let v367_2: f32 = v365_2 * 0.5f;
    let v368_2: f32 = v363_2 + v367_2;
    let v369_2: f32 = v361_2 * v368_2;
    t369[(row0 + ty) * 256i + (col0 + tx) + 32i] = v369_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l251_3: f32 = t251[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v345_3: f32 = acc0_3 * l251_3;
    let v361_3: f32 = v345_3 + v345_3;
    let l250_3: f32 = t250[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v362_3: bool = l250_3 > 0.0f;
    let v363_3: f32 = f32(v362_3);
    let v364_3: bool = l250_3 == 0.0f;
    let v365_3: f32 = f32(v364_3);
    let v367_3: f32 = v365_3 * 0.5f;
    let v368_3: f32 = v363_3 + v367_3;
    let v369_3: f32 = v361_3 * v368_3;
    t369[(row0 + ty) * 256i + (col0 + tx) + 48i] = v369_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l251_4: f32 = t251[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v345_4: f32 = acc1_0 * l251_4;
    let v361_4: f32 = v345_4 + v345_4;
    let l250_4: f32 = t250[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v362_4: bool = l250_4 > 0.0f;
    let v363_4: f32 = f32(v362_4);
    let v364_4: bool = l250_4 == 0.0f;
    let v365_4: f32 = f32(v364_4);
    let v367_4: f32 = v365_4 * 0.5f;
    let v368_4: f32 = v363_4 + v367_4;
    let v369_4: f32 = v361_4 * v368_4;
    t369[(row0 + ty + 16i) * 256i + (col0 + tx)] = v369_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l251_5: f32 = t251[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v345_5: f32 = acc1_1 * l251_5;
    let v361_5: f32 = v345_5 + v345_5;
    let l250_5: f32 = t250[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v362_5: bool = l250_5 > 0.0f;
    let v363_5: f32 = f32(v362_5);
    let v364_5: bool = l250_5 == 0.0f;
    let v365_5: f32 = f32(v364_5);
    let v367_5: f32 = v365_5 * 0.5f;
    let v368_5: f32 = v363_5 + v367_5;
    let v369_5: f32 = v361_5 * v368_5;
    t369[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v369_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l251_6: f32 = t251[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v345_6: f32 = acc1_2 * l251_6;
    let v361_6: f32 = v345_6 + v345_6;
    let l250_6: f32 = t250[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v362_6: bool = l250_6 > 0.0f;
    let v363_6: f32 = f32(v362_6);
    let v364_6: bool = l250_6 == 0.0f;
    let v365_6: f32 = f32(v364_6);
    let v367_6: f32 = v365_6 * 0.5f;
    let v368_6: f32 = v363_6 + v367_6;
    let v369_6: f32 = v361_6 * v368_6;
    t369[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v369_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l251_7: f32 = t251[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v345_7: f32 = acc1_3 * l251_7;
    let v361_7: f32 = v345_7 + v345_7;
    let l250_7: f32 = t250[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v362_7: bool = l250_7 > 0.0f;
    let v363_7: f32 = f32(v362_7);
    let v364_7: bool = l250_7 == 0.0f;
    let v365_7: f32 = f32(v364_7);
    let v367_7: f32 = v365_7 * 0.5f;
    let v368_7: f32 = v363_7 + v367_7;
    let v369_7: f32 = v361_7 * v368_7;
    t369[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v369_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l251_8: f32 = t251[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v345_8: f32 = acc2_0 * l251_8;
    let v361_8: f32 = v345_8 + v345_8;
    let l250_8: f32 = t250[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v362_8: bool = l250_8 > 0.0f;
    let v363_8: f32 = f32(v362_8);
    let v364_8: bool = l250_8 == 0.0f;
    let v365_8: f32 = f32(v364_8);
    let v367_8: f32 = v365_8 * 0.5f;
    let v368_8: f32 = v363_8 + v367_8;
    let v369_8: f32 = v361_8 * v368_8;
    t369[(row0 + ty + 32i) * 256i + (col0 + tx)] = v369_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l251_9: f32 = t251[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v345_9: f32 = acc2_1 * l251_9;
    let v361_9: f32 = v345_9 + v345_9;
    let l250_9: f32 = t250[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v362_9: bool = l250_9 > 0.0f;
    let v363_9: f32 = f32(v362_9);
    let v364_9: bool = l250_9 == 0.0f;
    let v365_9: f32 = f32(v364_9);
    let v367_9: f32 = v365_9 * 0.5f;
    let v368_9: f32 = v363_9 + v367_9;
    let v369_9: f32 = v361_9 * v368_9;
    t369[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v369_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l251_10: f32 = t251[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v345_10: f32 = acc2_2 * l251_10;
    let v361_10: f32 = v345_10 + v345_10;
    let l250_10: f32 = t250[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v362_10: bool = l250_10 > 0.0f;
    let v363_10: f32 = f32(v362_10);
    let v364_10: bool = l250_10 == 0.0f;
    let v365_10: f32 = f32(v364_10);
    let v367_10: f32 = v365_10 * 0.5f;
    let v368_10: f32 = v363_10 + v367_10;
    let v369_10: f32 = v361_10 * v368_10;
    t369[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v369_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l251_11: f32 = t251[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v345_11: f32 = acc2_3 * l251_11;
    let v361_11: f32 = v345_11 + v345_11;
    let l250_11: f32 = t250[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v362_11: bool = l250_11 > 0.0f;
    let v363_11: f32 = f32(v362_11);
    let v364_11: bool = l250_11 == 0.0f;
    let v365_11: f32 = f32(v364_11);
    let v367_11: f32 = v365_11 * 0.5f;
    let v368_11: f32 = v363_11 + v367_11;
    let v369_11: f32 = v361_11 * v368_11;
    t369[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v369_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l251_12: f32 = t251[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v345_12: f32 = acc3_0 * l251_12;
    let v361_12: f32 = v345_12 + v345_12;
    let l250_12: f32 = t250[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v362_12: bool = l250_12 > 0.0f;
    let v363_12: f32 = f32(v362_12);
    let v364_12: bool = l250_12 == 0.0f;
    let v365_12: f32 = f32(v364_12);
    let v367_12: f32 = v365_12 * 0.5f;
    let v368_12: f32 = v363_12 + v367_12;
    let v369_12: f32 = v361_12 * v368_12;
    t369[(row0 + ty + 48i) * 256i + (col0 + tx)] = v369_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l251_13: f32 = t251[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v345_13: f32 = acc3_1 * l251_13;
    let v361_13: f32 = v345_13 + v345_13;
    let l250_13: f32 = t250[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v362_13: bool = l250_13 > 0.0f;
    let v363_13: f32 = f32(v362_13);
    let v364_13: bool = l250_13 == 0.0f;
    let v365_13: f32 = f32(v364_13);
    let v367_13: f32 = v365_13 * 0.5f;
    let v368_13: f32 = v363_13 + v367_13;
    let v369_13: f32 = v361_13 * v368_13;
    t369[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v369_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l251_14: f32 = t251[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v345_14: f32 = acc3_2 * l251_14;
    let v361_14: f32 = v345_14 + v345_14;
    let l250_14: f32 = t250[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v362_14: bool = l250_14 > 0.0f;
    let v363_14: f32 = f32(v362_14);
    let v364_14: bool = l250_14 == 0.0f;
    let v365_14: f32 = f32(v364_14);
    let v367_14: f32 = v365_14 * 0.5f;
    let v368_14: f32 = v363_14 + v367_14;
    let v369_14: f32 = v361_14 * v368_14;
    t369[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v369_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l251_15: f32 = t251[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v345_15: f32 = acc3_3 * l251_15;
    let v361_15: f32 = v345_15 + v345_15;
    let l250_15: f32 = t250[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v362_15: bool = l250_15 > 0.0f;
    let v363_15: f32 = f32(v362_15);
    let v364_15: bool = l250_15 == 0.0f;
    let v365_15: f32 = f32(v364_15);
    let v367_15: f32 = v365_15 * 0.5f;
    let v368_15: f32 = v363_15 + v367_15;
    let v369_15: f32 = v361_15 * v368_15;
    t369[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v369_15;
  }
}
