// kernel k37_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t247: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t211: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t253: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k37_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t247[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t247[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t247[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t247[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_attn_wo_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_attn_wo_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l211: f32 = t211[(row0 + ty) * 64i + (col0 + tx)];
    let l251: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v252: f32 = acc0_0 + l251;
    let v253: f32 = l211 + v252;
    t253[(row0 + ty) * 64i + (col0 + tx)] = v253;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l211_1: f32 = t211[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l251_1: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v252_1: f32 = acc0_1 + l251_1;
    let v253_1: f32 = l211_1 + v252_1;
    t253[(row0 + ty) * 64i + (col0 + tx) + 16i] = v253_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l211_2: f32 = t211[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l251_2: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v252_2: f32 = acc0_2 + l251_2;
    let v253_2: f32 = l211_2 + v252_2;
    t253[(row0 + ty) * 64i + (col0 + tx) + 32i] = v253_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l211_3: f32 = t211[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l251_3: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v252_3: f32 = acc0_3 + l251_3;
    let v253_3: f32 = l211_3 + v252_3;
    t253[(row0 + ty) * 64i + (col0 + tx) + 48i] = v253_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l211_4: f32 = t211[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l251_4: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v252_4: f32 = acc1_0 + l251_4;
    let v253_4: f32 = l211_4 + v252_4;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx)] = v253_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l211_5: f32 = t211[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l251_5: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v252_5: f32 = acc1_1 + l251_5;
    let v253_5: f32 = l211_5 + v252_5;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v253_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l211_6: f32 = t211[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l251_6: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v252_6: f32 = acc1_2 + l251_6;
    let v253_6: f32 = l211_6 + v252_6;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v253_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l211_7: f32 = t211[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l251_7: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v252_7: f32 = acc1_3 + l251_7;
    let v253_7: f32 = l211_7 + v252_7;
    t253[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v253_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l211_8: f32 = t211[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l251_8: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v252_8: f32 = acc2_0 + l251_8;
    let v253_8: f32 = l211_8 + v252_8;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx)] = v253_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l211_9: f32 = t211[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l251_9: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v252_9: f32 = acc2_1 + l251_9;
    let v253_9: f32 = l211_9 + v252_9;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v253_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l211_10: f32 = t211[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l251_10: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v252_10: f32 = acc2_2 + l251_10;
    let v253_10: f32 = l211_10 + v252_10;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v253_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l211_11: f32 = t211[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l251_11: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v252_11: f32 = acc2_3 + l251_11;
    let v253_11: f32 = l211_11 + v252_11;
    t253[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v253_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l211_12: f32 = t211[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l251_12: f32 = p_blocks_1_attn_wo_b[col0 + tx];
    let v252_12: f32 = acc3_0 + l251_12;
    let v253_12: f32 = l211_12 + v252_12;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx)] = v253_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l211_13: f32 = t211[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l251_13: f32 = p_blocks_1_attn_wo_b[col0 + tx + 16i];
    let v252_13: f32 = acc3_1 + l251_13;
    let v253_13: f32 = l211_13 + v252_13;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v253_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l211_14: f32 = t211[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l251_14: f32 = p_blocks_1_attn_wo_b[col0 + tx + 32i];
    let v252_14: f32 = acc3_2 + l251_14;
    let v253_14: f32 = l211_14 + v252_14;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v253_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l211_15: f32 = t211[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l251_15: f32 = p_blocks_1_attn_wo_b[col0 + tx + 48i];
    let v252_15: f32 = acc3_3 + l251_15;
    let v253_15: f32 = l211_15 + v252_15;
    t253[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v253_15;
  }
}
