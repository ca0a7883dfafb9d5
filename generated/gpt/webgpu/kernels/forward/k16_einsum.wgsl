// kernel k16_einsum (compiler/std/nn.loom:66:14)
@group(0) @binding(0) var<storage, read> t158: array<f32>;
@group(0) @binding(1) var<storage, read> t164: array<f32>;
@group(0) @binding(2) var<storage, read_write> t175: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k16_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t158[batch * 16i + (row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 16i] = t158[batch * 16i + (row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 32i] = t158[batch * 16i + (row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 16i) {
      tileA[tx * 64i + ty + 48i] = t158[batch * 16i + (row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 16i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t164[batch * 16i + bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t164[batch * 16i + bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t164[batch * 16i + bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 16i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t164[batch * 16i + bK + 12i + (col0 + bN) * 64i];
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
    let l87: bool = g >= g_1;
    let v174: f32 = acc0_0 / 4.0f;
    let v175: f32 = select(-1000000000.0f, v174, l87);
    t175[batch * 4096i + (row0 + ty) * 64i + (col0 + tx)] = v175;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let g_2: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 16i) / 64i);
    let g_3: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 16i) % 64i);
    let l87_1: bool = g_2 >= g_3;
    let v174_1: f32 = acc0_1 / 4.0f;
    let v175_1: f32 = select(-1000000000.0f, v174_1, l87_1);
    t175[batch * 4096i + (row0 + ty) * 64i + (col0 + tx) + 16i] = v175_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let g_4: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 32i) / 64i);
    let g_5: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 32i) % 64i);
    let l87_2: bool = g_4 >= g_5;
    let v174_2: f32 = acc0_2 / 4.0f;
    let v175_2: f32 = select(-1000000000.0f, v174_2, l87_2);
    t175[batch * 4096i + (row0 + ty) * 64i + (col0 + tx) + 32i] = v175_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let g_6: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 48i) / 64i);
    let g_7: f32 = f32(((row0 + ty) * 64i + (col0 + tx) + 48i) % 64i);
    let l87_3: bool = g_6 >= g_7;
    let v174_3: f32 = acc0_3 / 4.0f;
    let v175_3: f32 = select(-1000000000.0f, v174_3, l87_3);
    t175[batch * 4096i + (row0 + ty) * 64i + (col0 + tx) + 48i] = v175_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let g_8: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx)) / 64i);
    let g_9: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx)) % 64i);
    let l87_4: bool = g_8 >= g_9;
    let v174_4: f32 = acc1_0 / 4.0f;
    let v175_4: f32 = select(-1000000000.0f, v174_4, l87_4);
    t175[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx)] = v175_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let g_10: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 16i) / 64i);
    let g_11: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 16i) % 64i);
    let l87_5: bool = g_10 >= g_11;
    let v174_5: f32 = acc1_1 / 4.0f;
    let v175_5: f32 = select(-1000000000.0f, v174_5, l87_5);
    t175[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v175_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let g_12: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 32i) / 64i);
    let g_13: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 32i) % 64i);
    let l87_6: bool = g_12 >= g_13;
    let v174_6: f32 = acc1_2 / 4.0f;
    let v175_6: f32 = select(-1000000000.0f, v174_6, l87_6);
    t175[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v175_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let g_14: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 48i) / 64i);
    let g_15: f32 = f32(((row0 + ty + 16i) * 64i + (col0 + tx) + 48i) % 64i);
    let l87_7: bool = g_14 >= g_15;
    let v174_7: f32 = acc1_3 / 4.0f;
    let v175_7: f32 = select(-1000000000.0f, v174_7, l87_7);
    t175[batch * 4096i + (row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v175_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let g_16: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx)) / 64i);
    let g_17: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx)) % 64i);
    let l87_8: bool = g_16 >= g_17;
    let v174_8: f32 = acc2_0 / 4.0f;
    let v175_8: f32 = select(-1000000000.0f, v174_8, l87_8);
    t175[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx)] = v175_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let g_18: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 16i) / 64i);
    let g_19: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 16i) % 64i);
    let l87_9: bool = g_18 >= g_19;
    let v174_9: f32 = acc2_1 / 4.0f;
    let v175_9: f32 = select(-1000000000.0f, v174_9, l87_9);
    t175[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v175_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let g_20: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 32i) / 64i);
    let g_21: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 32i) % 64i);
    let l87_10: bool = g_20 >= g_21;
    let v174_10: f32 = acc2_2 / 4.0f;
    let v175_10: f32 = select(-1000000000.0f, v174_10, l87_10);
    t175[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v175_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let g_22: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 48i) / 64i);
    let g_23: f32 = f32(((row0 + ty + 32i) * 64i + (col0 + tx) + 48i) % 64i);
    let l87_11: bool = g_22 >= g_23;
    let v174_11: f32 = acc2_3 / 4.0f;
    let v175_11: f32 = select(-1000000000.0f, v174_11, l87_11);
    t175[batch * 4096i + (row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v175_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let g_24: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx)) / 64i);
    let g_25: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx)) % 64i);
    let l87_12: bool = g_24 >= g_25;
    let v174_12: f32 = acc3_0 / 4.0f;
    let v175_12: f32 = select(-1000000000.0f, v174_12, l87_12);
    t175[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx)] = v175_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let g_26: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 16i) / 64i);
    let g_27: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 16i) % 64i);
    let l87_13: bool = g_26 >= g_27;
    let v174_13: f32 = acc3_1 / 4.0f;
    let v175_13: f32 = select(-1000000000.0f, v174_13, l87_13);
    t175[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v175_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let g_28: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 32i) / 64i);
    let g_29: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 32i) % 64i);
    let l87_14: bool = g_28 >= g_29;
    let v174_14: f32 = acc3_2 / 4.0f;
    let v175_14: f32 = select(-1000000000.0f, v174_14, l87_14);
    t175[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v175_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let g_30: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 48i) / 64i);
    let g_31: f32 = f32(((row0 + ty + 48i) * 64i + (col0 + tx) + 48i) % 64i);
    let l87_15: bool = g_30 >= g_31;
    let v174_15: f32 = acc3_3 / 4.0f;
    let v175_15: f32 = select(-1000000000.0f, v174_15, l87_15);
    t175[batch * 4096i + (row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v175_15;
  }
}
