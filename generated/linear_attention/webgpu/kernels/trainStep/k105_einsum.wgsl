// kernel k105_einsum
@group(0) @binding(0) var<storage, read> t556: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(2) var<storage, read> t563: array<f32>;
@group(0) @binding(3) var<storage, read> t568: array<f32>;
@group(0) @binding(4) var<storage, read_write> t571: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t574: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k105_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t556[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t556[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t556[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t556[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_attn_wv_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_attn_wv_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_attn_wv_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_attn_wv_w[bK + 12i + (col0 + bN) * 64i];
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
    let l563: f32 = t563[(row0 + ty) * 64i + (col0 + tx)];
    let v570: f32 = acc0_0 + l563;
    let l568: f32 = t568[(row0 + ty) * 64i + (col0 + tx)];
    let v571: f32 = v570 + l568;
    t571[(row0 + ty) * 64i + (col0 + tx)] = v571;
    let l48: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v574: f32 = v571 * l48;
    t574[(row0 + ty) * 64i + (col0 + tx)] = v574;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l563_1: f32 = t563[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v570_1: f32 = acc0_1 + l563_1;
    let l568_1: f32 = t568[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v571_1: f32 = v570_1 + l568_1;
    t571[(row0 + ty) * 64i + (col0 + tx) + 16i] = v571_1;
    let l48_1: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v574_1: f32 = v571_1 * l48_1;
    t574[(row0 + ty) * 64i + (col0 + tx) + 16i] = v574_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l563_2: f32 = t563[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v570_2: f32 = acc0_2 + l563_2;
    let l568_2: f32 = t568[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v571_2: f32 = v570_2 + l568_2;
    t571[(row0 + ty) * 64i + (col0 + tx) + 32i] = v571_2;
    let l48_2: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v574_2: f32 = v571_2 * l48_2;
    t574[(row0 + ty) * 64i + (col0 + tx) + 32i] = v574_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l563_3: f32 = t563[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v570_3: f32 = acc0_3 + l563_3;
    let l568_3: f32 = t568[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v571_3: f32 = v570_3 + l568_3;
    t571[(row0 + ty) * 64i + (col0 + tx) + 48i] = v571_3;
    let l48_3: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v574_3: f32 = v571_3 * l48_3;
    t574[(row0 + ty) * 64i + (col0 + tx) + 48i] = v574_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l563_4: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v570_4: f32 = acc1_0 + l563_4;
    let l568_4: f32 = t568[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v571_4: f32 = v570_4 + l568_4;
    t571[(row0 + ty + 16i) * 64i + (col0 + tx)] = v571_4;
    let l48_4: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v574_4: f32 = v571_4 * l48_4;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx)] = v574_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l563_5: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v570_5: f32 = acc1_1 + l563_5;
    let l568_5: f32 = t568[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v571_5: f32 = v570_5 + l568_5;
    t571[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v571_5;
    let l48_5: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v574_5: f32 = v571_5 * l48_5;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v574_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l563_6: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v570_6: f32 = acc1_2 + l563_6;
    let l568_6: f32 = t568[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v571_6: f32 = v570_6 + l568_6;
    t571[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v571_6;
    let l48_6: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v574_6: f32 = v571_6 * l48_6;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v574_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l563_7: f32 = t563[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v570_7: f32 = acc1_3 + l563_7;
    let l568_7: f32 = t568[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v571_7: f32 = v570_7 + l568_7;
    t571[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v571_7;
    let l48_7: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v574_7: f32 = v571_7 * l48_7;
    t574[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v574_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l563_8: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v570_8: f32 = acc2_0 + l563_8;
    let l568_8: f32 = t568[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v571_8: f32 = v570_8 + l568_8;
    t571[(row0 + ty + 32i) * 64i + (col0 + tx)] = v571_8;
    let l48_8: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v574_8: f32 = v571_8 * l48_8;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx)] = v574_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l563_9: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v570_9: f32 = acc2_1 + l563_9;
    let l568_9: f32 = t568[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v571_9: f32 = v570_9 + l568_9;
    t571[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v571_9;
    let l48_9: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v574_9: f32 = v571_9 * l48_9;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v574_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l563_10: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v570_10: f32 = acc2_2 + l563_10;
    let l568_10: f32 = t568[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v571_10: f32 = v570_10 + l568_10;
    t571[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v571_10;
    let l48_10: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v574_10: f32 = v571_10 * l48_10;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v574_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l563_11: f32 = t563[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v570_11: f32 = acc2_3 + l563_11;
    let l568_11: f32 = t568[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v571_11: f32 = v570_11 + l568_11;
    t571[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v571_11;
    let l48_11: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v574_11: f32 = v571_11 * l48_11;
    t574[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v574_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l563_12: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v570_12: f32 = acc3_0 + l563_12;
    let l568_12: f32 = t568[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v571_12: f32 = v570_12 + l568_12;
    t571[(row0 + ty + 48i) * 64i + (col0 + tx)] = v571_12;
    let l48_12: f32 = p_blocks_0_ln1_g[col0 + tx];
    let v574_12: f32 = v571_12 * l48_12;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx)] = v574_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l563_13: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v570_13: f32 = acc3_1 + l563_13;
    let l568_13: f32 = t568[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v571_13: f32 = v570_13 + l568_13;
    t571[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v571_13;
    let l48_13: f32 = p_blocks_0_ln1_g[col0 + tx + 16i];
    let v574_13: f32 = v571_13 * l48_13;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v574_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l563_14: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v570_14: f32 = acc3_2 + l563_14;
    let l568_14: f32 = t568[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v571_14: f32 = v570_14 + l568_14;
    t571[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v571_14;
    let l48_14: f32 = p_blocks_0_ln1_g[col0 + tx + 32i];
    let v574_14: f32 = v571_14 * l48_14;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v574_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l563_15: f32 = t563[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v570_15: f32 = acc3_3 + l563_15;
    let l568_15: f32 = t568[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v571_15: f32 = v570_15 + l568_15;
    t571[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v571_15;
    let l48_15: f32 = p_blocks_0_ln1_g[col0 + tx + 48i];
    let v574_15: f32 = v571_15 * l48_15;
    t574[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v574_15;
  }
}
