// kernel k72_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t385: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t282: array<f32>;
@group(0) @binding(3) var<storage, read> t379: array<f32>;
@group(0) @binding(4) var<storage, read_write> t388: array<f32>;
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t385[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t385[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t385[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t385[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_moe_shared_mlp_w2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_moe_shared_mlp_w2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_moe_shared_mlp_w2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_moe_shared_mlp_w2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l282: f32 = t282[(row0 + ty) * 64i + (col0 + tx)];
    let l380: f32 = t379[(row0 + ty) * 64i + (col0 + tx)];
    let v387: f32 = l380 + acc0_0;
    let v388: f32 = l282 + v387;
    t388[(row0 + ty) * 64i + (col0 + tx)] = v388;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l282_1: f32 = t282[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l380_1: f32 = t379[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v387_1: f32 = l380_1 + acc0_1;
    let v388_1: f32 = l282_1 + v387_1;
    t388[(row0 + ty) * 64i + (col0 + tx) + 16i] = v388_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l282_2: f32 = t282[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l380_2: f32 = t379[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v387_2: f32 = l380_2 + acc0_2;
    let v388_2: f32 = l282_2 + v387_2;
    t388[(row0 + ty) * 64i + (col0 + tx) + 32i] = v388_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l282_3: f32 = t282[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l380_3: f32 = t379[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v387_3: f32 = l380_3 + acc0_3;
    let v388_3: f32 = l282_3 + v387_3;
    t388[(row0 + ty) * 64i + (col0 + tx) + 48i] = v388_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l282_4: f32 = t282[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l380_4: f32 = t379[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v387_4: f32 = l380_4 + acc1_0;
    let v388_4: f32 = l282_4 + v387_4;
    t388[(row0 + ty + 16i) * 64i + (col0 + tx)] = v388_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l282_5: f32 = t282[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l380_5: f32 = t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v387_5: f32 = l380_5 + acc1_1;
    let v388_5: f32 = l282_5 + v387_5;
    t388[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v388_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l282_6: f32 = t282[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l380_6: f32 = t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v387_6: f32 = l380_6 + acc1_2;
    let v388_6: f32 = l282_6 + v387_6;
    t388[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v388_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l282_7: f32 = t282[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l380_7: f32 = t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v387_7: f32 = l380_7 + acc1_3;
    let v388_7: f32 = l282_7 + v387_7;
    t388[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v388_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l282_8: f32 = t282[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l380_8: f32 = t379[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v387_8: f32 = l380_8 + acc2_0;
    let v388_8: f32 = l282_8 + v387_8;
    t388[(row0 + ty + 32i) * 64i + (col0 + tx)] = v388_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l282_9: f32 = t282[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l380_9: f32 = t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v387_9: f32 = l380_9 + acc2_1;
    let v388_9: f32 = l282_9 + v387_9;
    t388[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v388_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l282_10: f32 = t282[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l380_10: f32 = t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v387_10: f32 = l380_10 + acc2_2;
    let v388_10: f32 = l282_10 + v387_10;
    t388[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v388_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l282_11: f32 = t282[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l380_11: f32 = t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v387_11: f32 = l380_11 + acc2_3;
    let v388_11: f32 = l282_11 + v387_11;
    t388[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v388_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l282_12: f32 = t282[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l380_12: f32 = t379[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v387_12: f32 = l380_12 + acc3_0;
    let v388_12: f32 = l282_12 + v387_12;
    t388[(row0 + ty + 48i) * 64i + (col0 + tx)] = v388_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l282_13: f32 = t282[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l380_13: f32 = t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v387_13: f32 = l380_13 + acc3_1;
    let v388_13: f32 = l282_13 + v387_13;
    t388[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v388_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l282_14: f32 = t282[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l380_14: f32 = t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v387_14: f32 = l380_14 + acc3_2;
    let v388_14: f32 = l282_14 + v387_14;
    t388[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v388_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l282_15: f32 = t282[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l380_15: f32 = t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v387_15: f32 = l380_15 + acc3_3;
    let v388_15: f32 = l282_15 + v387_15;
    t388[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v388_15;
  }
}
