// kernel k57_einsum
@group(0) @binding(0) var<storage, read> t394: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_value_w: array<f32>;
@group(0) @binding(2) var<storage, read> t282: array<f32>;
@group(0) @binding(3) var<storage, read> t281: array<f32>;
@group(0) @binding(4) var<storage, read_write> t420: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k57_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t394[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t394[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t394[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t394[(row0 + ty + 48i) * 64i + kA];
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
    let l282: f32 = t282[(row0 + ty) * 256i + (col0 + tx)];
    let v397: f32 = acc0_0 * l282;
    let v412: f32 = v397 + v397;
    let l281: f32 = t281[(row0 + ty) * 256i + (col0 + tx)];
    let v413: bool = l281 > 0.0f;
    let v414: f32 = f32(v413);
    let v415: bool = l281 == 0.0f;
    let v416: f32 = f32(v415);
    let v418: f32 = v416 * 0.5f;
    let v419: f32 = v414 + v418;
    let v420: f32 = v412 * v419;
    t420[(row0 + ty) * 256i + (col0 + tx)] = v420;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 256i) {
    let l282_1: f32 = t282[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v397_1: f32 = acc0_1 * l282_1;
    let v412_1: f32 = v397_1 + v397_1;
    let l281_1: f32 = t281[(row0 + ty) * 256i + (col0 + tx) + 16i];
    let v413_1: bool = l281_1 > 0.0f;
    let v414_1: f32 = f32(v413_1);
    let v415_1: bool = l281_1 == 0.0f;
    let v416_1: f32 = f32(v415_1);
    let v418_1: f32 = v416_1 * 0.5f;
    let v419_1: f32 = v414_1 + v418_1;
    let v420_1: f32 = v412_1 * v419_1;
    t420[(row0 + ty) * 256i + (col0 + tx) + 16i] = v420_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 256i) {
    let l282_2: f32 = t282[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v397_2: f32 = acc0_2 * l282_2;
    let v412_2: f32 = v397_2 + v397_2;
    let l281_2: f32 = t281[(row0 + ty) * 256i + (col0 + tx) + 32i];
    let v413_2: bool = l281_2 > 0.0f;
    let v414_2: f32 = f32(v413_2);
    let v415_2: bool = l281_2 == 0.0f;
    let v416_2: f32 = f32(v415_2);
    let v418_2: f32 = v416_2 * 0.5f;
    let v419_2: f32 = v414_2 + v418_2;
    let v420_2: f32 = v412_2 * v419_2;
    t420[(row0 + ty) * 256i + (col0 + tx) + 32i] = v420_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 256i) {
    let l282_3: f32 = t282[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v397_3: f32 = acc0_3 * l282_3;
    let v412_3: f32 = v397_3 + v397_3;
    let l281_3: f32 = t281[(row0 + ty) * 256i + (col0 + tx) + 48i];
    let v413_3: bool = l281_3 > 0.0f;
    let v414_3: f32 = f32(v413_3);
    let v415_3: bool = l281_3 == 0.0f;
    let v416_3: f32 = f32(v415_3);
    let v418_3: f32 = v416_3 * 0.5f;
    let v419_3: f32 = v414_3 + v418_3;
    let v420_3: f32 = v412_3 * v419_3;
    t420[(row0 + ty) * 256i + (col0 + tx) + 48i] = v420_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 256i) {
    let l282_4: f32 = t282[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v397_4: f32 = acc1_0 * l282_4;
    let v412_4: f32 = v397_4 + v397_4;
    let l281_4: f32 = t281[(row0 + ty + 16i) * 256i + (col0 + tx)];
    let v413_4: bool = l281_4 > 0.0f;
    let v414_4: f32 = f32(v413_4);
    let v415_4: bool = l281_4 == 0.0f;
    let v416_4: f32 = f32(v415_4);
    let v418_4: f32 = v416_4 * 0.5f;
    let v419_4: f32 = v414_4 + v418_4;
    let v420_4: f32 = v412_4 * v419_4;
    t420[(row0 + ty + 16i) * 256i + (col0 + tx)] = v420_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 256i) {
    let l282_5: f32 = t282[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v397_5: f32 = acc1_1 * l282_5;
    let v412_5: f32 = v397_5 + v397_5;
    let l281_5: f32 = t281[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v413_5: bool = l281_5 > 0.0f;
    let v414_5: f32 = f32(v413_5);
    let v415_5: bool = l281_5 == 0.0f;
    let v416_5: f32 = f32(v415_5);
    let v418_5: f32 = v416_5 * 0.5f;
    let v419_5: f32 = v414_5 + v418_5;
    let v420_5: f32 = v412_5 * v419_5;
    t420[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v420_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 256i) {
    let l282_6: f32 = t282[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v397_6: f32 = acc1_2 * l282_6;
    let v412_6: f32 = v397_6 + v397_6;
    let l281_6: f32 = t281[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v413_6: bool = l281_6 > 0.0f;
    let v414_6: f32 = f32(v413_6);
    let v415_6: bool = l281_6 == 0.0f;
    let v416_6: f32 = f32(v415_6);
    let v418_6: f32 = v416_6 * 0.5f;
    let v419_6: f32 = v414_6 + v418_6;
    let v420_6: f32 = v412_6 * v419_6;
    t420[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v420_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 256i) {
    let l282_7: f32 = t282[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v397_7: f32 = acc1_3 * l282_7;
    let v412_7: f32 = v397_7 + v397_7;
    let l281_7: f32 = t281[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v413_7: bool = l281_7 > 0.0f;
    let v414_7: f32 = f32(v413_7);
    let v415_7: bool = l281_7 == 0.0f;
    let v416_7: f32 = f32(v415_7);
    let v418_7: f32 = v416_7 * 0.5f;
    let v419_7: f32 = v414_7 + v418_7;
    let v420_7: f32 = v412_7 * v419_7;
    t420[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v420_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 256i) {
    let l282_8: f32 = t282[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v397_8: f32 = acc2_0 * l282_8;
    let v412_8: f32 = v397_8 + v397_8;
    let l281_8: f32 = t281[(row0 + ty + 32i) * 256i + (col0 + tx)];
    let v413_8: bool = l281_8 > 0.0f;
    let v414_8: f32 = f32(v413_8);
    let v415_8: bool = l281_8 == 0.0f;
    let v416_8: f32 = f32(v415_8);
    let v418_8: f32 = v416_8 * 0.5f;
    let v419_8: f32 = v414_8 + v418_8;
    let v420_8: f32 = v412_8 * v419_8;
    t420[(row0 + ty + 32i) * 256i + (col0 + tx)] = v420_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 256i) {
    let l282_9: f32 = t282[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v397_9: f32 = acc2_1 * l282_9;
    let v412_9: f32 = v397_9 + v397_9;
    let l281_9: f32 = t281[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v413_9: bool = l281_9 > 0.0f;
    let v414_9: f32 = f32(v413_9);
    let v415_9: bool = l281_9 == 0.0f;
    let v416_9: f32 = f32(v415_9);
    let v418_9: f32 = v416_9 * 0.5f;
    let v419_9: f32 = v414_9 + v418_9;
    let v420_9: f32 = v412_9 * v419_9;
    t420[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v420_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 256i) {
    let l282_10: f32 = t282[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v397_10: f32 = acc2_2 * l282_10;
    let v412_10: f32 = v397_10 + v397_10;
    let l281_10: f32 = t281[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v413_10: bool = l281_10 > 0.0f;
    let v414_10: f32 = f32(v413_10);
    let v415_10: bool = l281_10 == 0.0f;
    let v416_10: f32 = f32(v415_10);
    let v418_10: f32 = v416_10 * 0.5f;
    let v419_10: f32 = v414_10 + v418_10;
    let v420_10: f32 = v412_10 * v419_10;
    t420[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v420_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 256i) {
    let l282_11: f32 = t282[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v397_11: f32 = acc2_3 * l282_11;
    let v412_11: f32 = v397_11 + v397_11;
    let l281_11: f32 = t281[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v413_11: bool = l281_11 > 0.0f;
    let v414_11: f32 = f32(v413_11);
    let v415_11: bool = l281_11 == 0.0f;
    let v416_11: f32 = f32(v415_11);
    let v418_11: f32 = v416_11 * 0.5f;
    let v419_11: f32 = v414_11 + v418_11;
    let v420_11: f32 = v412_11 * v419_11;
    t420[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v420_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 256i) {
    let l282_12: f32 = t282[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v397_12: f32 = acc3_0 * l282_12;
    let v412_12: f32 = v397_12 + v397_12;
    let l281_12: f32 = t281[(row0 + ty + 48i) * 256i + (col0 + tx)];
    let v413_12: bool = l281_12 > 0.0f;
    let v414_12: f32 = f32(v413_12);
    let v415_12: bool = l281_12 == 0.0f;
    let v416_12: f32 = f32(v415_12);
    let v418_12: f32 = v416_12 * 0.5f;
    let v419_12: f32 = v414_12 + v418_12;
    let v420_12: f32 = v412_12 * v419_12;
    t420[(row0 + ty + 48i) * 256i + (col0 + tx)] = v420_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 256i) {
    let l282_13: f32 = t282[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v397_13: f32 = acc3_1 * l282_13;
    let v412_13: f32 = v397_13 + v397_13;
    let l281_13: f32 = t281[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v413_13: bool = l281_13 > 0.0f;
    let v414_13: f32 = f32(v413_13);
    let v415_13: bool = l281_13 == 0.0f;
    let v416_13: f32 = f32(v415_13);
    let v418_13: f32 = v416_13 * 0.5f;
    let v419_13: f32 = v414_13 + v418_13;
    let v420_13: f32 = v412_13 * v419_13;
    t420[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v420_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 256i) {
    let l282_14: f32 = t282[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v397_14: f32 = acc3_2 * l282_14;
    let v412_14: f32 = v397_14 + v397_14;
    let l281_14: f32 = t281[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v413_14: bool = l281_14 > 0.0f;
    let v414_14: f32 = f32(v413_14);
    let v415_14: bool = l281_14 == 0.0f;
    let v416_14: f32 = f32(v415_14);
    let v418_14: f32 = v416_14 * 0.5f;
    let v419_14: f32 = v414_14 + v418_14;
    let v420_14: f32 = v412_14 * v419_14;
    t420[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v420_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 256i) {
    let l282_15: f32 = t282[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v397_15: f32 = acc3_3 * l282_15;
    let v412_15: f32 = v397_15 + v397_15;
    let l281_15: f32 = t281[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v413_15: bool = l281_15 > 0.0f;
    let v414_15: f32 = f32(v413_15);
    let v415_15: bool = l281_15 == 0.0f;
    let v416_15: f32 = f32(v415_15);
    let v418_15: f32 = v416_15 * 0.5f;
    let v419_15: f32 = v414_15 + v418_15;
    let v420_15: f32 = v412_15 * v419_15;
    t420[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v420_15;
  }
}
