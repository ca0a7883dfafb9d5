// kernel k120_einsum
@group(0) @binding(0) var<storage, read> t553: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t559: array<f32>;
@group(0) @binding(3) var<storage, read> t563: array<f32>;
@group(0) @binding(4) var<storage, read_write> t566: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t567: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k120_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t553[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t553[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t553[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t553[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l559: f32 = t559[(row0 + ty) * 64i + (col0 + tx)];
    let v565: f32 = acc0_0 + l559;
    let l563: f32 = t563[(row0 + ty) * 64i + (col0 + tx)];
    let v566: f32 = v565 + l563;
    t566[(row0 + ty) * 64i + (col0 + tx)] = v566;
    let l227: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v567: f32 = v566 * l227;
    t567[(row0 + ty) * 64i + (col0 + tx)] = v567;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l559_1: f32 = t559[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v565_1: f32 = acc0_1 + l559_1;
    let l563_1: f32 = t563[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v566_1: f32 = v565_1 + l563_1;
    t566[(row0 + ty) * 64i + (col0 + tx) + 16i] = v566_1;
    let l227_1: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v567_1: f32 = v566_1 * l227_1;
    t567[(row0 + ty) * 64i + (col0 + tx) + 16i] = v567_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l559_2: f32 = t559[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v565_2: f32 = acc0_2 + l559_2;
    let l563_2: f32 = t563[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v566_2: f32 = v565_2 + l563_2;
    t566[(row0 + ty) * 64i + (col0 + tx) + 32i] = v566_2;
    let l227_2: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v567_2: f32 = v566_2 * l227_2;
    t567[(row0 + ty) * 64i + (col0 + tx) + 32i] = v567_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l559_3: f32 = t559[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v565_3: f32 = acc0_3 + l559_3;
    let l563_3: f32 = t563[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v566_3: f32 = v565_3 + l563_3;
    t566[(row0 + ty) * 64i + (col0 + tx) + 48i] = v566_3;
    let l227_3: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v567_3: f32 = v566_3 * l227_3;
    t567[(row0 + ty) * 64i + (col0 + tx) + 48i] = v567_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l559_4: f32 = t559[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v565_4: f32 = acc1_0 + l559_4;
    let l563_4: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v566_4: f32 = v565_4 + l563_4;
    t566[(row0 + ty + 16i) * 64i + (col0 + tx)] = v566_4;
    let l227_4: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v567_4: f32 = v566_4 * l227_4;
    t567[(row0 + ty + 16i) * 64i + (col0 + tx)] = v567_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l559_5: f32 = t559[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v565_5: f32 = acc1_1 + l559_5;
    let l563_5: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v566_5: f32 = v565_5 + l563_5;
    t566[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v566_5;
    let l227_5: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v567_5: f32 = v566_5 * l227_5;
    t567[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v567_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l559_6: f32 = t559[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v565_6: f32 = acc1_2 + l559_6;
    let l563_6: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v566_6: f32 = v565_6 + l563_6;
    t566[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v566_6;
    let l227_6: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v567_6: f32 = v566_6 * l227_6;
    t567[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v567_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l559_7: f32 = t559[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v565_7: f32 = acc1_3 + l559_7;
    let l563_7: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v566_7: f32 = v565_7 + l563_7;
    t566[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v566_7;
    let l227_7: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v567_7: f32 = v566_7 * l227_7;
    t567[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v567_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l559_8: f32 = t559[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v565_8: f32 = acc2_0 + l559_8;
    let l563_8: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v566_8: f32 = v565_8 + l563_8;
    t566[(row0 + ty + 32i) * 64i + (col0 + tx)] = v566_8;
    let l227_8: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v567_8: f32 = v566_8 * l227_8;
    t567[(row0 + ty + 32i) * 64i + (col0 + tx)] = v567_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l559_9: f32 = t559[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v565_9: f32 = acc2_1 + l559_9;
    let l563_9: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v566_9: f32 = v565_9 + l563_9;
    t566[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v566_9;
    let l227_9: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v567_9: f32 = v566_9 * l227_9;
    t567[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v567_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l559_10: f32 = t559[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v565_10: f32 = acc2_2 + l559_10;
    let l563_10: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v566_10: f32 = v565_10 + l563_10;
    t566[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v566_10;
    let l227_10: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v567_10: f32 = v566_10 * l227_10;
    t567[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v567_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l559_11: f32 = t559[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v565_11: f32 = acc2_3 + l559_11;
    let l563_11: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v566_11: f32 = v565_11 + l563_11;
    t566[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v566_11;
    let l227_11: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v567_11: f32 = v566_11 * l227_11;
    t567[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v567_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l559_12: f32 = t559[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v565_12: f32 = acc3_0 + l559_12;
    let l563_12: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v566_12: f32 = v565_12 + l563_12;
    t566[(row0 + ty + 48i) * 64i + (col0 + tx)] = v566_12;
    let l227_12: f32 = p_layers_1_attn_norm_g[col0 + tx];
    let v567_12: f32 = v566_12 * l227_12;
    t567[(row0 + ty + 48i) * 64i + (col0 + tx)] = v567_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l559_13: f32 = t559[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v565_13: f32 = acc3_1 + l559_13;
    let l563_13: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v566_13: f32 = v565_13 + l563_13;
    t566[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v566_13;
    let l227_13: f32 = p_layers_1_attn_norm_g[col0 + tx + 16i];
    let v567_13: f32 = v566_13 * l227_13;
    t567[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v567_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l559_14: f32 = t559[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v565_14: f32 = acc3_2 + l559_14;
    let l563_14: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v566_14: f32 = v565_14 + l563_14;
    t566[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v566_14;
    let l227_14: f32 = p_layers_1_attn_norm_g[col0 + tx + 32i];
    let v567_14: f32 = v566_14 * l227_14;
    t567[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v567_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l559_15: f32 = t559[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v565_15: f32 = acc3_3 + l559_15;
    let l563_15: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v566_15: f32 = v565_15 + l563_15;
    t566[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v566_15;
    let l227_15: f32 = p_layers_1_attn_norm_g[col0 + tx + 48i];
    let v567_15: f32 = v566_15 * l227_15;
    t567[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v567_15;
  }
}
