// kernel k57_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t323: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t327: array<f32>;
@group(0) @binding(3) var<storage, read_write> t328: array<f32>;
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t323[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t323[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t323[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t323[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_ffn_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_ffn_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_ffn_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_ffn_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let v325: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l327: f32 = t327[(row0 + ty) * 64i + (col0 + tx)];
    let v328: f32 = v325 * l327;
    t328[(row0 + ty) * 64i + (col0 + tx)] = v328;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let v325_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l327_1: f32 = t327[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v328_1: f32 = v325_1 * l327_1;
    t328[(row0 + ty) * 64i + (col0 + tx) + 16i] = v328_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let v325_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l327_2: f32 = t327[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v328_2: f32 = v325_2 * l327_2;
    t328[(row0 + ty) * 64i + (col0 + tx) + 32i] = v328_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let v325_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l327_3: f32 = t327[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v328_3: f32 = v325_3 * l327_3;
    t328[(row0 + ty) * 64i + (col0 + tx) + 48i] = v328_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let v325_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l327_4: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v328_4: f32 = v325_4 * l327_4;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx)] = v328_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let v325_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l327_5: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v328_5: f32 = v325_5 * l327_5;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v328_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let v325_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l327_6: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v328_6: f32 = v325_6 * l327_6;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v328_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let v325_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l327_7: f32 = t327[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v328_7: f32 = v325_7 * l327_7;
    t328[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v328_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let v325_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l327_8: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v328_8: f32 = v325_8 * l327_8;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx)] = v328_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let v325_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l327_9: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v328_9: f32 = v325_9 * l327_9;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v328_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let v325_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l327_10: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v328_10: f32 = v325_10 * l327_10;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v328_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let v325_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l327_11: f32 = t327[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v328_11: f32 = v325_11 * l327_11;
    t328[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v328_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let v325_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l327_12: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v328_12: f32 = v325_12 * l327_12;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx)] = v328_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let v325_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l327_13: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v328_13: f32 = v325_13 * l327_13;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v328_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let v325_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l327_14: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v328_14: f32 = v325_14 * l327_14;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v328_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let v325_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l327_15: f32 = t327[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v328_15: f32 = v325_15 * l327_15;
    t328[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v328_15;
  }
}
