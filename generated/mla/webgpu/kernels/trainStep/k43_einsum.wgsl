// kernel k43_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t244: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t245: array<f32>;
@group(0) @binding(3) var<storage, read_write> t246: array<f32>;
@group(0) @binding(4) var<storage, read_write> t247: array<f32>;
@group(0) @binding(5) var<storage, read> t248: array<f32>;
@group(0) @binding(6) var<storage, read_write> t249: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k43_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t244[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t244[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t244[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t244[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    t245[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v246: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    t246[(row0 + ty) * 176i + (col0 + tx)] = v246;
    let v247: f32 = acc0_0 * v246;
    t247[(row0 + ty) * 176i + (col0 + tx)] = v247;
    let l248: f32 = t248[(row0 + ty) * 176i + (col0 + tx)];
    let v249: f32 = v247 * l248;
    t249[(row0 + ty) * 176i + (col0 + tx)] = v249;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t245[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v246_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    t246[(row0 + ty) * 176i + (col0 + tx) + 16i] = v246_1;
    let v247_1: f32 = acc0_1 * v246_1;
    t247[(row0 + ty) * 176i + (col0 + tx) + 16i] = v247_1;
    let l248_1: f32 = t248[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v249_1: f32 = v247_1 * l248_1;
    t249[(row0 + ty) * 176i + (col0 + tx) + 16i] = v249_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t245[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v246_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    t246[(row0 + ty) * 176i + (col0 + tx) + 32i] = v246_2;
    let v247_2: f32 = acc0_2 * v246_2;
    t247[(row0 + ty) * 176i + (col0 + tx) + 32i] = v247_2;
    let l248_2: f32 = t248[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v249_2: f32 = v247_2 * l248_2;
    t249[(row0 + ty) * 176i + (col0 + tx) + 32i] = v249_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t245[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v246_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    t246[(row0 + ty) * 176i + (col0 + tx) + 48i] = v246_3;
    let v247_3: f32 = acc0_3 * v246_3;
    t247[(row0 + ty) * 176i + (col0 + tx) + 48i] = v247_3;
    let l248_3: f32 = t248[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v249_3: f32 = v247_3 * l248_3;
    t249[(row0 + ty) * 176i + (col0 + tx) + 48i] = v249_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t245[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v246_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    t246[(row0 + ty + 16i) * 176i + (col0 + tx)] = v246_4;
    let v247_4: f32 = acc1_0 * v246_4;
    t247[(row0 + ty + 16i) * 176i + (col0 + tx)] = v247_4;
    let l248_4: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v249_4: f32 = v247_4 * l248_4;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx)] = v249_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t245[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v246_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    t246[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v246_5;
    let v247_5: f32 = acc1_1 * v246_5;
    t247[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v247_5;
    let l248_5: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v249_5: f32 = v247_5 * l248_5;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v249_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t245[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v246_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    t246[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v246_6;
    let v247_6: f32 = acc1_2 * v246_6;
    t247[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v247_6;
    let l248_6: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v249_6: f32 = v247_6 * l248_6;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v249_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t245[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v246_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    t246[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v246_7;
    let v247_7: f32 = acc1_3 * v246_7;
    t247[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v247_7;
    let l248_7: f32 = t248[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v249_7: f32 = v247_7 * l248_7;
    t249[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v249_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t245[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v246_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    t246[(row0 + ty + 32i) * 176i + (col0 + tx)] = v246_8;
    let v247_8: f32 = acc2_0 * v246_8;
    t247[(row0 + ty + 32i) * 176i + (col0 + tx)] = v247_8;
    let l248_8: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v249_8: f32 = v247_8 * l248_8;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx)] = v249_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t245[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v246_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    t246[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v246_9;
    let v247_9: f32 = acc2_1 * v246_9;
    t247[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v247_9;
    let l248_9: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v249_9: f32 = v247_9 * l248_9;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v249_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t245[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v246_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    t246[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v246_10;
    let v247_10: f32 = acc2_2 * v246_10;
    t247[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v247_10;
    let l248_10: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v249_10: f32 = v247_10 * l248_10;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v249_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t245[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v246_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    t246[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v246_11;
    let v247_11: f32 = acc2_3 * v246_11;
    t247[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v247_11;
    let l248_11: f32 = t248[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v249_11: f32 = v247_11 * l248_11;
    t249[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v249_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t245[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v246_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    t246[(row0 + ty + 48i) * 176i + (col0 + tx)] = v246_12;
    let v247_12: f32 = acc3_0 * v246_12;
    t247[(row0 + ty + 48i) * 176i + (col0 + tx)] = v247_12;
    let l248_12: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v249_12: f32 = v247_12 * l248_12;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx)] = v249_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t245[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v246_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    t246[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v246_13;
    let v247_13: f32 = acc3_1 * v246_13;
    t247[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v247_13;
    let l248_13: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v249_13: f32 = v247_13 * l248_13;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v249_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t245[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v246_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    t246[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v246_14;
    let v247_14: f32 = acc3_2 * v246_14;
    t247[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v247_14;
    let l248_14: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v249_14: f32 = v247_14 * l248_14;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v249_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t245[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v246_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    t246[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v246_15;
    let v247_15: f32 = acc3_3 * v246_15;
    t247[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v247_15;
    let l248_15: f32 = t248[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v249_15: f32 = v247_15 * l248_15;
    t249[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v249_15;
  }
}
