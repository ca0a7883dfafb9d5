// kernel k36_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t226: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t106: array<f32>;
@group(0) @binding(3) var<storage, read> t220: array<f32>;
@group(0) @binding(4) var<storage, read_write> t229: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k36_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t226[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t226[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t226[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t226[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l106: f32 = t106[(row0 + ty) * 64i + (col0 + tx)];
    let l221: f32 = t220[(row0 + ty) * 64i + (col0 + tx)];
    let v228: f32 = l221 + acc0_0;
    let v229: f32 = l106 + v228;
    t229[(row0 + ty) * 64i + (col0 + tx)] = v229;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l106_1: f32 = t106[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l221_1: f32 = t220[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v228_1: f32 = l221_1 + acc0_1;
    let v229_1: f32 = l106_1 + v228_1;
    t229[(row0 + ty) * 64i + (col0 + tx) + 16i] = v229_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l106_2: f32 = t106[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l221_2: f32 = t220[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v228_2: f32 = l221_2 + acc0_2;
    let v229_2: f32 = l106_2 + v228_2;
    t229[(row0 + ty) * 64i + (col0 + tx) + 32i] = v229_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l106_3: f32 = t106[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l221_3: f32 = t220[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v228_3: f32 = l221_3 + acc0_3;
    let v229_3: f32 = l106_3 + v228_3;
    t229[(row0 + ty) * 64i + (col0 + tx) + 48i] = v229_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l106_4: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l221_4: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v228_4: f32 = l221_4 + acc1_0;
    let v229_4: f32 = l106_4 + v228_4;
    t229[(row0 + ty + 16i) * 64i + (col0 + tx)] = v229_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l106_5: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l221_5: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v228_5: f32 = l221_5 + acc1_1;
    let v229_5: f32 = l106_5 + v228_5;
    t229[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v229_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l106_6: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l221_6: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v228_6: f32 = l221_6 + acc1_2;
    let v229_6: f32 = l106_6 + v228_6;
    t229[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v229_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l106_7: f32 = t106[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l221_7: f32 = t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v228_7: f32 = l221_7 + acc1_3;
    let v229_7: f32 = l106_7 + v228_7;
    t229[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v229_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l106_8: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l221_8: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v228_8: f32 = l221_8 + acc2_0;
    let v229_8: f32 = l106_8 + v228_8;
    t229[(row0 + ty + 32i) * 64i + (col0 + tx)] = v229_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l106_9: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l221_9: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v228_9: f32 = l221_9 + acc2_1;
    let v229_9: f32 = l106_9 + v228_9;
    t229[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v229_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l106_10: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l221_10: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v228_10: f32 = l221_10 + acc2_2;
    let v229_10: f32 = l106_10 + v228_10;
    t229[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v229_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l106_11: f32 = t106[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l221_11: f32 = t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v228_11: f32 = l221_11 + acc2_3;
    let v229_11: f32 = l106_11 + v228_11;
    t229[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v229_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l106_12: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l221_12: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v228_12: f32 = l221_12 + acc3_0;
    let v229_12: f32 = l106_12 + v228_12;
    t229[(row0 + ty + 48i) * 64i + (col0 + tx)] = v229_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l106_13: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l221_13: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v228_13: f32 = l221_13 + acc3_1;
    let v229_13: f32 = l106_13 + v228_13;
    t229[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v229_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l106_14: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l221_14: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v228_14: f32 = l221_14 + acc3_2;
    let v229_14: f32 = l106_14 + v228_14;
    t229[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v229_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l106_15: f32 = t106[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l221_15: f32 = t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v228_15: f32 = l221_15 + acc3_3;
    let v229_15: f32 = l106_15 + v228_15;
    t229[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v229_15;
  }
}
