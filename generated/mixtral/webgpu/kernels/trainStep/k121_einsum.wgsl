// kernel k121_einsum
@group(0) @binding(0) var<storage, read> t198: array<f32>;
@group(0) @binding(1) var<storage, read> t499: array<f32>;
@group(0) @binding(2) var<storage, read> t603: array<f32>;
@group(0) @binding(3) var<storage, read_write> t865: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k121_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 64i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 1024i) {
      tileA[tx * 64i + ty] = t198[row0 + ty + kA * 64i];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 16i] = t198[row0 + ty + 16i + kA * 64i];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 32i] = t198[row0 + ty + 32i + kA * 64i];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 48i] = t198[row0 + ty + 48i + kA * 64i];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 1024i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t499[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t499[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t499[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t499[(bK + 12i) * 64i + (col0 + bN)];
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
    let l603: f32 = t603[(row0 + ty) * 64i + (col0 + tx)];
    let v865: f32 = acc0_0 + l603;
    t865[(row0 + ty) * 64i + (col0 + tx)] = v865;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l603_1: f32 = t603[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v865_1: f32 = acc0_1 + l603_1;
    t865[(row0 + ty) * 64i + (col0 + tx) + 16i] = v865_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l603_2: f32 = t603[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v865_2: f32 = acc0_2 + l603_2;
    t865[(row0 + ty) * 64i + (col0 + tx) + 32i] = v865_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l603_3: f32 = t603[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v865_3: f32 = acc0_3 + l603_3;
    t865[(row0 + ty) * 64i + (col0 + tx) + 48i] = v865_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l603_4: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v865_4: f32 = acc1_0 + l603_4;
    t865[(row0 + ty + 16i) * 64i + (col0 + tx)] = v865_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l603_5: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v865_5: f32 = acc1_1 + l603_5;
    t865[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v865_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l603_6: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v865_6: f32 = acc1_2 + l603_6;
    t865[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v865_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l603_7: f32 = t603[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v865_7: f32 = acc1_3 + l603_7;
    t865[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v865_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l603_8: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v865_8: f32 = acc2_0 + l603_8;
    t865[(row0 + ty + 32i) * 64i + (col0 + tx)] = v865_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l603_9: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v865_9: f32 = acc2_1 + l603_9;
    t865[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v865_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l603_10: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v865_10: f32 = acc2_2 + l603_10;
    t865[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v865_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l603_11: f32 = t603[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v865_11: f32 = acc2_3 + l603_11;
    t865[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v865_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l603_12: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v865_12: f32 = acc3_0 + l603_12;
    t865[(row0 + ty + 48i) * 64i + (col0 + tx)] = v865_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l603_13: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v865_13: f32 = acc3_1 + l603_13;
    t865[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v865_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l603_14: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v865_14: f32 = acc3_2 + l603_14;
    t865[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v865_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l603_15: f32 = t603[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v865_15: f32 = acc3_3 + l603_15;
    t865[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v865_15;
  }
}
