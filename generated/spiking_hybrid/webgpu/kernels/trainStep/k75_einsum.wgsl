// kernel k75_einsum
@group(0) @binding(0) var<storage, read> t424: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_ffn1_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t433: array<f32>;
@group(0) @binding(3) var<storage, read_write> t435: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_norm2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t436: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k75_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 11i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 176i) {
      tileA[tx * 64i + ty] = t424[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t424[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t424[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t424[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_ffn1_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_ffn1_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_ffn1_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_ffn1_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l433: f32 = t433[(row0 + ty) * 64i + (col0 + tx)];
    let v435: f32 = acc0_0 + l433;
    t435[(row0 + ty) * 64i + (col0 + tx)] = v435;
    let l107: f32 = p_layers_0_norm2_g[col0 + tx];
    let v436: f32 = v435 * l107;
    t436[(row0 + ty) * 64i + (col0 + tx)] = v436;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l433_1: f32 = t433[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v435_1: f32 = acc0_1 + l433_1;
    t435[(row0 + ty) * 64i + (col0 + tx) + 16i] = v435_1;
    let l107_1: f32 = p_layers_0_norm2_g[col0 + tx + 16i];
    let v436_1: f32 = v435_1 * l107_1;
    t436[(row0 + ty) * 64i + (col0 + tx) + 16i] = v436_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l433_2: f32 = t433[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v435_2: f32 = acc0_2 + l433_2;
    t435[(row0 + ty) * 64i + (col0 + tx) + 32i] = v435_2;
    let l107_2: f32 = p_layers_0_norm2_g[col0 + tx + 32i];
    let v436_2: f32 = v435_2 * l107_2;
    t436[(row0 + ty) * 64i + (col0 + tx) + 32i] = v436_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l433_3: f32 = t433[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v435_3: f32 = acc0_3 + l433_3;
    t435[(row0 + ty) * 64i + (col0 + tx) + 48i] = v435_3;
    let l107_3: f32 = p_layers_0_norm2_g[col0 + tx + 48i];
    let v436_3: f32 = v435_3 * l107_3;
    t436[(row0 + ty) * 64i + (col0 + tx) + 48i] = v436_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l433_4: f32 = t433[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v435_4: f32 = acc1_0 + l433_4;
    t435[(row0 + ty + 16i) * 64i + (col0 + tx)] = v435_4;
    let l107_4: f32 = p_layers_0_norm2_g[col0 + tx];
    let v436_4: f32 = v435_4 * l107_4;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx)] = v436_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l433_5: f32 = t433[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v435_5: f32 = acc1_1 + l433_5;
    t435[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v435_5;
    let l107_5: f32 = p_layers_0_norm2_g[col0 + tx + 16i];
    let v436_5: f32 = v435_5 * l107_5;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v436_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l433_6: f32 = t433[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v435_6: f32 = acc1_2 + l433_6;
    t435[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v435_6;
    let l107_6: f32 = p_layers_0_norm2_g[col0 + tx + 32i];
    let v436_6: f32 = v435_6 * l107_6;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v436_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l433_7: f32 = t433[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v435_7: f32 = acc1_3 + l433_7;
    t435[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v435_7;
    let l107_7: f32 = p_layers_0_norm2_g[col0 + tx + 48i];
    let v436_7: f32 = v435_7 * l107_7;
    t436[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v436_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l433_8: f32 = t433[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v435_8: f32 = acc2_0 + l433_8;
    t435[(row0 + ty + 32i) * 64i + (col0 + tx)] = v435_8;
    let l107_8: f32 = p_layers_0_norm2_g[col0 + tx];
    let v436_8: f32 = v435_8 * l107_8;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx)] = v436_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l433_9: f32 = t433[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v435_9: f32 = acc2_1 + l433_9;
    t435[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v435_9;
    let l107_9: f32 = p_layers_0_norm2_g[col0 + tx + 16i];
    let v436_9: f32 = v435_9 * l107_9;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v436_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l433_10: f32 = t433[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v435_10: f32 = acc2_2 + l433_10;
    t435[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v435_10;
    let l107_10: f32 = p_layers_0_norm2_g[col0 + tx + 32i];
    let v436_10: f32 = v435_10 * l107_10;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v436_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l433_11: f32 = t433[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v435_11: f32 = acc2_3 + l433_11;
    t435[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v435_11;
    let l107_11: f32 = p_layers_0_norm2_g[col0 + tx + 48i];
    let v436_11: f32 = v435_11 * l107_11;
    t436[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v436_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l433_12: f32 = t433[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v435_12: f32 = acc3_0 + l433_12;
    t435[(row0 + ty + 48i) * 64i + (col0 + tx)] = v435_12;
    let l107_12: f32 = p_layers_0_norm2_g[col0 + tx];
    let v436_12: f32 = v435_12 * l107_12;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx)] = v436_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l433_13: f32 = t433[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v435_13: f32 = acc3_1 + l433_13;
    t435[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v435_13;
    let l107_13: f32 = p_layers_0_norm2_g[col0 + tx + 16i];
    let v436_13: f32 = v435_13 * l107_13;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v436_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l433_14: f32 = t433[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v435_14: f32 = acc3_2 + l433_14;
    t435[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v435_14;
    let l107_14: f32 = p_layers_0_norm2_g[col0 + tx + 32i];
    let v436_14: f32 = v435_14 * l107_14;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v436_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l433_15: f32 = t433[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v435_15: f32 = acc3_3 + l433_15;
    t435[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v435_15;
    let l107_15: f32 = p_layers_0_norm2_g[col0 + tx + 48i];
    let v436_15: f32 = v435_15 * l107_15;
    t436[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v436_15;
  }
}
