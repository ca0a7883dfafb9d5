// kernel k93_einsum
@group(0) @binding(0) var<storage, read> t590: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(2) var<storage, read> t170: array<f32>;
@group(0) @binding(3) var<storage, read> t168: array<f32>;
@group(0) @binding(4) var<storage, read_write> t615: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k93_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t590[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t590[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t590[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t590[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_0_ffn_value_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_ffn_value_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_ffn_value_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_ffn_value_w[bK + 12i + (col0 + bN) * 64i];
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
    let l170: f32 = t170[(row0 + ty) * 256i + (col0 + tx)];
    let v593: f32 = acc0_0 * l170;
    let v608: f32 = v593 + v593;
    let l168: f32 = t168[(row0 + ty) * 256i + (col0 + tx)];
    let v609: bool = l168 > 0.0f;
    let v610: f32 = f32(v609);
    let v611: bool = l168 == 0.0f;
    let v612: f32 = f32(v611);
    let v613: f32 = v612 * 0.5f;
    let v614: f32 = v610 + v613;
    let v615: f32 = v608 * v614;
    t615[(row0 + ty) * 256i + (col0 + tx)] = v615;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l170_1: f32 = t170[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v593_1: f32 = acc0_1 * l170_1;
    let v608_1: f32 = v593_1 + v593_1;
    let l168_1: f32 = t168[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v609_1: bool = l168_1 > 0.0f;
    let v610_1: f32 = f32(v609_1);
    let v611_1: bool = l168_1 == 0.0f;
    let v612_1: f32 = f32(v611_1);
    let v613_1: f32 = v612_1 * 0.5f;
    let v614_1: f32 = v610_1 + v613_1;
    let v615_1: f32 = v608_1 * v614_1;
    t615[(row0 + ty) * 256i + (col0 + tx) + 16i] = v615_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l170_2: f32 = t170[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v593_2: f32 = acc0_2 * l170_2;
    let v608_2: f32 = v593_2 + v593_2;
    let l168_2: f32 = t168[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v609_2: bool = l168_2 > 0.0f;
    let v610_2: f32 = f32(v609_2);
    let v611_2: bool = l168_2 == 0.0f;
    let v612_2: f32 = f32(v611_2);
    let v613_2: f32 = v612_2 * 0.5f;
    let v614_2: f32 = v610_2 + v613_2;
    let v615_2: f32 = v608_2 * v614_2;
    t615[(row0 + ty) * 256i + (col0 + tx) + 32i] = v615_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l170_3: f32 = t170[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v593_3: f32 = acc0_3 * l170_3;
    let v608_3: f32 = v593_3 + v593_3;
    let l168_3: f32 = t168[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v609_3: bool = l168_3 > 0.0f;
    let v610_3: f32 = f32(v609_3);
    let v611_3: bool = l168_3 == 0.0f;
    let v612_3: f32 = f32(v611_3);
    let v613_3: f32 = v612_3 * 0.5f;
    let v614_3: f32 = v610_3 + v613_3;
    let v615_3: f32 = v608_3 * v614_3;
    t615[(row0 + ty) * 256i + (col0 + tx) + 48i] = v615_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l170_4: f32 = t170[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v593_4: f32 = acc1_0 * l170_4;
    let v608_4: f32 = v593_4 + v593_4;
    let l168_4: f32 = t168[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v609_4: bool = l168_4 > 0.0f;
    let v610_4: f32 = f32(v609_4);
    let v611_4: bool = l168_4 == 0.0f;
    let v612_4: f32 = f32(v611_4);
    let v613_4: f32 = v612_4 * 0.5f;
    let v614_4: f32 = v610_4 + v613_4;
    let v615_4: f32 = v608_4 * v614_4;
    t615[(row0 + ty + 16i) * 256i + (col0 + tx)] = v615_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l170_5: f32 = t170[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v593_5: f32 = acc1_1 * l170_5;
    let v608_5: f32 = v593_5 + v593_5;
    let l168_5: f32 = t168[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v609_5: bool = l168_5 > 0.0f;
    let v610_5: f32 = f32(v609_5);
    let v611_5: bool = l168_5 == 0.0f;
    let v612_5: f32 = f32(v611_5);
    let v613_5: f32 = v612_5 * 0.5f;
    let v614_5: f32 = v610_5 + v613_5;
    let v615_5: f32 = v608_5 * v614_5;
    t615[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v615_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l170_6: f32 = t170[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v593_6: f32 = acc1_2 * l170_6;
    let v608_6: f32 = v593_6 + v593_6;
    let l168_6: f32 = t168[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v609_6: bool = l168_6 > 0.0f;
    let v610_6: f32 = f32(v609_6);
    let v611_6: bool = l168_6 == 0.0f;
    let v612_6: f32 = f32(v611_6);
    let v613_6: f32 = v612_6 * 0.5f;
    let v614_6: f32 = v610_6 + v613_6;
    let v615_6: f32 = v608_6 * v614_6;
    t615[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v615_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l170_7: f32 = t170[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v593_7: f32 = acc1_3 * l170_7;
    let v608_7: f32 = v593_7 + v593_7;
    let l168_7: f32 = t168[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v609_7: bool = l168_7 > 0.0f;
    let v610_7: f32 = f32(v609_7);
    let v611_7: bool = l168_7 == 0.0f;
    let v612_7: f32 = f32(v611_7);
    let v613_7: f32 = v612_7 * 0.5f;
    let v614_7: f32 = v610_7 + v613_7;
    let v615_7: f32 = v608_7 * v614_7;
    t615[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v615_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l170_8: f32 = t170[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v593_8: f32 = acc2_0 * l170_8;
    let v608_8: f32 = v593_8 + v593_8;
    let l168_8: f32 = t168[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v609_8: bool = l168_8 > 0.0f;
    let v610_8: f32 = f32(v609_8);
    let v611_8: bool = l168_8 == 0.0f;
    let v612_8: f32 = f32(v611_8);
    let v613_8: f32 = v612_8 * 0.5f;
    let v614_8: f32 = v610_8 + v613_8;
    let v615_8: f32 = v608_8 * v614_8;
    t615[(row0 + ty + 32i) * 256i + (col0 + tx)] = v615_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l170_9: f32 = t170[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v593_9: f32 = acc2_1 * l170_9;
    let v608_9: f32 = v593_9 + v593_9;
    let l168_9: f32 = t168[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v609_9: bool = l168_9 > 0.0f;
    let v610_9: f32 = f32(v609_9);
    let v611_9: bool = l168_9 == 0.0f;
    let v612_9: f32 = f32(v611_9);
    let v613_9: f32 = v612_9 * 0.5f;
    let v614_9: f32 = v610_9 + v613_9;
    let v615_9: f32 = v608_9 * v614_9;
    t615[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v615_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l170_10: f32 = t170[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v593_10: f32 = acc2_2 * l170_10;
    let v608_10: f32 = v593_10 + v593_10;
    let l168_10: f32 = t168[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v609_10: bool = l168_10 > 0.0f;
    let v610_10: f32 = f32(v609_10);
    let v611_10: bool = l168_10 == 0.0f;
    let v612_10: f32 = f32(v611_10);
    let v613_10: f32 = v612_10 * 0.5f;
    let v614_10: f32 = v610_10 + v613_10;
    let v615_10: f32 = v608_10 * v614_10;
    t615[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v615_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l170_11: f32 = t170[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v593_11: f32 = acc2_3 * l170_11;
    let v608_11: f32 = v593_11 + v593_11;
    let l168_11: f32 = t168[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v609_11: bool = l168_11 > 0.0f;
    let v610_11: f32 = f32(v609_11);
    let v611_11: bool = l168_11 == 0.0f;
    let v612_11: f32 = f32(v611_11);
    let v613_11: f32 = v612_11 * 0.5f;
    let v614_11: f32 = v610_11 + v613_11;
    let v615_11: f32 = v608_11 * v614_11;
    t615[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v615_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l170_12: f32 = t170[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v593_12: f32 = acc3_0 * l170_12;
    let v608_12: f32 = v593_12 + v593_12;
    let l168_12: f32 = t168[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v609_12: bool = l168_12 > 0.0f;
    let v610_12: f32 = f32(v609_12);
    let v611_12: bool = l168_12 == 0.0f;
    let v612_12: f32 = f32(v611_12);
    let v613_12: f32 = v612_12 * 0.5f;
    let v614_12: f32 = v610_12 + v613_12;
    let v615_12: f32 = v608_12 * v614_12;
    t615[(row0 + ty + 48i) * 256i + (col0 + tx)] = v615_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l170_13: f32 = t170[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v593_13: f32 = acc3_1 * l170_13;
    let v608_13: f32 = v593_13 + v593_13;
    let l168_13: f32 = t168[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v609_13: bool = l168_13 > 0.0f;
    let v610_13: f32 = f32(v609_13);
    let v611_13: bool = l168_13 == 0.0f;
    let v612_13: f32 = f32(v611_13);
    let v613_13: f32 = v612_13 * 0.5f;
    let v614_13: f32 = v610_13 + v613_13;
    let v615_13: f32 = v608_13 * v614_13;
    t615[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v615_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l170_14: f32 = t170[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v593_14: f32 = acc3_2 * l170_14;
    let v608_14: f32 = v593_14 + v593_14;
    let l168_14: f32 = t168[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v609_14: bool = l168_14 > 0.0f;
    let v610_14: f32 = f32(v609_14);
    let v611_14: bool = l168_14 == 0.0f;
    let v612_14: f32 = f32(v611_14);
    let v613_14: f32 = v612_14 * 0.5f;
    let v614_14: f32 = v610_14 + v613_14;
    let v615_14: f32 = v608_14 * v614_14;
    t615[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v615_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l170_15: f32 = t170[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v593_15: f32 = acc3_3 * l170_15;
    let v608_15: f32 = v593_15 + v593_15;
    let l168_15: f32 = t168[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v609_15: bool = l168_15 > 0.0f;
    let v610_15: f32 = f32(v609_15);
    let v611_15: bool = l168_15 == 0.0f;
    let v612_15: f32 = f32(v611_15);
    let v613_15: f32 = v612_15 * 0.5f;
    let v614_15: f32 = v610_15 + v613_15;
    let v615_15: f32 = v608_15 * v614_15;
    t615[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v615_15;
  }
}
