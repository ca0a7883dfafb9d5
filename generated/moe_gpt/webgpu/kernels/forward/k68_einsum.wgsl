// kernel k68_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t302: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t236: array<f32>;
@group(0) @binding(3) var<storage, read> t296: array<f32>;
@group(0) @binding(4) var<storage, read_write> t305: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k68_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t302[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t302[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t302[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t302[(row0 + ty + 48i) * 32i + kA];
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
    let l236: f32 = t236[(row0 + ty) * 64i + (col0 + tx)];
    let l297: f32 = t296[(row0 + ty) * 64i + (col0 + tx)];
    let v304: f32 = l297 + acc0_0;
    let v305: f32 = l236 + v304;
    t305[(row0 + ty) * 64i + (col0 + tx)] = v305;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l236_1: f32 = t236[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l297_1: f32 = t296[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v304_1: f32 = l297_1 + acc0_1;
    let v305_1: f32 = l236_1 + v304_1;
    t305[(row0 + ty) * 64i + (col0 + tx) + 16i] = v305_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l236_2: f32 = t236[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l297_2: f32 = t296[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v304_2: f32 = l297_2 + acc0_2;
    let v305_2: f32 = l236_2 + v304_2;
    t305[(row0 + ty) * 64i + (col0 + tx) + 32i] = v305_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l236_3: f32 = t236[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l297_3: f32 = t296[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v304_3: f32 = l297_3 + acc0_3;
    let v305_3: f32 = l236_3 + v304_3;
    t305[(row0 + ty) * 64i + (col0 + tx) + 48i] = v305_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l236_4: f32 = t236[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l297_4: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v304_4: f32 = l297_4 + acc1_0;
    let v305_4: f32 = l236_4 + v304_4;
    t305[(row0 + ty + 16i) * 64i + (col0 + tx)] = v305_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l236_5: f32 = t236[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l297_5: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v304_5: f32 = l297_5 + acc1_1;
    let v305_5: f32 = l236_5 + v304_5;
    t305[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v305_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l236_6: f32 = t236[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l297_6: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v304_6: f32 = l297_6 + acc1_2;
    let v305_6: f32 = l236_6 + v304_6;
    t305[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v305_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l236_7: f32 = t236[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l297_7: f32 = t296[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v304_7: f32 = l297_7 + acc1_3;
    let v305_7: f32 = l236_7 + v304_7;
    t305[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v305_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l236_8: f32 = t236[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l297_8: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v304_8: f32 = l297_8 + acc2_0;
    let v305_8: f32 = l236_8 + v304_8;
    t305[(row0 + ty + 32i) * 64i + (col0 + tx)] = v305_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l236_9: f32 = t236[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l297_9: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v304_9: f32 = l297_9 + acc2_1;
    let v305_9: f32 = l236_9 + v304_9;
    t305[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v305_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l236_10: f32 = t236[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l297_10: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v304_10: f32 = l297_10 + acc2_2;
    let v305_10: f32 = l236_10 + v304_10;
    t305[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v305_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l236_11: f32 = t236[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l297_11: f32 = t296[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v304_11: f32 = l297_11 + acc2_3;
    let v305_11: f32 = l236_11 + v304_11;
    t305[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v305_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l236_12: f32 = t236[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l297_12: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v304_12: f32 = l297_12 + acc3_0;
    let v305_12: f32 = l236_12 + v304_12;
    t305[(row0 + ty + 48i) * 64i + (col0 + tx)] = v305_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l236_13: f32 = t236[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l297_13: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v304_13: f32 = l297_13 + acc3_1;
    let v305_13: f32 = l236_13 + v304_13;
    t305[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v305_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l236_14: f32 = t236[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l297_14: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v304_14: f32 = l297_14 + acc3_2;
    let v305_14: f32 = l236_14 + v304_14;
    t305[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v305_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l236_15: f32 = t236[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l297_15: f32 = t296[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v304_15: f32 = l297_15 + acc3_3;
    let v305_15: f32 = l236_15 + v304_15;
    t305[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v305_15;
  }
}
