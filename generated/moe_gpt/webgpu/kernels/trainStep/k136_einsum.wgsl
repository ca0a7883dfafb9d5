// kernel k136_einsum
@group(0) @binding(0) var<storage, read> t557: array<f32>;
@group(0) @binding(1) var<storage, read> t228: array<f32>;
@group(0) @binding(2) var<storage, read> t661: array<f32>;
@group(0) @binding(3) var<storage, read_write> t942: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k136_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t557[row0 + ty + kA * 64i];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 16i] = t557[row0 + ty + 16i + kA * 64i];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 32i] = t557[row0 + ty + 32i + kA * 64i];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 48i] = t557[row0 + ty + 48i + kA * 64i];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 1024i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t228[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t228[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t228[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t228[(bK + 12i) * 64i + (col0 + bN)];
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
    let l661: f32 = t661[row0 + ty + (col0 + tx) * 64i];
    let v942: f32 = acc0_0 + l661;
    t942[row0 + ty + (col0 + tx) * 64i] = v942;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l661_1: f32 = t661[row0 + ty + (col0 + tx + 16i) * 64i];
    let v942_1: f32 = acc0_1 + l661_1;
    t942[row0 + ty + (col0 + tx + 16i) * 64i] = v942_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l661_2: f32 = t661[row0 + ty + (col0 + tx + 32i) * 64i];
    let v942_2: f32 = acc0_2 + l661_2;
    t942[row0 + ty + (col0 + tx + 32i) * 64i] = v942_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l661_3: f32 = t661[row0 + ty + (col0 + tx + 48i) * 64i];
    let v942_3: f32 = acc0_3 + l661_3;
    t942[row0 + ty + (col0 + tx + 48i) * 64i] = v942_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l661_4: f32 = t661[row0 + ty + 16i + (col0 + tx) * 64i];
    let v942_4: f32 = acc1_0 + l661_4;
    t942[row0 + ty + 16i + (col0 + tx) * 64i] = v942_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l661_5: f32 = t661[row0 + ty + 16i + (col0 + tx + 16i) * 64i];
    let v942_5: f32 = acc1_1 + l661_5;
    t942[row0 + ty + 16i + (col0 + tx + 16i) * 64i] = v942_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l661_6: f32 = t661[row0 + ty + 16i + (col0 + tx + 32i) * 64i];
    let v942_6: f32 = acc1_2 + l661_6;
    t942[row0 + ty + 16i + (col0 + tx + 32i) * 64i] = v942_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l661_7: f32 = t661[row0 + ty + 16i + (col0 + tx + 48i) * 64i];
    let v942_7: f32 = acc1_3 + l661_7;
    t942[row0 + ty + 16i + (col0 + tx + 48i) * 64i] = v942_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l661_8: f32 = t661[row0 + ty + 32i + (col0 + tx) * 64i];
    let v942_8: f32 = acc2_0 + l661_8;
    t942[row0 + ty + 32i + (col0 + tx) * 64i] = v942_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l661_9: f32 = t661[row0 + ty + 32i + (col0 + tx + 16i) * 64i];
    let v942_9: f32 = acc2_1 + l661_9;
    t942[row0 + ty + 32i + (col0 + tx + 16i) * 64i] = v942_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l661_10: f32 = t661[row0 + ty + 32i + (col0 + tx + 32i) * 64i];
    let v942_10: f32 = acc2_2 + l661_10;
    t942[row0 + ty + 32i + (col0 + tx + 32i) * 64i] = v942_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l661_11: f32 = t661[row0 + ty + 32i + (col0 + tx + 48i) * 64i];
    let v942_11: f32 = acc2_3 + l661_11;
    t942[row0 + ty + 32i + (col0 + tx + 48i) * 64i] = v942_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l661_12: f32 = t661[row0 + ty + 48i + (col0 + tx) * 64i];
    let v942_12: f32 = acc3_0 + l661_12;
    t942[row0 + ty + 48i + (col0 + tx) * 64i] = v942_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l661_13: f32 = t661[row0 + ty + 48i + (col0 + tx + 16i) * 64i];
    let v942_13: f32 = acc3_1 + l661_13;
    t942[row0 + ty + 48i + (col0 + tx + 16i) * 64i] = v942_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l661_14: f32 = t661[row0 + ty + 48i + (col0 + tx + 32i) * 64i];
    let v942_14: f32 = acc3_2 + l661_14;
    t942[row0 + ty + 48i + (col0 + tx + 32i) * 64i] = v942_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l661_15: f32 = t661[row0 + ty + 48i + (col0 + tx + 48i) * 64i];
    let v942_15: f32 = acc3_3 + l661_15;
    t942[row0 + ty + 48i + (col0 + tx + 48i) * 64i] = v942_15;
  }
}
