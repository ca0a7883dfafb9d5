// kernel k174_einsum
@group(0) @binding(0) var<storage, read> t796: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t802: array<f32>;
@group(0) @binding(3) var<storage, read> t806: array<f32>;
@group(0) @binding(4) var<storage, read_write> t809: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t810: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k174_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t796[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t796[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t796[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t796[(row0 + ty + 48i) * 32i + kA];
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
    let l802: f32 = t802[(row0 + ty) * 64i + (col0 + tx)];
    let v808: f32 = acc0_0 + l802;
    let l806: f32 = t806[(row0 + ty) * 64i + (col0 + tx)];
    let v809: f32 = v808 + l806;
    t809[(row0 + ty) * 64i + (col0 + tx)] = v809;
    let l36: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v810: f32 = v809 * l36;
    t810[(row0 + ty) * 64i + (col0 + tx)] = v810;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l802_1: f32 = t802[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v808_1: f32 = acc0_1 + l802_1;
    let l806_1: f32 = t806[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v809_1: f32 = v808_1 + l806_1;
    t809[(row0 + ty) * 64i + (col0 + tx) + 16i] = v809_1;
    let l36_1: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v810_1: f32 = v809_1 * l36_1;
    t810[(row0 + ty) * 64i + (col0 + tx) + 16i] = v810_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l802_2: f32 = t802[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v808_2: f32 = acc0_2 + l802_2;
    let l806_2: f32 = t806[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v809_2: f32 = v808_2 + l806_2;
    t809[(row0 + ty) * 64i + (col0 + tx) + 32i] = v809_2;
    let l36_2: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v810_2: f32 = v809_2 * l36_2;
    t810[(row0 + ty) * 64i + (col0 + tx) + 32i] = v810_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l802_3: f32 = t802[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v808_3: f32 = acc0_3 + l802_3;
    let l806_3: f32 = t806[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v809_3: f32 = v808_3 + l806_3;
    t809[(row0 + ty) * 64i + (col0 + tx) + 48i] = v809_3;
    let l36_3: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v810_3: f32 = v809_3 * l36_3;
    t810[(row0 + ty) * 64i + (col0 + tx) + 48i] = v810_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l802_4: f32 = t802[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v808_4: f32 = acc1_0 + l802_4;
    let l806_4: f32 = t806[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v809_4: f32 = v808_4 + l806_4;
    t809[(row0 + ty + 16i) * 64i + (col0 + tx)] = v809_4;
    let l36_4: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v810_4: f32 = v809_4 * l36_4;
    t810[(row0 + ty + 16i) * 64i + (col0 + tx)] = v810_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l802_5: f32 = t802[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v808_5: f32 = acc1_1 + l802_5;
    let l806_5: f32 = t806[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v809_5: f32 = v808_5 + l806_5;
    t809[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v809_5;
    let l36_5: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v810_5: f32 = v809_5 * l36_5;
    t810[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v810_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l802_6: f32 = t802[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v808_6: f32 = acc1_2 + l802_6;
    let l806_6: f32 = t806[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v809_6: f32 = v808_6 + l806_6;
    t809[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v809_6;
    let l36_6: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v810_6: f32 = v809_6 * l36_6;
    t810[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v810_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l802_7: f32 = t802[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v808_7: f32 = acc1_3 + l802_7;
    let l806_7: f32 = t806[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v809_7: f32 = v808_7 + l806_7;
    t809[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v809_7;
    let l36_7: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v810_7: f32 = v809_7 * l36_7;
    t810[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v810_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l802_8: f32 = t802[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v808_8: f32 = acc2_0 + l802_8;
    let l806_8: f32 = t806[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v809_8: f32 = v808_8 + l806_8;
    t809[(row0 + ty + 32i) * 64i + (col0 + tx)] = v809_8;
    let l36_8: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v810_8: f32 = v809_8 * l36_8;
    t810[(row0 + ty + 32i) * 64i + (col0 + tx)] = v810_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l802_9: f32 = t802[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v808_9: f32 = acc2_1 + l802_9;
    let l806_9: f32 = t806[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v809_9: f32 = v808_9 + l806_9;
    t809[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v809_9;
    let l36_9: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v810_9: f32 = v809_9 * l36_9;
    t810[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v810_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l802_10: f32 = t802[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v808_10: f32 = acc2_2 + l802_10;
    let l806_10: f32 = t806[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v809_10: f32 = v808_10 + l806_10;
    t809[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v809_10;
    let l36_10: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v810_10: f32 = v809_10 * l36_10;
    t810[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v810_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l802_11: f32 = t802[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v808_11: f32 = acc2_3 + l802_11;
    let l806_11: f32 = t806[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v809_11: f32 = v808_11 + l806_11;
    t809[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v809_11;
    let l36_11: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v810_11: f32 = v809_11 * l36_11;
    t810[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v810_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l802_12: f32 = t802[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v808_12: f32 = acc3_0 + l802_12;
    let l806_12: f32 = t806[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v809_12: f32 = v808_12 + l806_12;
    t809[(row0 + ty + 48i) * 64i + (col0 + tx)] = v809_12;
    let l36_12: f32 = p_layers_0_attn_norm_g[col0 + tx];
    let v810_12: f32 = v809_12 * l36_12;
    t810[(row0 + ty + 48i) * 64i + (col0 + tx)] = v810_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l802_13: f32 = t802[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v808_13: f32 = acc3_1 + l802_13;
    let l806_13: f32 = t806[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v809_13: f32 = v808_13 + l806_13;
    t809[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v809_13;
    let l36_13: f32 = p_layers_0_attn_norm_g[col0 + tx + 16i];
    let v810_13: f32 = v809_13 * l36_13;
    t810[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v810_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l802_14: f32 = t802[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v808_14: f32 = acc3_2 + l802_14;
    let l806_14: f32 = t806[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v809_14: f32 = v808_14 + l806_14;
    t809[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v809_14;
    let l36_14: f32 = p_layers_0_attn_norm_g[col0 + tx + 32i];
    let v810_14: f32 = v809_14 * l36_14;
    t810[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v810_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l802_15: f32 = t802[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v808_15: f32 = acc3_3 + l802_15;
    let l806_15: f32 = t806[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v809_15: f32 = v808_15 + l806_15;
    t809[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v809_15;
    let l36_15: f32 = p_layers_0_attn_norm_g[col0 + tx + 48i];
    let v810_15: f32 = v809_15 * l36_15;
    t810[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v810_15;
  }
}
