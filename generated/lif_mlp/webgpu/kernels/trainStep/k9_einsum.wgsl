// kernel k9_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t437: array<f32>;
@group(0) @binding(1) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_head_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t444: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k9_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 8i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 256i && kA < 128i) {
      tileA[tx * 64i + ty] = t437[(row0 + ty) * 128i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 256i && kA < 128i) {
      tileA[tx * 64i + ty + 16i] = t437[(row0 + ty + 16i) * 128i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 256i && kA < 128i) {
      tileA[tx * 64i + ty + 32i] = t437[(row0 + ty + 32i) * 128i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 256i && kA < 128i) {
      tileA[tx * 64i + ty + 48i] = t437[(row0 + ty + 48i) * 128i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 128i && col0 + bN < 256i) {
      tileB[bRow * 64i + bN] = p_head_w[bK * 256i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 128i && col0 + bN < 256i) {
      tileB[(bRow + 4i) * 64i + bN] = p_head_w[(bK + 4i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 128i && col0 + bN < 256i) {
      tileB[(bRow + 8i) * 64i + bN] = p_head_w[(bK + 8i) * 256i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 128i && col0 + bN < 256i) {
      tileB[(bRow + 12i) * 64i + bN] = p_head_w[(bK + 12i) * 256i + (col0 + bN)];
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
  if (row0 + ty < 256i && col0 + tx < 256i) {
    let l443: f32 = p_head_b[col0 + tx];
    let v444: f32 = acc0_0 + l443;
    t444[(row0 + ty) * 256i + (col0 + tx)] = v444;
  }
  if (row0 + ty < 256i && col0 + tx + 16i < 256i) {
    let l443_1: f32 = p_head_b[col0 + tx + 16i];
    let v444_1: f32 = acc0_1 + l443_1;
    t444[(row0 + ty) * 256i + (col0 + tx) + 16i] = v444_1;
  }
  if (row0 + ty < 256i && col0 + tx + 32i < 256i) {
    let l443_2: f32 = p_head_b[col0 + tx + 32i];
    let v444_2: f32 = acc0_2 + l443_2;
    t444[(row0 + ty) * 256i + (col0 + tx) + 32i] = v444_2;
  }
  if (row0 + ty < 256i && col0 + tx + 48i < 256i) {
    let l443_3: f32 = p_head_b[col0 + tx + 48i];
    let v444_3: f32 = acc0_3 + l443_3;
    t444[(row0 + ty) * 256i + (col0 + tx) + 48i] = v444_3;
  }
  if (row0 + ty + 16i < 256i && col0 + tx < 256i) {
    let l443_4: f32 = p_head_b[col0 + tx];
    let v444_4: f32 = acc1_0 + l443_4;
    t444[(row0 + ty + 16i) * 256i + (col0 + tx)] = v444_4;
  }
  if (row0 + ty + 16i < 256i && col0 + tx + 16i < 256i) {
    let l443_5: f32 = p_head_b[col0 + tx + 16i];
    let v444_5: f32 = acc1_1 + l443_5;
    t444[(row0 + ty + 16i) * 256i + (col0 + tx) + 16i] = v444_5;
  }
  if (row0 + ty + 16i < 256i && col0 + tx + 32i < 256i) {
    let l443_6: f32 = p_head_b[col0 + tx + 32i];
    let v444_6: f32 = acc1_2 + l443_6;
    t444[(row0 + ty + 16i) * 256i + (col0 + tx) + 32i] = v444_6;
  }
  if (row0 + ty + 16i < 256i && col0 + tx + 48i < 256i) {
    let l443_7: f32 = p_head_b[col0 + tx + 48i];
    let v444_7: f32 = acc1_3 + l443_7;
    t444[(row0 + ty + 16i) * 256i + (col0 + tx) + 48i] = v444_7;
  }
  if (row0 + ty + 32i < 256i && col0 + tx < 256i) {
    let l443_8: f32 = p_head_b[col0 + tx];
    let v444_8: f32 = acc2_0 + l443_8;
    t444[(row0 + ty + 32i) * 256i + (col0 + tx)] = v444_8;
  }
  if (row0 + ty + 32i < 256i && col0 + tx + 16i < 256i) {
    let l443_9: f32 = p_head_b[col0 + tx + 16i];
    let v444_9: f32 = acc2_1 + l443_9;
    t444[(row0 + ty + 32i) * 256i + (col0 + tx) + 16i] = v444_9;
  }
  if (row0 + ty + 32i < 256i && col0 + tx + 32i < 256i) {
    let l443_10: f32 = p_head_b[col0 + tx + 32i];
    let v444_10: f32 = acc2_2 + l443_10;
    t444[(row0 + ty + 32i) * 256i + (col0 + tx) + 32i] = v444_10;
  }
  if (row0 + ty + 32i < 256i && col0 + tx + 48i < 256i) {
    let l443_11: f32 = p_head_b[col0 + tx + 48i];
    let v444_11: f32 = acc2_3 + l443_11;
    t444[(row0 + ty + 32i) * 256i + (col0 + tx) + 48i] = v444_11;
  }
  if (row0 + ty + 48i < 256i && col0 + tx < 256i) {
    let l443_12: f32 = p_head_b[col0 + tx];
    let v444_12: f32 = acc3_0 + l443_12;
    t444[(row0 + ty + 48i) * 256i + (col0 + tx)] = v444_12;
  }
  if (row0 + ty + 48i < 256i && col0 + tx + 16i < 256i) {
    let l443_13: f32 = p_head_b[col0 + tx + 16i];
    let v444_13: f32 = acc3_1 + l443_13;
    t444[(row0 + ty + 48i) * 256i + (col0 + tx) + 16i] = v444_13;
  }
  if (row0 + ty + 48i < 256i && col0 + tx + 32i < 256i) {
    let l443_14: f32 = p_head_b[col0 + tx + 32i];
    let v444_14: f32 = acc3_2 + l443_14;
    t444[(row0 + ty + 48i) * 256i + (col0 + tx) + 32i] = v444_14;
  }
  if (row0 + ty + 48i < 256i && col0 + tx + 48i < 256i) {
    let l443_15: f32 = p_head_b[col0 + tx + 48i];
    let v444_15: f32 = acc3_3 + l443_15;
    t444[(row0 + ty + 48i) * 256i + (col0 + tx) + 48i] = v444_15;
  }
}
