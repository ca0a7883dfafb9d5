// kernel k36_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t204: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t105: array<f32>;
@group(0) @binding(3) var<storage, read> t198: array<f32>;
@group(0) @binding(4) var<storage, read_write> t207: array<f32>;
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
    if (row0 + ty < 64i && kA < 32i) {
      tileA[tx * 64i + ty] = t204[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t204[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t204[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t204[(row0 + ty + 48i) * 32i + kA];
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
    let l105: f32 = t105[(row0 + ty) * 64i + (col0 + tx)];
    let l199: f32 = t198[(row0 + ty) * 64i + (col0 + tx)];
    let v206: f32 = l199 + acc0_0;
    let v207: f32 = l105 + v206;
    t207[(row0 + ty) * 64i + (col0 + tx)] = v207;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l105_1: f32 = t105[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l199_1: f32 = t198[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v206_1: f32 = l199_1 + acc0_1;
    let v207_1: f32 = l105_1 + v206_1;
    t207[(row0 + ty) * 64i + (col0 + tx) + 16i] = v207_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l105_2: f32 = t105[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l199_2: f32 = t198[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v206_2: f32 = l199_2 + acc0_2;
    let v207_2: f32 = l105_2 + v206_2;
    t207[(row0 + ty) * 64i + (col0 + tx) + 32i] = v207_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l105_3: f32 = t105[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l199_3: f32 = t198[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v206_3: f32 = l199_3 + acc0_3;
    let v207_3: f32 = l105_3 + v206_3;
    t207[(row0 + ty) * 64i + (col0 + tx) + 48i] = v207_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l105_4: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l199_4: f32 = t198[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v206_4: f32 = l199_4 + acc1_0;
    let v207_4: f32 = l105_4 + v206_4;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx)] = v207_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l105_5: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l199_5: f32 = t198[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v206_5: f32 = l199_5 + acc1_1;
    let v207_5: f32 = l105_5 + v206_5;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v207_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l105_6: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l199_6: f32 = t198[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v206_6: f32 = l199_6 + acc1_2;
    let v207_6: f32 = l105_6 + v206_6;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v207_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l105_7: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l199_7: f32 = t198[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v206_7: f32 = l199_7 + acc1_3;
    let v207_7: f32 = l105_7 + v206_7;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v207_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l105_8: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l199_8: f32 = t198[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v206_8: f32 = l199_8 + acc2_0;
    let v207_8: f32 = l105_8 + v206_8;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx)] = v207_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l105_9: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l199_9: f32 = t198[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v206_9: f32 = l199_9 + acc2_1;
    let v207_9: f32 = l105_9 + v206_9;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v207_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l105_10: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l199_10: f32 = t198[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v206_10: f32 = l199_10 + acc2_2;
    let v207_10: f32 = l105_10 + v206_10;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v207_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l105_11: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l199_11: f32 = t198[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v206_11: f32 = l199_11 + acc2_3;
    let v207_11: f32 = l105_11 + v206_11;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v207_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l105_12: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l199_12: f32 = t198[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v206_12: f32 = l199_12 + acc3_0;
    let v207_12: f32 = l105_12 + v206_12;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx)] = v207_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l105_13: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l199_13: f32 = t198[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v206_13: f32 = l199_13 + acc3_1;
    let v207_13: f32 = l105_13 + v206_13;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v207_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l105_14: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l199_14: f32 = t198[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v206_14: f32 = l199_14 + acc3_2;
    let v207_14: f32 = l105_14 + v206_14;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v207_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l105_15: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l199_15: f32 = t198[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v206_15: f32 = l199_15 + acc3_3;
    let v207_15: f32 = l105_15 + v206_15;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v207_15;
  }
}
