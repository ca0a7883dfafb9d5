// kernel k72_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t364: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t271: array<f32>;
@group(0) @binding(3) var<storage, read> t358: array<f32>;
@group(0) @binding(4) var<storage, read_write> t367: array<f32>;
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
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t364[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t364[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t364[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t364[(row0 + ty + 48i) * 32i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l271: f32 = t271[(row0 + ty) * 64i + (col0 + tx)];
    let l359: f32 = t358[(row0 + ty) * 64i + (col0 + tx)];
    let v366: f32 = l359 + acc0_0;
    let v367: f32 = l271 + v366;
    t367[(row0 + ty) * 64i + (col0 + tx)] = v367;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l271_1: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l359_1: f32 = t358[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v366_1: f32 = l359_1 + acc0_1;
    let v367_1: f32 = l271_1 + v366_1;
    t367[(row0 + ty) * 64i + (col0 + tx) + 16i] = v367_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l271_2: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l359_2: f32 = t358[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v366_2: f32 = l359_2 + acc0_2;
    let v367_2: f32 = l271_2 + v366_2;
    t367[(row0 + ty) * 64i + (col0 + tx) + 32i] = v367_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l271_3: f32 = t271[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l359_3: f32 = t358[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v366_3: f32 = l359_3 + acc0_3;
    let v367_3: f32 = l271_3 + v366_3;
    t367[(row0 + ty) * 64i + (col0 + tx) + 48i] = v367_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l271_4: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l359_4: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v366_4: f32 = l359_4 + acc1_0;
    let v367_4: f32 = l271_4 + v366_4;
    t367[(row0 + ty + 16i) * 64i + (col0 + tx)] = v367_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l271_5: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l359_5: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v366_5: f32 = l359_5 + acc1_1;
    let v367_5: f32 = l271_5 + v366_5;
    t367[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v367_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l271_6: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l359_6: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v366_6: f32 = l359_6 + acc1_2;
    let v367_6: f32 = l271_6 + v366_6;
    t367[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v367_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l271_7: f32 = t271[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l359_7: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v366_7: f32 = l359_7 + acc1_3;
    let v367_7: f32 = l271_7 + v366_7;
    t367[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v367_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l271_8: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l359_8: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v366_8: f32 = l359_8 + acc2_0;
    let v367_8: f32 = l271_8 + v366_8;
    t367[(row0 + ty + 32i) * 64i + (col0 + tx)] = v367_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l271_9: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l359_9: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v366_9: f32 = l359_9 + acc2_1;
    let v367_9: f32 = l271_9 + v366_9;
    t367[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v367_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l271_10: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l359_10: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v366_10: f32 = l359_10 + acc2_2;
    let v367_10: f32 = l271_10 + v366_10;
    t367[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v367_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l271_11: f32 = t271[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l359_11: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v366_11: f32 = l359_11 + acc2_3;
    let v367_11: f32 = l271_11 + v366_11;
    t367[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v367_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l271_12: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l359_12: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v366_12: f32 = l359_12 + acc3_0;
    let v367_12: f32 = l271_12 + v366_12;
    t367[(row0 + ty + 48i) * 64i + (col0 + tx)] = v367_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l271_13: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l359_13: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v366_13: f32 = l359_13 + acc3_1;
    let v367_13: f32 = l271_13 + v366_13;
    t367[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v367_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l271_14: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l359_14: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v366_14: f32 = l359_14 + acc3_2;
    let v367_14: f32 = l271_14 + v366_14;
    t367[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v367_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l271_15: f32 = t271[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l359_15: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v366_15: f32 = l359_15 + acc3_3;
    let v367_15: f32 = l271_15 + v366_15;
    t367[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v367_15;
  }
}
