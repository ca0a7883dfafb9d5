// kernel k20_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t159: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t121: array<f32>;
@group(0) @binding(3) var<storage, read> t163: array<f32>;
@group(0) @binding(4) var<storage, read_write> t165: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k20_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t159[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t159[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t159[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t159[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_ffn_receptance_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_ffn_receptance_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l121: f32 = t121[(row0 + ty) * 64i + (col0 + tx)];
    let v161: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let l163: f32 = t163[(row0 + ty) * 64i + (col0 + tx)];
    let v164: f32 = v161 * l163;
    let v165: f32 = l121 + v164;
    t165[(row0 + ty) * 64i + (col0 + tx)] = v165;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l121_1: f32 = t121[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v161_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let l163_1: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v164_1: f32 = v161_1 * l163_1;
    let v165_1: f32 = l121_1 + v164_1;
    t165[(row0 + ty) * 64i + (col0 + tx) + 16i] = v165_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l121_2: f32 = t121[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v161_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let l163_2: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v164_2: f32 = v161_2 * l163_2;
    let v165_2: f32 = l121_2 + v164_2;
    t165[(row0 + ty) * 64i + (col0 + tx) + 32i] = v165_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l121_3: f32 = t121[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v161_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let l163_3: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v164_3: f32 = v161_3 * l163_3;
    let v165_3: f32 = l121_3 + v164_3;
    t165[(row0 + ty) * 64i + (col0 + tx) + 48i] = v165_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l121_4: f32 = t121[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v161_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let l163_4: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v164_4: f32 = v161_4 * l163_4;
    let v165_4: f32 = l121_4 + v164_4;
    t165[(row0 + ty + 16i) * 64i + (col0 + tx)] = v165_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l121_5: f32 = t121[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v161_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let l163_5: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v164_5: f32 = v161_5 * l163_5;
    let v165_5: f32 = l121_5 + v164_5;
    t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v165_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l121_6: f32 = t121[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v161_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let l163_6: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v164_6: f32 = v161_6 * l163_6;
    let v165_6: f32 = l121_6 + v164_6;
    t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v165_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l121_7: f32 = t121[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v161_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let l163_7: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v164_7: f32 = v161_7 * l163_7;
    let v165_7: f32 = l121_7 + v164_7;
    t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v165_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l121_8: f32 = t121[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v161_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let l163_8: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v164_8: f32 = v161_8 * l163_8;
    let v165_8: f32 = l121_8 + v164_8;
    t165[(row0 + ty + 32i) * 64i + (col0 + tx)] = v165_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l121_9: f32 = t121[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v161_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let l163_9: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v164_9: f32 = v161_9 * l163_9;
    let v165_9: f32 = l121_9 + v164_9;
    t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v165_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l121_10: f32 = t121[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v161_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let l163_10: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v164_10: f32 = v161_10 * l163_10;
    let v165_10: f32 = l121_10 + v164_10;
    t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v165_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l121_11: f32 = t121[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v161_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let l163_11: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v164_11: f32 = v161_11 * l163_11;
    let v165_11: f32 = l121_11 + v164_11;
    t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v165_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l121_12: f32 = t121[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v161_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let l163_12: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v164_12: f32 = v161_12 * l163_12;
    let v165_12: f32 = l121_12 + v164_12;
    t165[(row0 + ty + 48i) * 64i + (col0 + tx)] = v165_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l121_13: f32 = t121[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v161_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let l163_13: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v164_13: f32 = v161_13 * l163_13;
    let v165_13: f32 = l121_13 + v164_13;
    t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v165_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l121_14: f32 = t121[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v161_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let l163_14: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v164_14: f32 = v161_14 * l163_14;
    let v165_14: f32 = l121_14 + v164_14;
    t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v165_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l121_15: f32 = t121[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v161_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let l163_15: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v164_15: f32 = v161_15 * l163_15;
    let v165_15: f32 = l121_15 + v164_15;
    t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v165_15;
  }
}
