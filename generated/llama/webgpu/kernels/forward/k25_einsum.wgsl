// kernel k25_einsum (compiler/std/nn.loom:66:14)
@group(0) @binding(0) var<storage, read> t168: array<f32>;
@group(0) @binding(1) var<storage, read> t183: array<f32>;
@group(0) @binding(2) var<storage, read_write> t187: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k25_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 1i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 16i) {
      tileA[tx * 64i + ty] = t168[batch * 1024i + (row0 + ty) * 16i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t168[batch * 1024i + (row0 + ty + 16i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t168[batch * 1024i + (row0 + ty + 32i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t168[batch * 1024i + (row0 + ty + 48i) * 16i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 16i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t183[batch * 1024i + bK + (col0 + bN) * 16i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t183[batch * 1024i + bK + 4i + (col0 + bN) * 16i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t183[batch * 1024i + bK + 8i + (col0 + bN) * 16i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t183[batch * 1024i + bK + 12i + (col0 + bN) * 16i];
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
    let g: f32 = f32(((row0 + ty) * 64i + (col0 + tx)) / 64i);
    let g_1: f32 = f32(((row0 + ty) * 64i + (col0 + tx)) % 64i);
    let l101: bool = g >= g_1;
    let v186: f32 = acc0_0 / 4.0f;
    let v187: f32 = select(-1000000000.0f, v186, l101);
    t187[batch * 4096i + (row0 + ty) * 64i + (col0 + tx)] = v187;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let g_2: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 16i) / 64i);
    let g_3: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 16i) % 64i);
    let l101_1: bool = g_2 >= g_3;
    let v186_1: f32 = acc0_1 / 4.0f;
    let v187_1: f32 = select(-1000000000.0f, v186_1, l101_1);
    t187[batch * 4096i + (row0 + ty) * 64i + (col0 + tx) + 16i] = v187_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let g_4: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 32i) / 64i);
    let g_5: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 32i) % 64i);
    let l101_2: bool = g_4 >= g_5;
    let v186_2: f32 = acc0_2 / 4.0f;
    let v187_2: f32 = select(-1000000000.0f, v186_2, l101_2);
    t187[batch * 4096i + (row0 + ty) * 64i + (col0 + tx) + 32i] = v187_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let g_6: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 48i) / 64i);
    let g_7: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 48i) % 64i);
    let l101_3: bool = g_6 >= g_7;
    let v186_3: f32 = acc0_3 / 4.0f;
    let v187_3: f32 = select(-1000000000.0f, v186_3, l101_3);
    t187[batch * 4096i + (row0 + ty) * 64i + (col0 + tx) + 48i] = v187_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let g_8: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx)) / 64i);
    let g_9: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx)) % 64i);
    let l101_4: bool = g_8 >= g_9;
    let v186_4: f32 = acc1_0 / 4.0f;
    let v187_4: f32 = select(-1000000000.0f, v186_4, l101_4);
    t187[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx)] = v187_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let g_10: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 16i) / 64i);
    let g_11: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 16i) % 64i);
    let l101_5: bool = g_10 >= g_11;
    let v186_5: f32 = acc1_1 / 4.0f;
    let v187_5: f32 = select(-1000000000.0f, v186_5, l101_5);
    t187[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v187_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let g_12: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 32i) / 64i);
    let g_13: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 32i) % 64i);
    let l101_6: bool = g_12 >= g_13;
    let v186_6: f32 = acc1_2 / 4.0f;
    let v187_6: f32 = select(-1000000000.0f, v186_6, l101_6);
    t187[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v187_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let g_14: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 48i) / 64i);
    let g_15: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 48i) % 64i);
    let l101_7: bool = g_14 >= g_15;
    let v186_7: f32 = acc1_3 / 4.0f;
    let v187_7: f32 = select(-1000000000.0f, v186_7, l101_7);
    t187[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v187_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let g_16: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx)) / 64i);
    let g_17: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx)) % 64i);
    let l101_8: bool = g_16 >= g_17;
    let v186_8: f32 = acc2_0 / 4.0f;
    let v187_8: f32 = select(-1000000000.0f, v186_8, l101_8);
    t187[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx)] = v187_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let g_18: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 16i) / 64i);
    let g_19: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 16i) % 64i);
    let l101_9: bool = g_18 >= g_19;
    let v186_9: f32 = acc2_1 / 4.0f;
    let v187_9: f32 = select(-1000000000.0f, v186_9, l101_9);
    t187[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v187_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let g_20: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 32i) / 64i);
    let g_21: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 32i) % 64i);
    let l101_10: bool = g_20 >= g_21;
    let v186_10: f32 = acc2_2 / 4.0f;
    let v187_10: f32 = select(-1000000000.0f, v186_10, l101_10);
    t187[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v187_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let g_22: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 48i) / 64i);
    let g_23: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 48i) % 64i);
    let l101_11: bool = g_22 >= g_23;
    let v186_11: f32 = acc2_3 / 4.0f;
    let v187_11: f32 = select(-1000000000.0f, v186_11, l101_11);
    t187[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v187_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let g_24: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx)) / 64i);
    let g_25: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx)) % 64i);
    let l101_12: bool = g_24 >= g_25;
    let v186_12: f32 = acc3_0 / 4.0f;
    let v187_12: f32 = select(-1000000000.0f, v186_12, l101_12);
    t187[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx)] = v187_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let g_26: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 16i) / 64i);
    let g_27: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 16i) % 64i);
    let l101_13: bool = g_26 >= g_27;
    let v186_13: f32 = acc3_1 / 4.0f;
    let v187_13: f32 = select(-1000000000.0f, v186_13, l101_13);
    t187[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v187_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let g_28: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 32i) / 64i);
    let g_29: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 32i) % 64i);
    let l101_14: bool = g_28 >= g_29;
    let v186_14: f32 = acc3_2 / 4.0f;
    let v187_14: f32 = select(-1000000000.0f, v186_14, l101_14);
    t187[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v187_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let g_30: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 48i) / 64i);
    let g_31: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 48i) % 64i);
    let l101_15: bool = g_30 >= g_31;
    let v186_15: f32 = acc3_3 / 4.0f;
    let v187_15: f32 = select(-1000000000.0f, v186_15, l101_15);
    t187[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v187_15;
  }
}
