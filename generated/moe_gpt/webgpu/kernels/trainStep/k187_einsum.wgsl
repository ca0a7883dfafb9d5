// kernel k187_einsum
@group(0) @binding(0) var<storage, read> t103: array<f32>;
@group(0) @binding(1) var<storage, read> t779: array<f32>;
@group(0) @binding(2) var<storage, read> t882: array<f32>;
@group(0) @binding(3) var<storage, read_write> t967: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k187_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t103[(row0 + ty) / 16i * 1024i + (row0 + ty) % 16i + (kA / 64i * 4096i + kA % 64i * 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 16i] = t103[(row0 + ty + 16i) / 16i * 1024i + (row0 + ty + 16i) % 16i + (kA / 64i * 4096i + kA % 64i * 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 32i] = t103[(row0 + ty + 32i) / 16i * 1024i + (row0 + ty + 32i) % 16i + (kA / 64i * 4096i + kA % 64i * 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 1024i) {
      tileA[tx * 64i + ty + 48i] = t103[(row0 + ty + 48i) / 16i * 1024i + (row0 + ty + 48i) % 16i + (kA / 64i * 4096i + kA % 64i * 16i)];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 1024i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t779[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t779[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t779[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 1024i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t779[(bK + 12i) * 64i + (col0 + bN)];
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
    let l883: f32 = t882[(row0 + ty) * 64i + (col0 + tx)];
    let v967: f32 = acc0_0 + l883;
    t967[(row0 + ty) * 64i + (col0 + tx)] = v967;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l883_1: f32 = t882[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v967_1: f32 = acc0_1 + l883_1;
    t967[(row0 + ty) * 64i + (col0 + tx) + 16i] = v967_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l883_2: f32 = t882[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v967_2: f32 = acc0_2 + l883_2;
    t967[(row0 + ty) * 64i + (col0 + tx) + 32i] = v967_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l883_3: f32 = t882[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v967_3: f32 = acc0_3 + l883_3;
    t967[(row0 + ty) * 64i + (col0 + tx) + 48i] = v967_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l883_4: f32 = t882[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v967_4: f32 = acc1_0 + l883_4;
    t967[(row0 + ty + 16i) * 64i + (col0 + tx)] = v967_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l883_5: f32 = t882[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v967_5: f32 = acc1_1 + l883_5;
    t967[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v967_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l883_6: f32 = t882[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v967_6: f32 = acc1_2 + l883_6;
    t967[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v967_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l883_7: f32 = t882[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v967_7: f32 = acc1_3 + l883_7;
    t967[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v967_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l883_8: f32 = t882[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v967_8: f32 = acc2_0 + l883_8;
    t967[(row0 + ty + 32i) * 64i + (col0 + tx)] = v967_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l883_9: f32 = t882[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v967_9: f32 = acc2_1 + l883_9;
    t967[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v967_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l883_10: f32 = t882[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v967_10: f32 = acc2_2 + l883_10;
    t967[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v967_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l883_11: f32 = t882[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v967_11: f32 = acc2_3 + l883_11;
    t967[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v967_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l883_12: f32 = t882[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v967_12: f32 = acc3_0 + l883_12;
    t967[(row0 + ty + 48i) * 64i + (col0 + tx)] = v967_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l883_13: f32 = t882[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v967_13: f32 = acc3_1 + l883_13;
    t967[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v967_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l883_14: f32 = t882[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v967_14: f32 = acc3_2 + l883_14;
    t967[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v967_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l883_15: f32 = t882[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v967_15: f32 = acc3_3 + l883_15;
    t967[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v967_15;
  }
}
