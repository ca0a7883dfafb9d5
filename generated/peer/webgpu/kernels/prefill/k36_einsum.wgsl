// kernel k36_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t201: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t163: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
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
  for (var t: i32 = 0i; t < 4i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t201[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t201[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t201[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t201[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_attn_wo_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l163: f32 = t163[(row0 + ty) * 64i + (col0 + tx)];
    let l205: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v206: f32 = acc0_0 + l205;
    let v207: f32 = l163 + v206;
    t207[(row0 + ty) * 64i + (col0 + tx)] = v207;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l163_1: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l205_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v206_1: f32 = acc0_1 + l205_1;
    let v207_1: f32 = l163_1 + v206_1;
    t207[(row0 + ty) * 64i + (col0 + tx) + 16i] = v207_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l163_2: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l205_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v206_2: f32 = acc0_2 + l205_2;
    let v207_2: f32 = l163_2 + v206_2;
    t207[(row0 + ty) * 64i + (col0 + tx) + 32i] = v207_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l163_3: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l205_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v206_3: f32 = acc0_3 + l205_3;
    let v207_3: f32 = l163_3 + v206_3;
    t207[(row0 + ty) * 64i + (col0 + tx) + 48i] = v207_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l163_4: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l205_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v206_4: f32 = acc1_0 + l205_4;
    let v207_4: f32 = l163_4 + v206_4;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx)] = v207_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l163_5: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l205_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v206_5: f32 = acc1_1 + l205_5;
    let v207_5: f32 = l163_5 + v206_5;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v207_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l163_6: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l205_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v206_6: f32 = acc1_2 + l205_6;
    let v207_6: f32 = l163_6 + v206_6;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v207_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l163_7: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l205_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v206_7: f32 = acc1_3 + l205_7;
    let v207_7: f32 = l163_7 + v206_7;
    t207[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v207_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l163_8: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l205_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v206_8: f32 = acc2_0 + l205_8;
    let v207_8: f32 = l163_8 + v206_8;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx)] = v207_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l163_9: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l205_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v206_9: f32 = acc2_1 + l205_9;
    let v207_9: f32 = l163_9 + v206_9;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v207_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l163_10: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l205_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v206_10: f32 = acc2_2 + l205_10;
    let v207_10: f32 = l163_10 + v206_10;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v207_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l163_11: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l205_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v206_11: f32 = acc2_3 + l205_11;
    let v207_11: f32 = l163_11 + v206_11;
    t207[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v207_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l163_12: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l205_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v206_12: f32 = acc3_0 + l205_12;
    let v207_12: f32 = l163_12 + v206_12;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx)] = v207_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l163_13: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l205_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v206_13: f32 = acc3_1 + l205_13;
    let v207_13: f32 = l163_13 + v206_13;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v207_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l163_14: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l205_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v206_14: f32 = acc3_2 + l205_14;
    let v207_14: f32 = l163_14 + v206_14;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v207_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l163_15: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l205_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v206_15: f32 = acc3_3 + l205_15;
    let v207_15: f32 = l163_15 + v206_15;
    t207[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v207_15;
  }
}
