// kernel k94a_einsum
@group(0) @binding(0) var<storage, read> t424: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> t475: array<f32>;
@group(0) @binding(3) var<storage, read> t479: array<f32>;
@group(0) @binding(4) var<storage, read> t483: array<f32>;
@group(0) @binding(5) var<storage, read> t487: array<f32>;
@group(0) @binding(6) var<storage, read_write> t492: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k94a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t424[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t424[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t424[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t424[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wr_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 12i + (col0 + bN) * 64i];
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
    let l475: f32 = t475[(row0 + ty) * 64i + (col0 + tx)];
    let v489: f32 = acc0_0 + l475;
    let l479: f32 = t479[(row0 + ty) * 64i + (col0 + tx)];
    let v490: f32 = v489 + l479;
    let l483: f32 = t483[(row0 + ty) * 64i + (col0 + tx)];
    let v491: f32 = v490 + l483;
    let l487: f32 = t487[(row0 + ty) * 64i + (col0 + tx)];
    let v492: f32 = v491 + l487;
    t492[(row0 + ty) * 64i + (col0 + tx)] = v492;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l475_1: f32 = t475[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v489_1: f32 = acc0_1 + l475_1;
    let l479_1: f32 = t479[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v490_1: f32 = v489_1 + l479_1;
    let l483_1: f32 = t483[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v491_1: f32 = v490_1 + l483_1;
    let l487_1: f32 = t487[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v492_1: f32 = v491_1 + l487_1;
    t492[(row0 + ty) * 64i + (col0 + tx) + 16i] = v492_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l475_2: f32 = t475[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v489_2: f32 = acc0_2 + l475_2;
    let l479_2: f32 = t479[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v490_2: f32 = v489_2 + l479_2;
    let l483_2: f32 = t483[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v491_2: f32 = v490_2 + l483_2;
    let l487_2: f32 = t487[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v492_2: f32 = v491_2 + l487_2;
    t492[(row0 + ty) * 64i + (col0 + tx) + 32i] = v492_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l475_3: f32 = t475[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v489_3: f32 = acc0_3 + l475_3;
    let l479_3: f32 = t479[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v490_3: f32 = v489_3 + l479_3;
    let l483_3: f32 = t483[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v491_3: f32 = v490_3 + l483_3;
    let l487_3: f32 = t487[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v492_3: f32 = v491_3 + l487_3;
    t492[(row0 + ty) * 64i + (col0 + tx) + 48i] = v492_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l475_4: f32 = t475[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v489_4: f32 = acc1_0 + l475_4;
    let l479_4: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v490_4: f32 = v489_4 + l479_4;
    let l483_4: f32 = t483[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v491_4: f32 = v490_4 + l483_4;
    let l487_4: f32 = t487[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v492_4: f32 = v491_4 + l487_4;
    t492[(row0 + ty + 16i) * 64i + (col0 + tx)] = v492_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l475_5: f32 = t475[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v489_5: f32 = acc1_1 + l475_5;
    let l479_5: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v490_5: f32 = v489_5 + l479_5;
    let l483_5: f32 = t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v491_5: f32 = v490_5 + l483_5;
    let l487_5: f32 = t487[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v492_5: f32 = v491_5 + l487_5;
    t492[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v492_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l475_6: f32 = t475[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v489_6: f32 = acc1_2 + l475_6;
    let l479_6: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v490_6: f32 = v489_6 + l479_6;
    let l483_6: f32 = t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v491_6: f32 = v490_6 + l483_6;
    let l487_6: f32 = t487[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v492_6: f32 = v491_6 + l487_6;
    t492[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v492_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l475_7: f32 = t475[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v489_7: f32 = acc1_3 + l475_7;
    let l479_7: f32 = t479[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v490_7: f32 = v489_7 + l479_7;
    let l483_7: f32 = t483[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v491_7: f32 = v490_7 + l483_7;
    let l487_7: f32 = t487[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v492_7: f32 = v491_7 + l487_7;
    t492[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v492_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l475_8: f32 = t475[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v489_8: f32 = acc2_0 + l475_8;
    let l479_8: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v490_8: f32 = v489_8 + l479_8;
    let l483_8: f32 = t483[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v491_8: f32 = v490_8 + l483_8;
    let l487_8: f32 = t487[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v492_8: f32 = v491_8 + l487_8;
    t492[(row0 + ty + 32i) * 64i + (col0 + tx)] = v492_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l475_9: f32 = t475[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v489_9: f32 = acc2_1 + l475_9;
    let l479_9: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v490_9: f32 = v489_9 + l479_9;
    let l483_9: f32 = t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v491_9: f32 = v490_9 + l483_9;
    let l487_9: f32 = t487[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v492_9: f32 = v491_9 + l487_9;
    t492[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v492_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l475_10: f32 = t475[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v489_10: f32 = acc2_2 + l475_10;
    let l479_10: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v490_10: f32 = v489_10 + l479_10;
    let l483_10: f32 = t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v491_10: f32 = v490_10 + l483_10;
    let l487_10: f32 = t487[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v492_10: f32 = v491_10 + l487_10;
    t492[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v492_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l475_11: f32 = t475[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v489_11: f32 = acc2_3 + l475_11;
    let l479_11: f32 = t479[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v490_11: f32 = v489_11 + l479_11;
    let l483_11: f32 = t483[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v491_11: f32 = v490_11 + l483_11;
    let l487_11: f32 = t487[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v492_11: f32 = v491_11 + l487_11;
    t492[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v492_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l475_12: f32 = t475[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v489_12: f32 = acc3_0 + l475_12;
    let l479_12: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v490_12: f32 = v489_12 + l479_12;
    let l483_12: f32 = t483[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v491_12: f32 = v490_12 + l483_12;
    let l487_12: f32 = t487[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v492_12: f32 = v491_12 + l487_12;
    t492[(row0 + ty + 48i) * 64i + (col0 + tx)] = v492_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l475_13: f32 = t475[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v489_13: f32 = acc3_1 + l475_13;
    let l479_13: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v490_13: f32 = v489_13 + l479_13;
    let l483_13: f32 = t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v491_13: f32 = v490_13 + l483_13;
    let l487_13: f32 = t487[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v492_13: f32 = v491_13 + l487_13;
    t492[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v492_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l475_14: f32 = t475[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v489_14: f32 = acc3_2 + l475_14;
    let l479_14: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v490_14: f32 = v489_14 + l479_14;
    let l483_14: f32 = t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v491_14: f32 = v490_14 + l483_14;
    let l487_14: f32 = t487[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v492_14: f32 = v491_14 + l487_14;
    t492[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v492_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l475_15: f32 = t475[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v489_15: f32 = acc3_3 + l475_15;
    let l479_15: f32 = t479[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v490_15: f32 = v489_15 + l479_15;
    let l483_15: f32 = t483[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v491_15: f32 = v490_15 + l483_15;
    let l487_15: f32 = t487[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v492_15: f32 = v491_15 + l487_15;
    t492[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v492_15;
  }
}
