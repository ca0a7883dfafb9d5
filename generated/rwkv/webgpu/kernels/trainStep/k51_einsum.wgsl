// kernel k51_einsum
@group(0) @binding(0) var<storage, read> t349: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t350: array<f32>;
@group(0) @binding(3) var<storage, read> t255: array<f32>;
@group(0) @binding(4) var<storage, read> t370: array<f32>;
@group(0) @binding(5) var<storage, read> t245: array<f32>;
@group(0) @binding(6) var<storage, read_write> t381: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k51_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t349[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t349[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t349[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t349[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_ffn_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t350[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l257: f32 = t255[col0 + tx];
    let v352: f32 = acc0_0 * l257;
    let l370: f32 = t370[(row0 + ty) * 64i + (col0 + tx)];
    let l247: f32 = t245[col0 + tx];
    let v372: f32 = l370 * l247;
    let v381: f32 = v352 + v372;
    t381[(row0 + ty) * 64i + (col0 + tx)] = v381;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t350[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l257_1: f32 = t255[col0 + tx + 16i];
    let v352_1: f32 = acc0_1 * l257_1;
    let l370_1: f32 = t370[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l247_1: f32 = t245[col0 + tx + 16i];
    let v372_1: f32 = l370_1 * l247_1;
    let v381_1: f32 = v352_1 + v372_1;
    t381[(row0 + ty) * 64i + (col0 + tx) + 16i] = v381_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t350[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l257_2: f32 = t255[col0 + tx + 32i];
    let v352_2: f32 = acc0_2 * l257_2;
    let l370_2: f32 = t370[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l247_2: f32 = t245[col0 + tx + 32i];
    let v372_2: f32 = l370_2 * l247_2;
    let v381_2: f32 = v352_2 + v372_2;
    t381[(row0 + ty) * 64i + (col0 + tx) + 32i] = v381_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t350[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l257_3: f32 = t255[col0 + tx + 48i];
    let v352_3: f32 = acc0_3 * l257_3;
    let l370_3: f32 = t370[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l247_3: f32 = t245[col0 + tx + 48i];
    let v372_3: f32 = l370_3 * l247_3;
    let v381_3: f32 = v352_3 + v372_3;
    t381[(row0 + ty) * 64i + (col0 + tx) + 48i] = v381_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t350[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l257_4: f32 = t255[col0 + tx];
    let v352_4: f32 = acc1_0 * l257_4;
    let l370_4: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l247_4: f32 = t245[col0 + tx];
    let v372_4: f32 = l370_4 * l247_4;
    let v381_4: f32 = v352_4 + v372_4;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx)] = v381_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l257_5: f32 = t255[col0 + tx + 16i];
    let v352_5: f32 = acc1_1 * l257_5;
    let l370_5: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l247_5: f32 = t245[col0 + tx + 16i];
    let v372_5: f32 = l370_5 * l247_5;
    let v381_5: f32 = v352_5 + v372_5;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v381_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l257_6: f32 = t255[col0 + tx + 32i];
    let v352_6: f32 = acc1_2 * l257_6;
    let l370_6: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l247_6: f32 = t245[col0 + tx + 32i];
    let v372_6: f32 = l370_6 * l247_6;
    let v381_6: f32 = v352_6 + v372_6;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v381_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t350[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l257_7: f32 = t255[col0 + tx + 48i];
    let v352_7: f32 = acc1_3 * l257_7;
    let l370_7: f32 = t370[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l247_7: f32 = t245[col0 + tx + 48i];
    let v372_7: f32 = l370_7 * l247_7;
    let v381_7: f32 = v352_7 + v372_7;
    t381[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v381_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t350[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l257_8: f32 = t255[col0 + tx];
    let v352_8: f32 = acc2_0 * l257_8;
    let l370_8: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l247_8: f32 = t245[col0 + tx];
    let v372_8: f32 = l370_8 * l247_8;
    let v381_8: f32 = v352_8 + v372_8;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx)] = v381_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l257_9: f32 = t255[col0 + tx + 16i];
    let v352_9: f32 = acc2_1 * l257_9;
    let l370_9: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l247_9: f32 = t245[col0 + tx + 16i];
    let v372_9: f32 = l370_9 * l247_9;
    let v381_9: f32 = v352_9 + v372_9;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v381_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l257_10: f32 = t255[col0 + tx + 32i];
    let v352_10: f32 = acc2_2 * l257_10;
    let l370_10: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l247_10: f32 = t245[col0 + tx + 32i];
    let v372_10: f32 = l370_10 * l247_10;
    let v381_10: f32 = v352_10 + v372_10;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v381_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t350[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l257_11: f32 = t255[col0 + tx + 48i];
    let v352_11: f32 = acc2_3 * l257_11;
    let l370_11: f32 = t370[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l247_11: f32 = t245[col0 + tx + 48i];
    let v372_11: f32 = l370_11 * l247_11;
    let v381_11: f32 = v352_11 + v372_11;
    t381[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v381_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t350[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l257_12: f32 = t255[col0 + tx];
    let v352_12: f32 = acc3_0 * l257_12;
    let l370_12: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l247_12: f32 = t245[col0 + tx];
    let v372_12: f32 = l370_12 * l247_12;
    let v381_12: f32 = v352_12 + v372_12;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx)] = v381_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l257_13: f32 = t255[col0 + tx + 16i];
    let v352_13: f32 = acc3_1 * l257_13;
    let l370_13: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l247_13: f32 = t245[col0 + tx + 16i];
    let v372_13: f32 = l370_13 * l247_13;
    let v381_13: f32 = v352_13 + v372_13;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v381_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l257_14: f32 = t255[col0 + tx + 32i];
    let v352_14: f32 = acc3_2 * l257_14;
    let l370_14: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l247_14: f32 = t245[col0 + tx + 32i];
    let v372_14: f32 = l370_14 * l247_14;
    let v381_14: f32 = v352_14 + v372_14;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v381_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t350[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l257_15: f32 = t255[col0 + tx + 48i];
    let v352_15: f32 = acc3_3 * l257_15;
    let l370_15: f32 = t370[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l247_15: f32 = t245[col0 + tx + 48i];
    let v372_15: f32 = l370_15 * l247_15;
    let v381_15: f32 = v352_15 + v372_15;
    t381[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v381_15;
  }
}
