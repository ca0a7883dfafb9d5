// kernel k37_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t206: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t107: array<f32>;
@group(0) @binding(3) var<storage, read> t200: array<f32>;
@group(0) @binding(4) var<storage, read_write> t209: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k37_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t206[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t206[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t206[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t206[(row0 + ty + 48i) * 32i + kA];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l107: f32 = t107[(row0 + ty) * 64i + (col0 + tx)];
    let l201: f32 = t200[(row0 + ty) * 64i + (col0 + tx)];
    let v208: f32 = l201 + acc0_0;
    let v209: f32 = l107 + v208;
    t209[(row0 + ty) * 64i + (col0 + tx)] = v209;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l107_1: f32 = t107[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l201_1: f32 = t200[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v208_1: f32 = l201_1 + acc0_1;
    let v209_1: f32 = l107_1 + v208_1;
    t209[(row0 + ty) * 64i + (col0 + tx) + 16i] = v209_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l107_2: f32 = t107[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l201_2: f32 = t200[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v208_2: f32 = l201_2 + acc0_2;
    let v209_2: f32 = l107_2 + v208_2;
    t209[(row0 + ty) * 64i + (col0 + tx) + 32i] = v209_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l107_3: f32 = t107[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l201_3: f32 = t200[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v208_3: f32 = l201_3 + acc0_3;
    let v209_3: f32 = l107_3 + v208_3;
    t209[(row0 + ty) * 64i + (col0 + tx) + 48i] = v209_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l107_4: f32 = t107[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l201_4: f32 = t200[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v208_4: f32 = l201_4 + acc1_0;
    let v209_4: f32 = l107_4 + v208_4;
    t209[(row0 + ty + 16i) * 64i + (col0 + tx)] = v209_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l107_5: f32 = t107[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l201_5: f32 = t200[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v208_5: f32 = l201_5 + acc1_1;
    let v209_5: f32 = l107_5 + v208_5;
    t209[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v209_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l107_6: f32 = t107[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l201_6: f32 = t200[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v208_6: f32 = l201_6 + acc1_2;
    let v209_6: f32 = l107_6 + v208_6;
    t209[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v209_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l107_7: f32 = t107[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l201_7: f32 = t200[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v208_7: f32 = l201_7 + acc1_3;
    let v209_7: f32 = l107_7 + v208_7;
    t209[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v209_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l107_8: f32 = t107[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l201_8: f32 = t200[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v208_8: f32 = l201_8 + acc2_0;
    let v209_8: f32 = l107_8 + v208_8;
    t209[(row0 + ty + 32i) * 64i + (col0 + tx)] = v209_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l107_9: f32 = t107[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l201_9: f32 = t200[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v208_9: f32 = l201_9 + acc2_1;
    let v209_9: f32 = l107_9 + v208_9;
    t209[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v209_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l107_10: f32 = t107[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l201_10: f32 = t200[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v208_10: f32 = l201_10 + acc2_2;
    let v209_10: f32 = l107_10 + v208_10;
    t209[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v209_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l107_11: f32 = t107[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l201_11: f32 = t200[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v208_11: f32 = l201_11 + acc2_3;
    let v209_11: f32 = l107_11 + v208_11;
    t209[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v209_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l107_12: f32 = t107[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l201_12: f32 = t200[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v208_12: f32 = l201_12 + acc3_0;
    let v209_12: f32 = l107_12 + v208_12;
    t209[(row0 + ty + 48i) * 64i + (col0 + tx)] = v209_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l107_13: f32 = t107[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l201_13: f32 = t200[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v208_13: f32 = l201_13 + acc3_1;
    let v209_13: f32 = l107_13 + v208_13;
    t209[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v209_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l107_14: f32 = t107[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l201_14: f32 = t200[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v208_14: f32 = l201_14 + acc3_2;
    let v209_14: f32 = l107_14 + v208_14;
    t209[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v209_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l107_15: f32 = t107[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l201_15: f32 = t200[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v208_15: f32 = l201_15 + acc3_3;
    let v209_15: f32 = l107_15 + v208_15;
    t209[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v209_15;
  }
}
