// kernel k93a_einsum
@group(0) @binding(0) var<storage, read> t583: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t584: array<f32>;
@group(0) @binding(3) var<storage, read> t114: array<f32>;
@group(0) @binding(4) var<storage, read_write> t586: array<f32>;
@group(0) @binding(5) var<storage, read> t622: array<f32>;
@group(0) @binding(6) var<storage, read> t98: array<f32>;
@group(0) @binding(7) var<storage, read_write> t624: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k93a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t583[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t583[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t583[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t583[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_att_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_att_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_att_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_att_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t584[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l116: f32 = t114[col0 + tx];
    let v586: f32 = acc0_0 * l116;
    t586[(row0 + ty) * 64i + (col0 + tx)] = v586;
    let l622: f32 = t622[(row0 + ty) * 64i + (col0 + tx)];
    let l100: f32 = t98[col0 + tx];
    let v624: f32 = l622 * l100;
    t624[(row0 + ty) * 64i + (col0 + tx)] = v624;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t584[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l116_1: f32 = t114[col0 + tx + 16i];
    let v586_1: f32 = acc0_1 * l116_1;
    t586[(row0 + ty) * 64i + (col0 + tx) + 16i] = v586_1;
    let l622_1: f32 = t622[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l100_1: f32 = t98[col0 + tx + 16i];
    let v624_1: f32 = l622_1 * l100_1;
    t624[(row0 + ty) * 64i + (col0 + tx) + 16i] = v624_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t584[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l116_2: f32 = t114[col0 + tx + 32i];
    let v586_2: f32 = acc0_2 * l116_2;
    t586[(row0 + ty) * 64i + (col0 + tx) + 32i] = v586_2;
    let l622_2: f32 = t622[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l100_2: f32 = t98[col0 + tx + 32i];
    let v624_2: f32 = l622_2 * l100_2;
    t624[(row0 + ty) * 64i + (col0 + tx) + 32i] = v624_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t584[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l116_3: f32 = t114[col0 + tx + 48i];
    let v586_3: f32 = acc0_3 * l116_3;
    t586[(row0 + ty) * 64i + (col0 + tx) + 48i] = v586_3;
    let l622_3: f32 = t622[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l100_3: f32 = t98[col0 + tx + 48i];
    let v624_3: f32 = l622_3 * l100_3;
    t624[(row0 + ty) * 64i + (col0 + tx) + 48i] = v624_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t584[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l116_4: f32 = t114[col0 + tx];
    let v586_4: f32 = acc1_0 * l116_4;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx)] = v586_4;
    let l622_4: f32 = t622[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l100_4: f32 = t98[col0 + tx];
    let v624_4: f32 = l622_4 * l100_4;
    t624[(row0 + ty + 16i) * 64i + (col0 + tx)] = v624_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t584[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l116_5: f32 = t114[col0 + tx + 16i];
    let v586_5: f32 = acc1_1 * l116_5;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v586_5;
    let l622_5: f32 = t622[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l100_5: f32 = t98[col0 + tx + 16i];
    let v624_5: f32 = l622_5 * l100_5;
    t624[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v624_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t584[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l116_6: f32 = t114[col0 + tx + 32i];
    let v586_6: f32 = acc1_2 * l116_6;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v586_6;
    let l622_6: f32 = t622[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l100_6: f32 = t98[col0 + tx + 32i];
    let v624_6: f32 = l622_6 * l100_6;
    t624[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v624_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t584[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l116_7: f32 = t114[col0 + tx + 48i];
    let v586_7: f32 = acc1_3 * l116_7;
    t586[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v586_7;
    let l622_7: f32 = t622[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l100_7: f32 = t98[col0 + tx + 48i];
    let v624_7: f32 = l622_7 * l100_7;
    t624[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v624_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t584[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l116_8: f32 = t114[col0 + tx];
    let v586_8: f32 = acc2_0 * l116_8;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx)] = v586_8;
    let l622_8: f32 = t622[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l100_8: f32 = t98[col0 + tx];
    let v624_8: f32 = l622_8 * l100_8;
    t624[(row0 + ty + 32i) * 64i + (col0 + tx)] = v624_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t584[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l116_9: f32 = t114[col0 + tx + 16i];
    let v586_9: f32 = acc2_1 * l116_9;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v586_9;
    let l622_9: f32 = t622[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l100_9: f32 = t98[col0 + tx + 16i];
    let v624_9: f32 = l622_9 * l100_9;
    t624[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v624_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t584[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l116_10: f32 = t114[col0 + tx + 32i];
    let v586_10: f32 = acc2_2 * l116_10;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v586_10;
    let l622_10: f32 = t622[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l100_10: f32 = t98[col0 + tx + 32i];
    let v624_10: f32 = l622_10 * l100_10;
    t624[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v624_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t584[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l116_11: f32 = t114[col0 + tx + 48i];
    let v586_11: f32 = acc2_3 * l116_11;
    t586[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v586_11;
    let l622_11: f32 = t622[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l100_11: f32 = t98[col0 + tx + 48i];
    let v624_11: f32 = l622_11 * l100_11;
    t624[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v624_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t584[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l116_12: f32 = t114[col0 + tx];
    let v586_12: f32 = acc3_0 * l116_12;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx)] = v586_12;
    let l622_12: f32 = t622[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l100_12: f32 = t98[col0 + tx];
    let v624_12: f32 = l622_12 * l100_12;
    t624[(row0 + ty + 48i) * 64i + (col0 + tx)] = v624_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t584[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l116_13: f32 = t114[col0 + tx + 16i];
    let v586_13: f32 = acc3_1 * l116_13;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v586_13;
    let l622_13: f32 = t622[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l100_13: f32 = t98[col0 + tx + 16i];
    let v624_13: f32 = l622_13 * l100_13;
    t624[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v624_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t584[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l116_14: f32 = t114[col0 + tx + 32i];
    let v586_14: f32 = acc3_2 * l116_14;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v586_14;
    let l622_14: f32 = t622[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l100_14: f32 = t98[col0 + tx + 32i];
    let v624_14: f32 = l622_14 * l100_14;
    t624[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v624_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t584[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l116_15: f32 = t114[col0 + tx + 48i];
    let v586_15: f32 = acc3_3 * l116_15;
    t586[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v586_15;
    let l622_15: f32 = t622[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l100_15: f32 = t98[col0 + tx + 48i];
    let v624_15: f32 = l622_15 * l100_15;
    t624[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v624_15;
  }
}
