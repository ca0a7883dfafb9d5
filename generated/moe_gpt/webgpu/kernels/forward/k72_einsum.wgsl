// kernel k72_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t347: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t260: array<f32>;
@group(0) @binding(3) var<storage, read> t341: array<f32>;
@group(0) @binding(4) var<storage, read_write> t350: array<f32>;
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
    if (row0 + ty < 64i && kA < 32i) {
      tileA[tx * 64i + ty] = t347[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t347[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t347[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t347[(row0 + ty + 48i) * 32i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l260: f32 = t260[(row0 + ty) * 64i + (col0 + tx)];
    let l342: f32 = t341[(row0 + ty) * 64i + (col0 + tx)];
    let v349: f32 = l342 + acc0_0;
    let v350: f32 = l260 + v349;
    t350[(row0 + ty) * 64i + (col0 + tx)] = v350;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l260_1: f32 = t260[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l342_1: f32 = t341[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v349_1: f32 = l342_1 + acc0_1;
    let v350_1: f32 = l260_1 + v349_1;
    t350[(row0 + ty) * 64i + (col0 + tx) + 16i] = v350_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l260_2: f32 = t260[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l342_2: f32 = t341[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v349_2: f32 = l342_2 + acc0_2;
    let v350_2: f32 = l260_2 + v349_2;
    t350[(row0 + ty) * 64i + (col0 + tx) + 32i] = v350_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l260_3: f32 = t260[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l342_3: f32 = t341[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v349_3: f32 = l342_3 + acc0_3;
    let v350_3: f32 = l260_3 + v349_3;
    t350[(row0 + ty) * 64i + (col0 + tx) + 48i] = v350_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l260_4: f32 = t260[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l342_4: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v349_4: f32 = l342_4 + acc1_0;
    let v350_4: f32 = l260_4 + v349_4;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx)] = v350_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l260_5: f32 = t260[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l342_5: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v349_5: f32 = l342_5 + acc1_1;
    let v350_5: f32 = l260_5 + v349_5;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v350_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l260_6: f32 = t260[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l342_6: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v349_6: f32 = l342_6 + acc1_2;
    let v350_6: f32 = l260_6 + v349_6;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v350_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l260_7: f32 = t260[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l342_7: f32 = t341[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v349_7: f32 = l342_7 + acc1_3;
    let v350_7: f32 = l260_7 + v349_7;
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v350_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l260_8: f32 = t260[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l342_8: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v349_8: f32 = l342_8 + acc2_0;
    let v350_8: f32 = l260_8 + v349_8;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx)] = v350_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l260_9: f32 = t260[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l342_9: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v349_9: f32 = l342_9 + acc2_1;
    let v350_9: f32 = l260_9 + v349_9;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v350_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l260_10: f32 = t260[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l342_10: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v349_10: f32 = l342_10 + acc2_2;
    let v350_10: f32 = l260_10 + v349_10;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v350_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l260_11: f32 = t260[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l342_11: f32 = t341[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v349_11: f32 = l342_11 + acc2_3;
    let v350_11: f32 = l260_11 + v349_11;
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v350_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l260_12: f32 = t260[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l342_12: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v349_12: f32 = l342_12 + acc3_0;
    let v350_12: f32 = l260_12 + v349_12;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx)] = v350_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l260_13: f32 = t260[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l342_13: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v349_13: f32 = l342_13 + acc3_1;
    let v350_13: f32 = l260_13 + v349_13;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v350_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l260_14: f32 = t260[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l342_14: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v349_14: f32 = l342_14 + acc3_2;
    let v350_14: f32 = l260_14 + v349_14;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v350_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l260_15: f32 = t260[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l342_15: f32 = t341[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v349_15: f32 = l342_15 + acc3_3;
    let v350_15: f32 = l260_15 + v349_15;
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v350_15;
  }
}
