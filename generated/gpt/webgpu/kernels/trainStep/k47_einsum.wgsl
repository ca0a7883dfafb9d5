// kernel k47_einsum
@group(0) @binding(0) var<storage, read> t360: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t370: array<f32>;
@group(0) @binding(3) var<storage, read> t376: array<f32>;
@group(0) @binding(4) var<storage, read_write> t379: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t382: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k47_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t360[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t360[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t360[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t360[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l370: f32 = t370[(row0 + ty) * 64i + (col0 + tx)];
    let v378: f32 = acc0_0 + l370;
    let l376: f32 = t376[(row0 + ty) * 64i + (col0 + tx)];
    let v379: f32 = v378 + l376;
    t379[(row0 + ty) * 64i + (col0 + tx)] = v379;
    let l152: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v382: f32 = v379 * l152;
    t382[(row0 + ty) * 64i + (col0 + tx)] = v382;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l370_1: f32 = t370[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v378_1: f32 = acc0_1 + l370_1;
    let l376_1: f32 = t376[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v379_1: f32 = v378_1 + l376_1;
    t379[(row0 + ty) * 64i + (col0 + tx) + 16i] = v379_1;
    let l152_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v382_1: f32 = v379_1 * l152_1;
    t382[(row0 + ty) * 64i + (col0 + tx) + 16i] = v382_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l370_2: f32 = t370[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v378_2: f32 = acc0_2 + l370_2;
    let l376_2: f32 = t376[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v379_2: f32 = v378_2 + l376_2;
    t379[(row0 + ty) * 64i + (col0 + tx) + 32i] = v379_2;
    let l152_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v382_2: f32 = v379_2 * l152_2;
    t382[(row0 + ty) * 64i + (col0 + tx) + 32i] = v382_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l370_3: f32 = t370[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v378_3: f32 = acc0_3 + l370_3;
    let l376_3: f32 = t376[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v379_3: f32 = v378_3 + l376_3;
    t379[(row0 + ty) * 64i + (col0 + tx) + 48i] = v379_3;
    let l152_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v382_3: f32 = v379_3 * l152_3;
    t382[(row0 + ty) * 64i + (col0 + tx) + 48i] = v382_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l370_4: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v378_4: f32 = acc1_0 + l370_4;
    let l376_4: f32 = t376[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v379_4: f32 = v378_4 + l376_4;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx)] = v379_4;
    let l152_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v382_4: f32 = v379_4 * l152_4;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx)] = v382_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l370_5: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v378_5: f32 = acc1_1 + l370_5;
    let l376_5: f32 = t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v379_5: f32 = v378_5 + l376_5;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v379_5;
    let l152_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v382_5: f32 = v379_5 * l152_5;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v382_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l370_6: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v378_6: f32 = acc1_2 + l370_6;
    let l376_6: f32 = t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v379_6: f32 = v378_6 + l376_6;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v379_6;
    let l152_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v382_6: f32 = v379_6 * l152_6;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v382_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l370_7: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v378_7: f32 = acc1_3 + l370_7;
    let l376_7: f32 = t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v379_7: f32 = v378_7 + l376_7;
    t379[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v379_7;
    let l152_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v382_7: f32 = v379_7 * l152_7;
    t382[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v382_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l370_8: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v378_8: f32 = acc2_0 + l370_8;
    let l376_8: f32 = t376[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v379_8: f32 = v378_8 + l376_8;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx)] = v379_8;
    let l152_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v382_8: f32 = v379_8 * l152_8;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx)] = v382_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l370_9: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v378_9: f32 = acc2_1 + l370_9;
    let l376_9: f32 = t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v379_9: f32 = v378_9 + l376_9;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v379_9;
    let l152_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v382_9: f32 = v379_9 * l152_9;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v382_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l370_10: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v378_10: f32 = acc2_2 + l370_10;
    let l376_10: f32 = t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v379_10: f32 = v378_10 + l376_10;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v379_10;
    let l152_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v382_10: f32 = v379_10 * l152_10;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v382_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l370_11: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v378_11: f32 = acc2_3 + l370_11;
    let l376_11: f32 = t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v379_11: f32 = v378_11 + l376_11;
    t379[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v379_11;
    let l152_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v382_11: f32 = v379_11 * l152_11;
    t382[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v382_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l370_12: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v378_12: f32 = acc3_0 + l370_12;
    let l376_12: f32 = t376[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v379_12: f32 = v378_12 + l376_12;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx)] = v379_12;
    let l152_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v382_12: f32 = v379_12 * l152_12;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx)] = v382_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l370_13: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v378_13: f32 = acc3_1 + l370_13;
    let l376_13: f32 = t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v379_13: f32 = v378_13 + l376_13;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v379_13;
    let l152_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v382_13: f32 = v379_13 * l152_13;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v382_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l370_14: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v378_14: f32 = acc3_2 + l370_14;
    let l376_14: f32 = t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v379_14: f32 = v378_14 + l376_14;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v379_14;
    let l152_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v382_14: f32 = v379_14 * l152_14;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v382_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l370_15: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v378_15: f32 = acc3_3 + l370_15;
    let l376_15: f32 = t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v379_15: f32 = v378_15 + l376_15;
    t379[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v379_15;
    let l152_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v382_15: f32 = v379_15 * l152_15;
    t382[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v382_15;
  }
}
