// kernel k76_einsum
@group(0) @binding(0) var<storage, read> t517: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t518: array<f32>;
@group(0) @binding(3) var<storage, read> t157: array<f32>;
@group(0) @binding(4) var<storage, read> t537: array<f32>;
@group(0) @binding(5) var<storage, read> t146: array<f32>;
@group(0) @binding(6) var<storage, read_write> t548: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k76_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t517[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t517[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t517[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t517[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_ffn_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t518[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l159: f32 = t157[col0 + tx];
    let v520: f32 = acc0_0 * l159;
    let l537: f32 = t537[(row0 + ty) * 64i + (col0 + tx)];
    let l148: f32 = t146[col0 + tx];
    let v539: f32 = l537 * l148;
    let v548: f32 = v520 + v539;
    t548[(row0 + ty) * 64i + (col0 + tx)] = v548;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t518[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l159_1: f32 = t157[col0 + tx + 16i];
    let v520_1: f32 = acc0_1 * l159_1;
    let l537_1: f32 = t537[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l148_1: f32 = t146[col0 + tx + 16i];
    let v539_1: f32 = l537_1 * l148_1;
    let v548_1: f32 = v520_1 + v539_1;
    t548[(row0 + ty) * 64i + (col0 + tx) + 16i] = v548_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t518[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l159_2: f32 = t157[col0 + tx + 32i];
    let v520_2: f32 = acc0_2 * l159_2;
    let l537_2: f32 = t537[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l148_2: f32 = t146[col0 + tx + 32i];
    let v539_2: f32 = l537_2 * l148_2;
    let v548_2: f32 = v520_2 + v539_2;
    t548[(row0 + ty) * 64i + (col0 + tx) + 32i] = v548_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t518[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l159_3: f32 = t157[col0 + tx + 48i];
    let v520_3: f32 = acc0_3 * l159_3;
    let l537_3: f32 = t537[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l148_3: f32 = t146[col0 + tx + 48i];
    let v539_3: f32 = l537_3 * l148_3;
    let v548_3: f32 = v520_3 + v539_3;
    t548[(row0 + ty) * 64i + (col0 + tx) + 48i] = v548_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t518[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l159_4: f32 = t157[col0 + tx];
    let v520_4: f32 = acc1_0 * l159_4;
    let l537_4: f32 = t537[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l148_4: f32 = t146[col0 + tx];
    let v539_4: f32 = l537_4 * l148_4;
    let v548_4: f32 = v520_4 + v539_4;
    t548[(row0 + ty + 16i) * 64i + (col0 + tx)] = v548_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t518[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l159_5: f32 = t157[col0 + tx + 16i];
    let v520_5: f32 = acc1_1 * l159_5;
    let l537_5: f32 = t537[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l148_5: f32 = t146[col0 + tx + 16i];
    let v539_5: f32 = l537_5 * l148_5;
    let v548_5: f32 = v520_5 + v539_5;
    t548[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v548_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t518[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l159_6: f32 = t157[col0 + tx + 32i];
    let v520_6: f32 = acc1_2 * l159_6;
    let l537_6: f32 = t537[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l148_6: f32 = t146[col0 + tx + 32i];
    let v539_6: f32 = l537_6 * l148_6;
    let v548_6: f32 = v520_6 + v539_6;
    t548[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v548_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t518[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l159_7: f32 = t157[col0 + tx + 48i];
    let v520_7: f32 = acc1_3 * l159_7;
    let l537_7: f32 = t537[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l148_7: f32 = t146[col0 + tx + 48i];
    let v539_7: f32 = l537_7 * l148_7;
    let v548_7: f32 = v520_7 + v539_7;
    t548[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v548_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t518[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l159_8: f32 = t157[col0 + tx];
    let v520_8: f32 = acc2_0 * l159_8;
    let l537_8: f32 = t537[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l148_8: f32 = t146[col0 + tx];
    let v539_8: f32 = l537_8 * l148_8;
    let v548_8: f32 = v520_8 + v539_8;
    t548[(row0 + ty + 32i) * 64i + (col0 + tx)] = v548_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t518[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l159_9: f32 = t157[col0 + tx + 16i];
    let v520_9: f32 = acc2_1 * l159_9;
    let l537_9: f32 = t537[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l148_9: f32 = t146[col0 + tx + 16i];
    let v539_9: f32 = l537_9 * l148_9;
    let v548_9: f32 = v520_9 + v539_9;
    t548[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v548_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t518[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l159_10: f32 = t157[col0 + tx + 32i];
    let v520_10: f32 = acc2_2 * l159_10;
    let l537_10: f32 = t537[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l148_10: f32 = t146[col0 + tx + 32i];
    let v539_10: f32 = l537_10 * l148_10;
    let v548_10: f32 = v520_10 + v539_10;
    t548[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v548_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t518[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l159_11: f32 = t157[col0 + tx + 48i];
    let v520_11: f32 = acc2_3 * l159_11;
    let l537_11: f32 = t537[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l148_11: f32 = t146[col0 + tx + 48i];
    let v539_11: f32 = l537_11 * l148_11;
    let v548_11: f32 = v520_11 + v539_11;
    t548[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v548_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t518[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l159_12: f32 = t157[col0 + tx];
    let v520_12: f32 = acc3_0 * l159_12;
    let l537_12: f32 = t537[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l148_12: f32 = t146[col0 + tx];
    let v539_12: f32 = l537_12 * l148_12;
    let v548_12: f32 = v520_12 + v539_12;
    t548[(row0 + ty + 48i) * 64i + (col0 + tx)] = v548_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t518[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l159_13: f32 = t157[col0 + tx + 16i];
    let v520_13: f32 = acc3_1 * l159_13;
    let l537_13: f32 = t537[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l148_13: f32 = t146[col0 + tx + 16i];
    let v539_13: f32 = l537_13 * l148_13;
    let v548_13: f32 = v520_13 + v539_13;
    t548[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v548_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t518[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l159_14: f32 = t157[col0 + tx + 32i];
    let v520_14: f32 = acc3_2 * l159_14;
    let l537_14: f32 = t537[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l148_14: f32 = t146[col0 + tx + 32i];
    let v539_14: f32 = l537_14 * l148_14;
    let v548_14: f32 = v520_14 + v539_14;
    t548[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v548_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t518[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l159_15: f32 = t157[col0 + tx + 48i];
    let v520_15: f32 = acc3_3 * l159_15;
    let l537_15: f32 = t537[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l148_15: f32 = t146[col0 + tx + 48i];
    let v539_15: f32 = l537_15 * l148_15;
    let v548_15: f32 = v520_15 + v539_15;
    t548[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v548_15;
  }
}
