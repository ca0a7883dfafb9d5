// kernel k30_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t186: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t171: array<f32>;
@group(0) @binding(3) var<storage, read_write> t188: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k30_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 176i) {
      tileA[tx * 64i + ty] = t186[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t186[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t186[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t186[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w2_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l171: f32 = t171[(row0 + ty) * 64i + (col0 + tx)];
    let v188: f32 = l171 + acc0_0;
    t188[(row0 + ty) * 64i + (col0 + tx)] = v188;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l171_1: f32 = t171[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v188_1: f32 = l171_1 + acc0_1;
    t188[(row0 + ty) * 64i + (col0 + tx) + 16i] = v188_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l171_2: f32 = t171[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v188_2: f32 = l171_2 + acc0_2;
    t188[(row0 + ty) * 64i + (col0 + tx) + 32i] = v188_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l171_3: f32 = t171[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v188_3: f32 = l171_3 + acc0_3;
    t188[(row0 + ty) * 64i + (col0 + tx) + 48i] = v188_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l171_4: f32 = t171[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v188_4: f32 = l171_4 + acc1_0;
    t188[(row0 + ty + 16i) * 64i + (col0 + tx)] = v188_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l171_5: f32 = t171[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v188_5: f32 = l171_5 + acc1_1;
    t188[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v188_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l171_6: f32 = t171[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v188_6: f32 = l171_6 + acc1_2;
    t188[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v188_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l171_7: f32 = t171[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v188_7: f32 = l171_7 + acc1_3;
    t188[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v188_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l171_8: f32 = t171[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v188_8: f32 = l171_8 + acc2_0;
    t188[(row0 + ty + 32i) * 64i + (col0 + tx)] = v188_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l171_9: f32 = t171[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v188_9: f32 = l171_9 + acc2_1;
    t188[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v188_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l171_10: f32 = t171[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v188_10: f32 = l171_10 + acc2_2;
    t188[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v188_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l171_11: f32 = t171[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v188_11: f32 = l171_11 + acc2_3;
    t188[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v188_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l171_12: f32 = t171[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v188_12: f32 = l171_12 + acc3_0;
    t188[(row0 + ty + 48i) * 64i + (col0 + tx)] = v188_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l171_13: f32 = t171[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v188_13: f32 = l171_13 + acc3_1;
    t188[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v188_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l171_14: f32 = t171[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v188_14: f32 = l171_14 + acc3_2;
    t188[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v188_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l171_15: f32 = t171[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v188_15: f32 = l171_15 + acc3_3;
    t188[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v188_15;
  }
}
