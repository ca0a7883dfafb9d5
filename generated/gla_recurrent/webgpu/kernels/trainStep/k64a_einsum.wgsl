// kernel k64a_einsum
@group(0) @binding(0) var<storage, read> t294: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> t346: array<f32>;
@group(0) @binding(3) var<storage, read> t350: array<f32>;
@group(0) @binding(4) var<storage, read> t354: array<f32>;
@group(0) @binding(5) var<storage, read> t358: array<f32>;
@group(0) @binding(6) var<storage, read_write> t363: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k64a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t294[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t294[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t294[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t294[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 12i + (col0 + bN) * 64i];
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
    let l346: f32 = t346[(row0 + ty) * 64i + (col0 + tx)];
    let v360: f32 = acc0_0 + l346;
    let l350: f32 = t350[(row0 + ty) * 64i + (col0 + tx)];
    let v361: f32 = v360 + l350;
    let l354: f32 = t354[(row0 + ty) * 64i + (col0 + tx)];
    let v362: f32 = v361 + l354;
    let l358: f32 = t358[(row0 + ty) * 64i + (col0 + tx)];
    let v363: f32 = v362 + l358;
    t363[(row0 + ty) * 64i + (col0 + tx)] = v363;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l346_1: f32 = t346[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v360_1: f32 = acc0_1 + l346_1;
    let l350_1: f32 = t350[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v361_1: f32 = v360_1 + l350_1;
    let l354_1: f32 = t354[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v362_1: f32 = v361_1 + l354_1;
    let l358_1: f32 = t358[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v363_1: f32 = v362_1 + l358_1;
    t363[(row0 + ty) * 64i + (col0 + tx) + 16i] = v363_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l346_2: f32 = t346[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v360_2: f32 = acc0_2 + l346_2;
    let l350_2: f32 = t350[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v361_2: f32 = v360_2 + l350_2;
    let l354_2: f32 = t354[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v362_2: f32 = v361_2 + l354_2;
    let l358_2: f32 = t358[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v363_2: f32 = v362_2 + l358_2;
    t363[(row0 + ty) * 64i + (col0 + tx) + 32i] = v363_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l346_3: f32 = t346[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v360_3: f32 = acc0_3 + l346_3;
    let l350_3: f32 = t350[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v361_3: f32 = v360_3 + l350_3;
    let l354_3: f32 = t354[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v362_3: f32 = v361_3 + l354_3;
    let l358_3: f32 = t358[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v363_3: f32 = v362_3 + l358_3;
    t363[(row0 + ty) * 64i + (col0 + tx) + 48i] = v363_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l346_4: f32 = t346[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v360_4: f32 = acc1_0 + l346_4;
    let l350_4: f32 = t350[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v361_4: f32 = v360_4 + l350_4;
    let l354_4: f32 = t354[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v362_4: f32 = v361_4 + l354_4;
    let l358_4: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v363_4: f32 = v362_4 + l358_4;
    t363[(row0 + ty + 16i) * 64i + (col0 + tx)] = v363_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l346_5: f32 = t346[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v360_5: f32 = acc1_1 + l346_5;
    let l350_5: f32 = t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v361_5: f32 = v360_5 + l350_5;
    let l354_5: f32 = t354[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v362_5: f32 = v361_5 + l354_5;
    let l358_5: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v363_5: f32 = v362_5 + l358_5;
    t363[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v363_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l346_6: f32 = t346[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v360_6: f32 = acc1_2 + l346_6;
    let l350_6: f32 = t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v361_6: f32 = v360_6 + l350_6;
    let l354_6: f32 = t354[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v362_6: f32 = v361_6 + l354_6;
    let l358_6: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v363_6: f32 = v362_6 + l358_6;
    t363[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v363_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l346_7: f32 = t346[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v360_7: f32 = acc1_3 + l346_7;
    let l350_7: f32 = t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v361_7: f32 = v360_7 + l350_7;
    let l354_7: f32 = t354[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v362_7: f32 = v361_7 + l354_7;
    let l358_7: f32 = t358[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v363_7: f32 = v362_7 + l358_7;
    t363[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v363_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l346_8: f32 = t346[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v360_8: f32 = acc2_0 + l346_8;
    let l350_8: f32 = t350[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v361_8: f32 = v360_8 + l350_8;
    let l354_8: f32 = t354[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v362_8: f32 = v361_8 + l354_8;
    let l358_8: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v363_8: f32 = v362_8 + l358_8;
    t363[(row0 + ty + 32i) * 64i + (col0 + tx)] = v363_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l346_9: f32 = t346[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v360_9: f32 = acc2_1 + l346_9;
    let l350_9: f32 = t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v361_9: f32 = v360_9 + l350_9;
    let l354_9: f32 = t354[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v362_9: f32 = v361_9 + l354_9;
    let l358_9: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v363_9: f32 = v362_9 + l358_9;
    t363[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v363_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l346_10: f32 = t346[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v360_10: f32 = acc2_2 + l346_10;
    let l350_10: f32 = t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v361_10: f32 = v360_10 + l350_10;
    let l354_10: f32 = t354[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v362_10: f32 = v361_10 + l354_10;
    let l358_10: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v363_10: f32 = v362_10 + l358_10;
    t363[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v363_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l346_11: f32 = t346[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v360_11: f32 = acc2_3 + l346_11;
    let l350_11: f32 = t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v361_11: f32 = v360_11 + l350_11;
    let l354_11: f32 = t354[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v362_11: f32 = v361_11 + l354_11;
    let l358_11: f32 = t358[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v363_11: f32 = v362_11 + l358_11;
    t363[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v363_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l346_12: f32 = t346[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v360_12: f32 = acc3_0 + l346_12;
    let l350_12: f32 = t350[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v361_12: f32 = v360_12 + l350_12;
    let l354_12: f32 = t354[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v362_12: f32 = v361_12 + l354_12;
    let l358_12: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v363_12: f32 = v362_12 + l358_12;
    t363[(row0 + ty + 48i) * 64i + (col0 + tx)] = v363_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l346_13: f32 = t346[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v360_13: f32 = acc3_1 + l346_13;
    let l350_13: f32 = t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v361_13: f32 = v360_13 + l350_13;
    let l354_13: f32 = t354[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v362_13: f32 = v361_13 + l354_13;
    let l358_13: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v363_13: f32 = v362_13 + l358_13;
    t363[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v363_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l346_14: f32 = t346[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v360_14: f32 = acc3_2 + l346_14;
    let l350_14: f32 = t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v361_14: f32 = v360_14 + l350_14;
    let l354_14: f32 = t354[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v362_14: f32 = v361_14 + l354_14;
    let l358_14: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v363_14: f32 = v362_14 + l358_14;
    t363[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v363_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l346_15: f32 = t346[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v360_15: f32 = acc3_3 + l346_15;
    let l350_15: f32 = t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v361_15: f32 = v360_15 + l350_15;
    let l354_15: f32 = t354[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v362_15: f32 = v361_15 + l354_15;
    let l358_15: f32 = t358[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v363_15: f32 = v362_15 + l358_15;
    t363[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v363_15;
  }
}
