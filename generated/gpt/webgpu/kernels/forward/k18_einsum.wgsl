// kernel k18_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t185: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t159: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t190: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k18_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 16i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 256i) {
      tileA[tx * 64i + ty] = t185[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t185[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t185[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t185[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 256i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_proj_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l159: f32 = t159[(row0 + ty) * 64i + (col0 + tx)];
    let l188: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v189: f32 = acc0_0 + l188;
    let v190: f32 = l159 + v189;
    t190[(row0 + ty) * 64i + (col0 + tx)] = v190;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l159_1: f32 = t159[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l188_1: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v189_1: f32 = acc0_1 + l188_1;
    let v190_1: f32 = l159_1 + v189_1;
    t190[(row0 + ty) * 64i + (col0 + tx) + 16i] = v190_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l159_2: f32 = t159[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l188_2: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v189_2: f32 = acc0_2 + l188_2;
    let v190_2: f32 = l159_2 + v189_2;
    t190[(row0 + ty) * 64i + (col0 + tx) + 32i] = v190_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l159_3: f32 = t159[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l188_3: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v189_3: f32 = acc0_3 + l188_3;
    let v190_3: f32 = l159_3 + v189_3;
    t190[(row0 + ty) * 64i + (col0 + tx) + 48i] = v190_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l159_4: f32 = t159[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l188_4: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v189_4: f32 = acc1_0 + l188_4;
    let v190_4: f32 = l159_4 + v189_4;
    t190[(row0 + ty + 16i) * 64i + (col0 + tx)] = v190_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l159_5: f32 = t159[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l188_5: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v189_5: f32 = acc1_1 + l188_5;
    let v190_5: f32 = l159_5 + v189_5;
    t190[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v190_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l159_6: f32 = t159[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l188_6: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v189_6: f32 = acc1_2 + l188_6;
    let v190_6: f32 = l159_6 + v189_6;
    t190[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v190_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l159_7: f32 = t159[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l188_7: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v189_7: f32 = acc1_3 + l188_7;
    let v190_7: f32 = l159_7 + v189_7;
    t190[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v190_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l159_8: f32 = t159[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l188_8: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v189_8: f32 = acc2_0 + l188_8;
    let v190_8: f32 = l159_8 + v189_8;
    t190[(row0 + ty + 32i) * 64i + (col0 + tx)] = v190_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l159_9: f32 = t159[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l188_9: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v189_9: f32 = acc2_1 + l188_9;
    let v190_9: f32 = l159_9 + v189_9;
    t190[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v190_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l159_10: f32 = t159[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l188_10: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v189_10: f32 = acc2_2 + l188_10;
    let v190_10: f32 = l159_10 + v189_10;
    t190[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v190_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l159_11: f32 = t159[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l188_11: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v189_11: f32 = acc2_3 + l188_11;
    let v190_11: f32 = l159_11 + v189_11;
    t190[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v190_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l159_12: f32 = t159[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l188_12: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v189_12: f32 = acc3_0 + l188_12;
    let v190_12: f32 = l159_12 + v189_12;
    t190[(row0 + ty + 48i) * 64i + (col0 + tx)] = v190_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l159_13: f32 = t159[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l188_13: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v189_13: f32 = acc3_1 + l188_13;
    let v190_13: f32 = l159_13 + v189_13;
    t190[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v190_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l159_14: f32 = t159[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l188_14: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v189_14: f32 = acc3_2 + l188_14;
    let v190_14: f32 = l159_14 + v189_14;
    t190[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v190_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l159_15: f32 = t159[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l188_15: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v189_15: f32 = acc3_3 + l188_15;
    let v190_15: f32 = l159_15 + v189_15;
    t190[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v190_15;
  }
}
