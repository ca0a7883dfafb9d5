// kernel k93_einsum
@group(0) @binding(0) var<storage, read> t668: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_3_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t477: array<f32>;
@group(0) @binding(3) var<storage, read_write> t677: array<f32>;
@group(0) @binding(4) var<storage, read> t478: array<f32>;
@group(0) @binding(5) var<storage, read> t476: array<f32>;
@group(0) @binding(6) var<storage, read> t475: array<f32>;
@group(0) @binding(7) var<storage, read_write> t686: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k93_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t668[192i + (row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t668[192i + (row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t668[192i + (row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t668[192i + (row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_3_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_3_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_3_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_3_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    let l477: f32 = t477[(row0 + ty) * 176i + (col0 + tx)];
    let v677: f32 = acc0_0 * l477;
    t677[(row0 + ty) * 176i + (col0 + tx)] = v677;
    let l478: f32 = t478[(row0 + ty) * 176i + (col0 + tx)];
    let v676: f32 = acc0_0 * l478;
    let l476: f32 = t476[(row0 + ty) * 176i + (col0 + tx)];
    let v680: f32 = v676 * l476;
    let l475: f32 = t475[(row0 + ty) * 176i + (col0 + tx)];
    let v681: f32 = v676 * l475;
    let v683: f32 = 1.0f - l476;
    let v684: f32 = l476 * v683;
    let v685: f32 = v681 * v684;
    let v686: f32 = v680 + v685;
    t686[(row0 + ty) * 176i + (col0 + tx)] = v686;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l477_1: f32 = t477[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v677_1: f32 = acc0_1 * l477_1;
    t677[(row0 + ty) * 176i + (col0 + tx) + 16i] = v677_1;
    let l478_1: f32 = t478[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v676_1: f32 = acc0_1 * l478_1;
    let l476_1: f32 = t476[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v680_1: f32 = v676_1 * l476_1;
    let l475_1: f32 = t475[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v681_1: f32 = v676_1 * l475_1;
    let v683_1: f32 = 1.0f - l476_1;
    let v684_1: f32 = l476_1 * v683_1;
    let v685_1: f32 = v681_1 * v684_1;
    let v686_1: f32 = v680_1 + v685_1;
    t686[(row0 + ty) * 176i + (col0 + tx) + 16i] = v686_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l477_2: f32 = t477[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v677_2: f32 = acc0_2 * l477_2;
    t677[(row0 + ty) * 176i + (col0 + tx) + 32i] = v677_2;
    let l478_2: f32 = t478[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v676_2: f32 = acc0_2 * l478_2;
    let l476_2: f32 = t476[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v680_2: f32 = v676_2 * l476_2;
    let l475_2: f32 = t475[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v681_2: f32 = v676_2 * l475_2;
    let v683_2: f32 = 1.0f - l476_2;
    let v684_2: f32 = l476_2 * v683_2;
    let v685_2: f32 = v681_2 * v684_2;
    let v686_2: f32 = v680_2 + v685_2;
    t686[(row0 + ty) * 176i + (col0 + tx) + 32i] = v686_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l477_3: f32 = t477[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v677_3: f32 = acc0_3 * l477_3;
    t677[(row0 + ty) * 176i + (col0 + tx) + 48i] = v677_3;
    let l478_3: f32 = t478[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v676_3: f32 = acc0_3 * l478_3;
    let l476_3: f32 = t476[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v680_3: f32 = v676_3 * l476_3;
    let l475_3: f32 = t475[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v681_3: f32 = v676_3 * l475_3;
    let v683_3: f32 = 1.0f - l476_3;
    let v684_3: f32 = l476_3 * v683_3;
    let v685_3: f32 = v681_3 * v684_3;
    let v686_3: f32 = v680_3 + v685_3;
    t686[(row0 + ty) * 176i + (col0 + tx) + 48i] = v686_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l477_4: f32 = t477[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v677_4: f32 = acc1_0 * l477_4;
    t677[(row0 + ty + 16i) * 176i + (col0 + tx)] = v677_4;
    let l478_4: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v676_4: f32 = acc1_0 * l478_4;
    let l476_4: f32 = t476[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v680_4: f32 = v676_4 * l476_4;
    let l475_4: f32 = t475[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v681_4: f32 = v676_4 * l475_4;
    let v683_4: f32 = 1.0f - l476_4;
    let v684_4: f32 = l476_4 * v683_4;
    let v685_4: f32 = v681_4 * v684_4;
    let v686_4: f32 = v680_4 + v685_4;
    t686[(row0 + ty + 16i) * 176i + (col0 + tx)] = v686_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l477_5: f32 = t477[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v677_5: f32 = acc1_1 * l477_5;
    t677[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v677_5;
    let l478_5: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v676_5: f32 = acc1_1 * l478_5;
    let l476_5: f32 = t476[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v680_5: f32 = v676_5 * l476_5;
    let l475_5: f32 = t475[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v681_5: f32 = v676_5 * l475_5;
    let v683_5: f32 = 1.0f - l476_5;
    let v684_5: f32 = l476_5 * v683_5;
    let v685_5: f32 = v681_5 * v684_5;
    let v686_5: f32 = v680_5 + v685_5;
    t686[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v686_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l477_6: f32 = t477[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v677_6: f32 = acc1_2 * l477_6;
    t677[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v677_6;
    let l478_6: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v676_6: f32 = acc1_2 * l478_6;
    let l476_6: f32 = t476[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v680_6: f32 = v676_6 * l476_6;
    let l475_6: f32 = t475[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v681_6: f32 = v676_6 * l475_6;
    let v683_6: f32 = 1.0f - l476_6;
    let v684_6: f32 = l476_6 * v683_6;
    let v685_6: f32 = v681_6 * v684_6;
    let v686_6: f32 = v680_6 + v685_6;
    t686[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v686_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l477_7: f32 = t477[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v677_7: f32 = acc1_3 * l477_7;
    t677[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v677_7;
    let l478_7: f32 = t478[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v676_7: f32 = acc1_3 * l478_7;
    let l476_7: f32 = t476[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v680_7: f32 = v676_7 * l476_7;
    let l475_7: f32 = t475[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v681_7: f32 = v676_7 * l475_7;
    let v683_7: f32 = 1.0f - l476_7;
    let v684_7: f32 = l476_7 * v683_7;
    let v685_7: f32 = v681_7 * v684_7;
    let v686_7: f32 = v680_7 + v685_7;
    t686[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v686_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l477_8: f32 = t477[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v677_8: f32 = acc2_0 * l477_8;
    t677[(row0 + ty + 32i) * 176i + (col0 + tx)] = v677_8;
    let l478_8: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v676_8: f32 = acc2_0 * l478_8;
    let l476_8: f32 = t476[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v680_8: f32 = v676_8 * l476_8;
    let l475_8: f32 = t475[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v681_8: f32 = v676_8 * l475_8;
    let v683_8: f32 = 1.0f - l476_8;
    let v684_8: f32 = l476_8 * v683_8;
    let v685_8: f32 = v681_8 * v684_8;
    let v686_8: f32 = v680_8 + v685_8;
    t686[(row0 + ty + 32i) * 176i + (col0 + tx)] = v686_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l477_9: f32 = t477[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v677_9: f32 = acc2_1 * l477_9;
    t677[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v677_9;
    let l478_9: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v676_9: f32 = acc2_1 * l478_9;
    let l476_9: f32 = t476[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v680_9: f32 = v676_9 * l476_9;
    let l475_9: f32 = t475[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v681_9: f32 = v676_9 * l475_9;
    let v683_9: f32 = 1.0f - l476_9;
    let v684_9: f32 = l476_9 * v683_9;
    let v685_9: f32 = v681_9 * v684_9;
    let v686_9: f32 = v680_9 + v685_9;
    t686[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v686_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l477_10: f32 = t477[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v677_10: f32 = acc2_2 * l477_10;
    t677[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v677_10;
    let l478_10: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v676_10: f32 = acc2_2 * l478_10;
    let l476_10: f32 = t476[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v680_10: f32 = v676_10 * l476_10;
    let l475_10: f32 = t475[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v681_10: f32 = v676_10 * l475_10;
    let v683_10: f32 = 1.0f - l476_10;
    let v684_10: f32 = l476_10 * v683_10;
    let v685_10: f32 = v681_10 * v684_10;
    let v686_10: f32 = v680_10 + v685_10;
    t686[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v686_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l477_11: f32 = t477[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v677_11: f32 = acc2_3 * l477_11;
    t677[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v677_11;
    let l478_11: f32 = t478[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v676_11: f32 = acc2_3 * l478_11;
    let l476_11: f32 = t476[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v680_11: f32 = v676_11 * l476_11;
    let l475_11: f32 = t475[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v681_11: f32 = v676_11 * l475_11;
    let v683_11: f32 = 1.0f - l476_11;
    let v684_11: f32 = l476_11 * v683_11;
    let v685_11: f32 = v681_11 * v684_11;
    let v686_11: f32 = v680_11 + v685_11;
    t686[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v686_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l477_12: f32 = t477[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v677_12: f32 = acc3_0 * l477_12;
    t677[(row0 + ty + 48i) * 176i + (col0 + tx)] = v677_12;
    let l478_12: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v676_12: f32 = acc3_0 * l478_12;
    let l476_12: f32 = t476[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v680_12: f32 = v676_12 * l476_12;
    let l475_12: f32 = t475[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v681_12: f32 = v676_12 * l475_12;
    let v683_12: f32 = 1.0f - l476_12;
    let v684_12: f32 = l476_12 * v683_12;
    let v685_12: f32 = v681_12 * v684_12;
    let v686_12: f32 = v680_12 + v685_12;
    t686[(row0 + ty + 48i) * 176i + (col0 + tx)] = v686_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l477_13: f32 = t477[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v677_13: f32 = acc3_1 * l477_13;
    t677[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v677_13;
    let l478_13: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v676_13: f32 = acc3_1 * l478_13;
    let l476_13: f32 = t476[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v680_13: f32 = v676_13 * l476_13;
    let l475_13: f32 = t475[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v681_13: f32 = v676_13 * l475_13;
    let v683_13: f32 = 1.0f - l476_13;
    let v684_13: f32 = l476_13 * v683_13;
    let v685_13: f32 = v681_13 * v684_13;
    let v686_13: f32 = v680_13 + v685_13;
    t686[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v686_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l477_14: f32 = t477[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v677_14: f32 = acc3_2 * l477_14;
    t677[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v677_14;
    let l478_14: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v676_14: f32 = acc3_2 * l478_14;
    let l476_14: f32 = t476[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v680_14: f32 = v676_14 * l476_14;
    let l475_14: f32 = t475[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v681_14: f32 = v676_14 * l475_14;
    let v683_14: f32 = 1.0f - l476_14;
    let v684_14: f32 = l476_14 * v683_14;
    let v685_14: f32 = v681_14 * v684_14;
    let v686_14: f32 = v680_14 + v685_14;
    t686[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v686_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l477_15: f32 = t477[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v677_15: f32 = acc3_3 * l477_15;
    t677[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v677_15;
    let l478_15: f32 = t478[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v676_15: f32 = acc3_3 * l478_15;
    let l476_15: f32 = t476[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v680_15: f32 = v676_15 * l476_15;
    let l475_15: f32 = t475[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v681_15: f32 = v676_15 * l475_15;
    let v683_15: f32 = 1.0f - l476_15;
    let v684_15: f32 = l476_15 * v683_15;
    let v685_15: f32 = v681_15 * v684_15;
    let v686_15: f32 = v680_15 + v685_15;
    t686[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v686_15;
  }
}
