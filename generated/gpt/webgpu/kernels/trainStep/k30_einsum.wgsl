// kernel k30_einsum
@group(0) @binding(0) var<storage, read> t285: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t288: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t292: array<f32>;
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
  for (var t: i32 = 0i; t < 16i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 256i) {
      tileA[tx * 64i + ty] = t285[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t285[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t285[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t285[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 256i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_fc_w[bK + (col0 + bN) * 256i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_fc_w[bK + 4i + (col0 + bN) * 256i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_fc_w[bK + 8i + (col0 + bN) * 256i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_fc_w[bK + 12i + (col0 + bN) * 256i];
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
    t288[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l176: f32 = p_blocks_1_ln2_g[col0 + tx];
    let v292: f32 = acc0_0 * l176;
    t292[(row0 + ty) * 64i + (col0 + tx)] = v292;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t288[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l176_1: f32 = p_blocks_1_ln2_g[col0 + tx + 16i];
    let v292_1: f32 = acc0_1 * l176_1;
    t292[(row0 + ty) * 64i + (col0 + tx) + 16i] = v292_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t288[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l176_2: f32 = p_blocks_1_ln2_g[col0 + tx + 32i];
    let v292_2: f32 = acc0_2 * l176_2;
    t292[(row0 + ty) * 64i + (col0 + tx) + 32i] = v292_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t288[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l176_3: f32 = p_blocks_1_ln2_g[col0 + tx + 48i];
    let v292_3: f32 = acc0_3 * l176_3;
    t292[(row0 + ty) * 64i + (col0 + tx) + 48i] = v292_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t288[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l176_4: f32 = p_blocks_1_ln2_g[col0 + tx];
    let v292_4: f32 = acc1_0 * l176_4;
    t292[(row0 + ty + 16i) * 64i + (col0 + tx)] = v292_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t288[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l176_5: f32 = p_blocks_1_ln2_g[col0 + tx + 16i];
    let v292_5: f32 = acc1_1 * l176_5;
    t292[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v292_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t288[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l176_6: f32 = p_blocks_1_ln2_g[col0 + tx + 32i];
    let v292_6: f32 = acc1_2 * l176_6;
    t292[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v292_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t288[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l176_7: f32 = p_blocks_1_ln2_g[col0 + tx + 48i];
    let v292_7: f32 = acc1_3 * l176_7;
    t292[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v292_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t288[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l176_8: f32 = p_blocks_1_ln2_g[col0 + tx];
    let v292_8: f32 = acc2_0 * l176_8;
    t292[(row0 + ty + 32i) * 64i + (col0 + tx)] = v292_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t288[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l176_9: f32 = p_blocks_1_ln2_g[col0 + tx + 16i];
    let v292_9: f32 = acc2_1 * l176_9;
    t292[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v292_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t288[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l176_10: f32 = p_blocks_1_ln2_g[col0 + tx + 32i];
    let v292_10: f32 = acc2_2 * l176_10;
    t292[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v292_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t288[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l176_11: f32 = p_blocks_1_ln2_g[col0 + tx + 48i];
    let v292_11: f32 = acc2_3 * l176_11;
    t292[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v292_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t288[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l176_12: f32 = p_blocks_1_ln2_g[col0 + tx];
    let v292_12: f32 = acc3_0 * l176_12;
    t292[(row0 + ty + 48i) * 64i + (col0 + tx)] = v292_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t288[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l176_13: f32 = p_blocks_1_ln2_g[col0 + tx + 16i];
    let v292_13: f32 = acc3_1 * l176_13;
    t292[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v292_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t288[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l176_14: f32 = p_blocks_1_ln2_g[col0 + tx + 32i];
    let v292_14: f32 = acc3_2 * l176_14;
    t292[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v292_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t288[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l176_15: f32 = p_blocks_1_ln2_g[col0 + tx + 48i];
    let v292_15: f32 = acc3_3 * l176_15;
    t292[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v292_15;
  }
}
