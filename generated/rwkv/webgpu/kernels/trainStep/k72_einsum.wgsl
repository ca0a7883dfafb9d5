// kernel k72_einsum
@group(0) @binding(0) var<storage, read> t511: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_value_w: array<f32>;
@group(0) @binding(2) var<storage, read> t153: array<f32>;
@group(0) @binding(3) var<storage, read> t151: array<f32>;
@group(0) @binding(4) var<storage, read_write> t536: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k72_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t511[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t511[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t511[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t511[(row0 + ty + 48i) * 64i + kA];
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
    let l153: f32 = t153[(row0 + ty) * 256i + (col0 + tx)];
    let v514: f32 = acc0_0 * l153;
    let v529: f32 = v514 + v514;
    let l151: f32 = t151[(row0 + ty) * 256i + (col0 + tx)];
    let v530: bool = l151 > 0.0f;
    let v531: f32 = f32(v530);
    let v532: bool = l151 == 0.0f;
    let v533: f32 = f32(v532);
    let v534: f32 = v533 * 0.5f;
    let v535: f32 = v531 + v534;
    let v536: f32 = v529 * v535;
    t536[(row0 + ty) * 256i + (col0 + tx)] = v536;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l153_1: f32 = t153[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v514_1: f32 = acc0_1 * l153_1;
    let v529_1: f32 = v514_1 + v514_1;
    let l151_1: f32 = t151[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v530_1: bool = l151_1 > 0.0f;
    let v531_1: f32 = f32(v530_1);
    let v532_1: bool = l151_1 == 0.0f;
    let v533_1: f32 = f32(v532_1);
    let v534_1: f32 = v533_1 * 0.5f;
    let v535_1: f32 = v531_1 + v534_1;
    let v536_1: f32 = v529_1 * v535_1;
    t536[(row0 + ty) * 256i + (col0 + tx) + 16i] = v536_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l153_2: f32 = t153[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v514_2: f32 = acc0_2 * l153_2;
    let v529_2: f32 = v514_2 + v514_2;
    let l151_2: f32 = t151[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v530_2: bool = l151_2 > 0.0f;
    let v531_2: f32 = f32(v530_2);
    let v532_2: bool = l151_2 == 0.0f;
    let v533_2: f32 = f32(v532_2);
    let v534_2: f32 = v533_2 * 0.5f;
    let v535_2: f32 = v531_2 + v534_2;
    let v536_2: f32 = v529_2 * v535_2;
    t536[(row0 + ty) * 256i + (col0 + tx) + 32i] = v536_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l153_3: f32 = t153[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v514_3: f32 = acc0_3 * l153_3;
    let v529_3: f32 = v514_3 + v514_3;
    let l151_3: f32 = t151[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v530_3: bool = l151_3 > 0.0f;
    let v531_3: f32 = f32(v530_3);
    let v532_3: bool = l151_3 == 0.0f;
    let v533_3: f32 = f32(v532_3);
    let v534_3: f32 = v533_3 * 0.5f;
    let v535_3: f32 = v531_3 + v534_3;
    let v536_3: f32 = v529_3 * v535_3;
    t536[(row0 + ty) * 256i + (col0 + tx) + 48i] = v536_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l153_4: f32 = t153[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v514_4: f32 = acc1_0 * l153_4;
    let v529_4: f32 = v514_4 + v514_4;
    let l151_4: f32 = t151[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v530_4: bool = l151_4 > 0.0f;
    let v531_4: f32 = f32(v530_4);
    let v532_4: bool = l151_4 == 0.0f;
    let v533_4: f32 = f32(v532_4);
    let v534_4: f32 = v533_4 * 0.5f;
    let v535_4: f32 = v531_4 + v534_4;
    let v536_4: f32 = v529_4 * v535_4;
    t536[(row0 + ty + 16i) * 256i + (col0 + tx)] = v536_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l153_5: f32 = t153[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v514_5: f32 = acc1_1 * l153_5;
    let v529_5: f32 = v514_5 + v514_5;
    let l151_5: f32 = t151[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v530_5: bool = l151_5 > 0.0f;
    let v531_5: f32 = f32(v530_5);
    let v532_5: bool = l151_5 == 0.0f;
    let v533_5: f32 = f32(v532_5);
    let v534_5: f32 = v533_5 * 0.5f;
    let v535_5: f32 = v531_5 + v534_5;
    let v536_5: f32 = v529_5 * v535_5;
    t536[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v536_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l153_6: f32 = t153[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v514_6: f32 = acc1_2 * l153_6;
    let v529_6: f32 = v514_6 + v514_6;
    let l151_6: f32 = t151[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v530_6: bool = l151_6 > 0.0f;
    let v531_6: f32 = f32(v530_6);
    let v532_6: bool = l151_6 == 0.0f;
    let v533_6: f32 = f32(v532_6);
    let v534_6: f32 = v533_6 * 0.5f;
    let v535_6: f32 = v531_6 + v534_6;
    let v536_6: f32 = v529_6 * v535_6;
    t536[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v536_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l153_7: f32 = t153[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v514_7: f32 = acc1_3 * l153_7;
    let v529_7: f32 = v514_7 + v514_7;
    let l151_7: f32 = t151[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v530_7: bool = l151_7 > 0.0f;
    let v531_7: f32 = f32(v530_7);
    let v532_7: bool = l151_7 == 0.0f;
    let v533_7: f32 = f32(v532_7);
    let v534_7: f32 = v533_7 * 0.5f;
    let v535_7: f32 = v531_7 + v534_7;
    let v536_7: f32 = v529_7 * v535_7;
    t536[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v536_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l153_8: f32 = t153[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v514_8: f32 = acc2_0 * l153_8;
    let v529_8: f32 = v514_8 + v514_8;
    let l151_8: f32 = t151[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v530_8: bool = l151_8 > 0.0f;
    let v531_8: f32 = f32(v530_8);
    let v532_8: bool = l151_8 == 0.0f;
    let v533_8: f32 = f32(v532_8);
    let v534_8: f32 = v533_8 * 0.5f;
    let v535_8: f32 = v531_8 + v534_8;
    let v536_8: f32 = v529_8 * v535_8;
    t536[(row0 + ty + 32i) * 256i + (col0 + tx)] = v536_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l153_9: f32 = t153[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v514_9: f32 = acc2_1 * l153_9;
    let v529_9: f32 = v514_9 + v514_9;
    let l151_9: f32 = t151[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v530_9: bool = l151_9 > 0.0f;
    let v531_9: f32 = f32(v530_9);
    let v532_9: bool = l151_9 == 0.0f;
    let v533_9: f32 = f32(v532_9);
    let v534_9: f32 = v533_9 * 0.5f;
    let v535_9: f32 = v531_9 + v534_9;
    let v536_9: f32 = v529_9 * v535_9;
    t536[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v536_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l153_10: f32 = t153[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v514_10: f32 = acc2_2 * l153_10;
    let v529_10: f32 = v514_10 + v514_10;
    let l151_10: f32 = t151[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v530_10: bool = l151_10 > 0.0f;
    let v531_10: f32 = f32(v530_10);
    let v532_10: bool = l151_10 == 0.0f;
    let v533_10: f32 = f32(v532_10);
    let v534_10: f32 = v533_10 * 0.5f;
    let v535_10: f32 = v531_10 + v534_10;
    let v536_10: f32 = v529_10 * v535_10;
    t536[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v536_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l153_11: f32 = t153[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v514_11: f32 = acc2_3 * l153_11;
    let v529_11: f32 = v514_11 + v514_11;
    let l151_11: f32 = t151[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v530_11: bool = l151_11 > 0.0f;
    let v531_11: f32 = f32(v530_11);
    let v532_11: bool = l151_11 == 0.0f;
    let v533_11: f32 = f32(v532_11);
    let v534_11: f32 = v533_11 * 0.5f;
    let v535_11: f32 = v531_11 + v534_11;
    let v536_11: f32 = v529_11 * v535_11;
    t536[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v536_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l153_12: f32 = t153[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v514_12: f32 = acc3_0 * l153_12;
    let v529_12: f32 = v514_12 + v514_12;
    let l151_12: f32 = t151[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v530_12: bool = l151_12 > 0.0f;
    let v531_12: f32 = f32(v530_12);
    let v532_12: bool = l151_12 == 0.0f;
    let v533_12: f32 = f32(v532_12);
    let v534_12: f32 = v533_12 * 0.5f;
    let v535_12: f32 = v531_12 + v534_12;
    let v536_12: f32 = v529_12 * v535_12;
    t536[(row0 + ty + 48i) * 256i + (col0 + tx)] = v536_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l153_13: f32 = t153[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v514_13: f32 = acc3_1 * l153_13;
    let v529_13: f32 = v514_13 + v514_13;
    let l151_13: f32 = t151[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v530_13: bool = l151_13 > 0.0f;
    let v531_13: f32 = f32(v530_13);
    let v532_13: bool = l151_13 == 0.0f;
    let v533_13: f32 = f32(v532_13);
    let v534_13: f32 = v533_13 * 0.5f;
    let v535_13: f32 = v531_13 + v534_13;
    let v536_13: f32 = v529_13 * v535_13;
    t536[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v536_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l153_14: f32 = t153[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v514_14: f32 = acc3_2 * l153_14;
    let v529_14: f32 = v514_14 + v514_14;
    let l151_14: f32 = t151[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v530_14: bool = l151_14 > 0.0f;
    let v531_14: f32 = f32(v530_14);
    let v532_14: bool = l151_14 == 0.0f;
    let v533_14: f32 = f32(v532_14);
    let v534_14: f32 = v533_14 * 0.5f;
    let v535_14: f32 = v531_14 + v534_14;
    let v536_14: f32 = v529_14 * v535_14;
    t536[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v536_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l153_15: f32 = t153[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v514_15: f32 = acc3_3 * l153_15;
    let v529_15: f32 = v514_15 + v514_15;
    let l151_15: f32 = t151[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v530_15: bool = l151_15 > 0.0f;
    let v531_15: f32 = f32(v530_15);
    let v532_15: bool = l151_15 == 0.0f;
    let v533_15: f32 = f32(v532_15);
    let v534_15: f32 = v533_15 * 0.5f;
    let v535_15: f32 = v531_15 + v534_15;
    let v536_15: f32 = v529_15 * v535_15;
    t536[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v536_15;
  }
}
