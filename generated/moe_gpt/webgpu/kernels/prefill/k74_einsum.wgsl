// kernel k74_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t351: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t264: array<f32>;
@group(0) @binding(3) var<storage, read> t345: array<f32>;
@group(0) @binding(4) var<storage, read_write> t354: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k74_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t351[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t351[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t351[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t351[(row0 + ty + 48i) * 32i + kA];
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
    let l264: f32 = t264[(row0 + ty) * 64i + (col0 + tx)];
    let l346: f32 = t345[(row0 + ty) * 64i + (col0 + tx)];
    let v353: f32 = l346 + acc0_0;
    let v354: f32 = l264 + v353;
    t354[(row0 + ty) * 64i + (col0 + tx)] = v354;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l264_1: f32 = t264[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l346_1: f32 = t345[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v353_1: f32 = l346_1 + acc0_1;
    let v354_1: f32 = l264_1 + v353_1;
    t354[(row0 + ty) * 64i + (col0 + tx) + 16i] = v354_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l264_2: f32 = t264[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l346_2: f32 = t345[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v353_2: f32 = l346_2 + acc0_2;
    let v354_2: f32 = l264_2 + v353_2;
    t354[(row0 + ty) * 64i + (col0 + tx) + 32i] = v354_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l264_3: f32 = t264[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l346_3: f32 = t345[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v353_3: f32 = l346_3 + acc0_3;
    let v354_3: f32 = l264_3 + v353_3;
    t354[(row0 + ty) * 64i + (col0 + tx) + 48i] = v354_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l264_4: f32 = t264[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l346_4: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v353_4: f32 = l346_4 + acc1_0;
    let v354_4: f32 = l264_4 + v353_4;
    t354[(row0 + ty + 16i) * 64i + (col0 + tx)] = v354_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l264_5: f32 = t264[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l346_5: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v353_5: f32 = l346_5 + acc1_1;
    let v354_5: f32 = l264_5 + v353_5;
    t354[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v354_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l264_6: f32 = t264[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l346_6: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v353_6: f32 = l346_6 + acc1_2;
    let v354_6: f32 = l264_6 + v353_6;
    t354[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v354_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l264_7: f32 = t264[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l346_7: f32 = t345[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v353_7: f32 = l346_7 + acc1_3;
    let v354_7: f32 = l264_7 + v353_7;
    t354[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v354_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l264_8: f32 = t264[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l346_8: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v353_8: f32 = l346_8 + acc2_0;
    let v354_8: f32 = l264_8 + v353_8;
    t354[(row0 + ty + 32i) * 64i + (col0 + tx)] = v354_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l264_9: f32 = t264[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l346_9: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v353_9: f32 = l346_9 + acc2_1;
    let v354_9: f32 = l264_9 + v353_9;
    t354[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v354_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l264_10: f32 = t264[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l346_10: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v353_10: f32 = l346_10 + acc2_2;
    let v354_10: f32 = l264_10 + v353_10;
    t354[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v354_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l264_11: f32 = t264[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l346_11: f32 = t345[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v353_11: f32 = l346_11 + acc2_3;
    let v354_11: f32 = l264_11 + v353_11;
    t354[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v354_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l264_12: f32 = t264[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l346_12: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v353_12: f32 = l346_12 + acc3_0;
    let v354_12: f32 = l264_12 + v353_12;
    t354[(row0 + ty + 48i) * 64i + (col0 + tx)] = v354_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l264_13: f32 = t264[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l346_13: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v353_13: f32 = l346_13 + acc3_1;
    let v354_13: f32 = l264_13 + v353_13;
    t354[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v354_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l264_14: f32 = t264[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l346_14: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v353_14: f32 = l346_14 + acc3_2;
    let v354_14: f32 = l264_14 + v353_14;
    t354[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v354_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l264_15: f32 = t264[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l346_15: f32 = t345[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v353_15: f32 = l346_15 + acc3_3;
    let v354_15: f32 = l264_15 + v353_15;
    t354[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v354_15;
  }
}
