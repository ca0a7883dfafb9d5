// kernel k55_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t313: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_key_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t326: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k55_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t313[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t313[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t313[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t313[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_blocks_1_ffn_key_w[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_ffn_key_w[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_ffn_key_w[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_ffn_key_w[(bK + 12i) * 256i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 256i) {
    let v315: f32 = max(acc0_0, 0.0f);
    let v326: f32 = v315 * v315;
    t326[(row0 + ty) * 256i + (col0 + tx)] = v326;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 256i) {
    let v315_1: f32 = max(acc0_1, 0.0f);
    let v326_1: f32 = v315_1 * v315_1;
    t326[(row0 + ty) * 256i + (col0 + tx) + 16i] = v326_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 256i) {
    let v315_2: f32 = max(acc0_2, 0.0f);
    let v326_2: f32 = v315_2 * v315_2;
    t326[(row0 + ty) * 256i + (col0 + tx) + 32i] = v326_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 256i) {
    let v315_3: f32 = max(acc0_3, 0.0f);
    let v326_3: f32 = v315_3 * v315_3;
    t326[(row0 + ty) * 256i + (col0 + tx) + 48i] = v326_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 256i) {
    let v315_4: f32 = max(acc1_0, 0.0f);
    let v326_4: f32 = v315_4 * v315_4;
    t326[(row0 + ty + 16i) * 256i + (col0 + tx)] = v326_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 256i) {
    let v315_5: f32 = max(acc1_1, 0.0f);
    let v326_5: f32 = v315_5 * v315_5;
    t326[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v326_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 256i) {
    let v315_6: f32 = max(acc1_2, 0.0f);
    let v326_6: f32 = v315_6 * v315_6;
    t326[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v326_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 256i) {
    let v315_7: f32 = max(acc1_3, 0.0f);
    let v326_7: f32 = v315_7 * v315_7;
    t326[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v326_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 256i) {
    let v315_8: f32 = max(acc2_0, 0.0f);
    let v326_8: f32 = v315_8 * v315_8;
    t326[(row0 + ty + 32i) * 256i + (col0 + tx)] = v326_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 256i) {
    let v315_9: f32 = max(acc2_1, 0.0f);
    let v326_9: f32 = v315_9 * v315_9;
    t326[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v326_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 256i) {
    let v315_10: f32 = max(acc2_2, 0.0f);
    let v326_10: f32 = v315_10 * v315_10;
    t326[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v326_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 256i) {
    let v315_11: f32 = max(acc2_3, 0.0f);
    let v326_11: f32 = v315_11 * v315_11;
    t326[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v326_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 256i) {
    let v315_12: f32 = max(acc3_0, 0.0f);
    let v326_12: f32 = v315_12 * v315_12;
    t326[(row0 + ty + 48i) * 256i + (col0 + tx)] = v326_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 256i) {
    let v315_13: f32 = max(acc3_1, 0.0f);
    let v326_13: f32 = v315_13 * v315_13;
    t326[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v326_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 256i) {
    let v315_14: f32 = max(acc3_2, 0.0f);
    let v326_14: f32 = v315_14 * v315_14;
    t326[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v326_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 256i) {
    let v315_15: f32 = max(acc3_3, 0.0f);
    let v326_15: f32 = v315_15 * v315_15;
    t326[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v326_15;
  }
}
