// kernel k176_einsum
@group(0) @binding(0) var<storage, read> t827: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t833: array<f32>;
@group(0) @binding(3) var<storage, read> t837: array<f32>;
@group(0) @binding(4) var<storage, read_write> t840: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t841: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k176_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t827[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t827[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t827[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t827[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wv_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wv_w[bK + 12i + (col0 + bN) * 32i];
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
    let l833: f32 = t833[(row0 + ty) * 64i + (col0 + tx)];
    let v839: f32 = acc0_0 + l833;
    let l837: f32 = t837[(row0 + ty) * 64i + (col0 + tx)];
    let v840: f32 = v839 + l837;
    t840[(row0 + ty) * 64i + (col0 + tx)] = v840;
    let l36: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v841: f32 = v840 * l36;
    t841[(row0 + ty) * 64i + (col0 + tx)] = v841;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l833_1: f32 = t833[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v839_1: f32 = acc0_1 + l833_1;
    let l837_1: f32 = t837[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v840_1: f32 = v839_1 + l837_1;
    t840[(row0 + ty) * 64i + (col0 + tx) + 16i] = v840_1;
    let l36_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v841_1: f32 = v840_1 * l36_1;
    t841[(row0 + ty) * 64i + (col0 + tx) + 16i] = v841_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l833_2: f32 = t833[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v839_2: f32 = acc0_2 + l833_2;
    let l837_2: f32 = t837[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v840_2: f32 = v839_2 + l837_2;
    t840[(row0 + ty) * 64i + (col0 + tx) + 32i] = v840_2;
    let l36_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v841_2: f32 = v840_2 * l36_2;
    t841[(row0 + ty) * 64i + (col0 + tx) + 32i] = v841_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l833_3: f32 = t833[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v839_3: f32 = acc0_3 + l833_3;
    let l837_3: f32 = t837[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v840_3: f32 = v839_3 + l837_3;
    t840[(row0 + ty) * 64i + (col0 + tx) + 48i] = v840_3;
    let l36_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v841_3: f32 = v840_3 * l36_3;
    t841[(row0 + ty) * 64i + (col0 + tx) + 48i] = v841_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l833_4: f32 = t833[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v839_4: f32 = acc1_0 + l833_4;
    let l837_4: f32 = t837[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v840_4: f32 = v839_4 + l837_4;
    t840[(row0 + ty + 16i) * 64i + (col0 + tx)] = v840_4;
    let l36_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v841_4: f32 = v840_4 * l36_4;
    t841[(row0 + ty + 16i) * 64i + (col0 + tx)] = v841_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l833_5: f32 = t833[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v839_5: f32 = acc1_1 + l833_5;
    let l837_5: f32 = t837[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v840_5: f32 = v839_5 + l837_5;
    t840[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v840_5;
    let l36_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v841_5: f32 = v840_5 * l36_5;
    t841[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v841_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l833_6: f32 = t833[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v839_6: f32 = acc1_2 + l833_6;
    let l837_6: f32 = t837[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v840_6: f32 = v839_6 + l837_6;
    t840[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v840_6;
    let l36_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v841_6: f32 = v840_6 * l36_6;
    t841[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v841_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l833_7: f32 = t833[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v839_7: f32 = acc1_3 + l833_7;
    let l837_7: f32 = t837[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v840_7: f32 = v839_7 + l837_7;
    t840[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v840_7;
    let l36_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v841_7: f32 = v840_7 * l36_7;
    t841[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v841_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l833_8: f32 = t833[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v839_8: f32 = acc2_0 + l833_8;
    let l837_8: f32 = t837[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v840_8: f32 = v839_8 + l837_8;
    t840[(row0 + ty + 32i) * 64i + (col0 + tx)] = v840_8;
    let l36_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v841_8: f32 = v840_8 * l36_8;
    t841[(row0 + ty + 32i) * 64i + (col0 + tx)] = v841_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l833_9: f32 = t833[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v839_9: f32 = acc2_1 + l833_9;
    let l837_9: f32 = t837[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v840_9: f32 = v839_9 + l837_9;
    t840[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v840_9;
    let l36_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v841_9: f32 = v840_9 * l36_9;
    t841[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v841_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l833_10: f32 = t833[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v839_10: f32 = acc2_2 + l833_10;
    let l837_10: f32 = t837[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v840_10: f32 = v839_10 + l837_10;
    t840[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v840_10;
    let l36_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v841_10: f32 = v840_10 * l36_10;
    t841[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v841_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l833_11: f32 = t833[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v839_11: f32 = acc2_3 + l833_11;
    let l837_11: f32 = t837[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v840_11: f32 = v839_11 + l837_11;
    t840[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v840_11;
    let l36_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v841_11: f32 = v840_11 * l36_11;
    t841[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v841_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l833_12: f32 = t833[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v839_12: f32 = acc3_0 + l833_12;
    let l837_12: f32 = t837[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v840_12: f32 = v839_12 + l837_12;
    t840[(row0 + ty + 48i) * 64i + (col0 + tx)] = v840_12;
    let l36_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v841_12: f32 = v840_12 * l36_12;
    t841[(row0 + ty + 48i) * 64i + (col0 + tx)] = v841_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l833_13: f32 = t833[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v839_13: f32 = acc3_1 + l833_13;
    let l837_13: f32 = t837[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v840_13: f32 = v839_13 + l837_13;
    t840[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v840_13;
    let l36_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v841_13: f32 = v840_13 * l36_13;
    t841[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v841_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l833_14: f32 = t833[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v839_14: f32 = acc3_2 + l833_14;
    let l837_14: f32 = t837[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v840_14: f32 = v839_14 + l837_14;
    t840[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v840_14;
    let l36_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v841_14: f32 = v840_14 * l36_14;
    t841[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v841_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l833_15: f32 = t833[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v839_15: f32 = acc3_3 + l833_15;
    let l837_15: f32 = t837[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v840_15: f32 = v839_15 + l837_15;
    t840[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v840_15;
    let l36_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v841_15: f32 = v840_15 * l36_15;
    t841[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v841_15;
  }
}
