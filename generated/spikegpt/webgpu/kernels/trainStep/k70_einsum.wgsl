// kernel k70_einsum
@group(0) @binding(0) var<storage, read> t471: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_output_w: array<f32>;
@group(0) @binding(2) var<storage, read> t243: array<f32>;
@group(0) @binding(3) var<storage, read_write> t478: array<f32>;
@group(0) @binding(4) var<storage, read> t230: array<f32>;
@group(0) @binding(5) var<storage, read_write> t481: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k70_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t471[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t471[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t471[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t471[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_att_output_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_att_output_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_att_output_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_att_output_w[bK + 12i + (col0 + bN) * 64i];
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
    let l243: f32 = t243[(row0 + ty) * 64i + (col0 + tx)];
    let v478: f32 = acc0_0 * l243;
    t478[(row0 + ty) * 64i + (col0 + tx)] = v478;
    let l233: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx)];
    let v477: f32 = acc0_0 * l233;
    let v479: f32 = 1.0f - l243;
    let v480: f32 = l243 * v479;
    let v481: f32 = v477 * v480;
    t481[(row0 + ty) * 64i + (col0 + tx)] = v481;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l243_1: f32 = t243[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v478_1: f32 = acc0_1 * l243_1;
    t478[(row0 + ty) * 64i + (col0 + tx) + 16i] = v478_1;
    let l233_1: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 16i];
    let v477_1: f32 = acc0_1 * l233_1;
    let v479_1: f32 = 1.0f - l243_1;
    let v480_1: f32 = l243_1 * v479_1;
    let v481_1: f32 = v477_1 * v480_1;
    t481[(row0 + ty) * 64i + (col0 + tx) + 16i] = v481_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l243_2: f32 = t243[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v478_2: f32 = acc0_2 * l243_2;
    t478[(row0 + ty) * 64i + (col0 + tx) + 32i] = v478_2;
    let l233_2: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 32i];
    let v477_2: f32 = acc0_2 * l233_2;
    let v479_2: f32 = 1.0f - l243_2;
    let v480_2: f32 = l243_2 * v479_2;
    let v481_2: f32 = v477_2 * v480_2;
    t481[(row0 + ty) * 64i + (col0 + tx) + 32i] = v481_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l243_3: f32 = t243[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v478_3: f32 = acc0_3 * l243_3;
    t478[(row0 + ty) * 64i + (col0 + tx) + 48i] = v478_3;
    let l233_3: f32 = t230[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 48i];
    let v477_3: f32 = acc0_3 * l233_3;
    let v479_3: f32 = 1.0f - l243_3;
    let v480_3: f32 = l243_3 * v479_3;
    let v481_3: f32 = v477_3 * v480_3;
    t481[(row0 + ty) * 64i + (col0 + tx) + 48i] = v481_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l243_4: f32 = t243[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v478_4: f32 = acc1_0 * l243_4;
    t478[(row0 + ty + 16i) * 64i + (col0 + tx)] = v478_4;
    let l233_4: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx)];
    let v477_4: f32 = acc1_0 * l233_4;
    let v479_4: f32 = 1.0f - l243_4;
    let v480_4: f32 = l243_4 * v479_4;
    let v481_4: f32 = v477_4 * v480_4;
    t481[(row0 + ty + 16i) * 64i + (col0 + tx)] = v481_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l243_5: f32 = t243[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v478_5: f32 = acc1_1 * l243_5;
    t478[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v478_5;
    let l233_5: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 16i];
    let v477_5: f32 = acc1_1 * l233_5;
    let v479_5: f32 = 1.0f - l243_5;
    let v480_5: f32 = l243_5 * v479_5;
    let v481_5: f32 = v477_5 * v480_5;
    t481[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v481_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l243_6: f32 = t243[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v478_6: f32 = acc1_2 * l243_6;
    t478[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v478_6;
    let l233_6: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 32i];
    let v477_6: f32 = acc1_2 * l233_6;
    let v479_6: f32 = 1.0f - l243_6;
    let v480_6: f32 = l243_6 * v479_6;
    let v481_6: f32 = v477_6 * v480_6;
    t481[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v481_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l243_7: f32 = t243[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v478_7: f32 = acc1_3 * l243_7;
    t478[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v478_7;
    let l233_7: f32 = t230[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 48i];
    let v477_7: f32 = acc1_3 * l233_7;
    let v479_7: f32 = 1.0f - l243_7;
    let v480_7: f32 = l243_7 * v479_7;
    let v481_7: f32 = v477_7 * v480_7;
    t481[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v481_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l243_8: f32 = t243[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v478_8: f32 = acc2_0 * l243_8;
    t478[(row0 + ty + 32i) * 64i + (col0 + tx)] = v478_8;
    let l233_8: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx)];
    let v477_8: f32 = acc2_0 * l233_8;
    let v479_8: f32 = 1.0f - l243_8;
    let v480_8: f32 = l243_8 * v479_8;
    let v481_8: f32 = v477_8 * v480_8;
    t481[(row0 + ty + 32i) * 64i + (col0 + tx)] = v481_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l243_9: f32 = t243[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v478_9: f32 = acc2_1 * l243_9;
    t478[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v478_9;
    let l233_9: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 16i];
    let v477_9: f32 = acc2_1 * l233_9;
    let v479_9: f32 = 1.0f - l243_9;
    let v480_9: f32 = l243_9 * v479_9;
    let v481_9: f32 = v477_9 * v480_9;
    t481[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v481_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l243_10: f32 = t243[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v478_10: f32 = acc2_2 * l243_10;
    t478[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v478_10;
    let l233_10: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 32i];
    let v477_10: f32 = acc2_2 * l233_10;
    let v479_10: f32 = 1.0f - l243_10;
    let v480_10: f32 = l243_10 * v479_10;
    let v481_10: f32 = v477_10 * v480_10;
    t481[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v481_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l243_11: f32 = t243[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v478_11: f32 = acc2_3 * l243_11;
    t478[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v478_11;
    let l233_11: f32 = t230[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 48i];
    let v477_11: f32 = acc2_3 * l233_11;
    let v479_11: f32 = 1.0f - l243_11;
    let v480_11: f32 = l243_11 * v479_11;
    let v481_11: f32 = v477_11 * v480_11;
    t481[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v481_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l243_12: f32 = t243[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v478_12: f32 = acc3_0 * l243_12;
    t478[(row0 + ty + 48i) * 64i + (col0 + tx)] = v478_12;
    let l233_12: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx)];
    let v477_12: f32 = acc3_0 * l233_12;
    let v479_12: f32 = 1.0f - l243_12;
    let v480_12: f32 = l243_12 * v479_12;
    let v481_12: f32 = v477_12 * v480_12;
    t481[(row0 + ty + 48i) * 64i + (col0 + tx)] = v481_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l243_13: f32 = t243[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v478_13: f32 = acc3_1 * l243_13;
    t478[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v478_13;
    let l233_13: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 16i];
    let v477_13: f32 = acc3_1 * l233_13;
    let v479_13: f32 = 1.0f - l243_13;
    let v480_13: f32 = l243_13 * v479_13;
    let v481_13: f32 = v477_13 * v480_13;
    t481[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v481_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l243_14: f32 = t243[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v478_14: f32 = acc3_2 * l243_14;
    t478[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v478_14;
    let l233_14: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 32i];
    let v477_14: f32 = acc3_2 * l233_14;
    let v479_14: f32 = 1.0f - l243_14;
    let v480_14: f32 = l243_14 * v479_14;
    let v481_14: f32 = v477_14 * v480_14;
    t481[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v481_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l243_15: f32 = t243[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v478_15: f32 = acc3_3 * l243_15;
    t478[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v478_15;
    let l233_15: f32 = t230[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 48i];
    let v477_15: f32 = acc3_3 * l233_15;
    let v479_15: f32 = 1.0f - l243_15;
    let v480_15: f32 = l243_15 * v479_15;
    let v481_15: f32 = v477_15 * v480_15;
    t481[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v481_15;
  }
}
