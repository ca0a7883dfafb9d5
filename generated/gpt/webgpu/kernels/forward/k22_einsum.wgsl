// kernel k22_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t215: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t189: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t220: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k22_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 16i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 256i) {
      tileA[tx * 64i + ty] = t215[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t215[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t215[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t215[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 256i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_1_mlp_proj_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_1_mlp_proj_w[(bK + 12i) * 64i + (col0 + bN)];
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
    let l189: f32 = t189[(row0 + ty) * 64i + (col0 + tx)];
    let l218: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v219: f32 = acc0_0 + l218;
    let v220: f32 = l189 + v219;
    t220[(row0 + ty) * 64i + (col0 + tx)] = v220;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l189_1: f32 = t189[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l218_1: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v219_1: f32 = acc0_1 + l218_1;
    let v220_1: f32 = l189_1 + v219_1;
    t220[(row0 + ty) * 64i + (col0 + tx) + 16i] = v220_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l189_2: f32 = t189[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l218_2: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v219_2: f32 = acc0_2 + l218_2;
    let v220_2: f32 = l189_2 + v219_2;
    t220[(row0 + ty) * 64i + (col0 + tx) + 32i] = v220_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l189_3: f32 = t189[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l218_3: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v219_3: f32 = acc0_3 + l218_3;
    let v220_3: f32 = l189_3 + v219_3;
    t220[(row0 + ty) * 64i + (col0 + tx) + 48i] = v220_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l189_4: f32 = t189[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l218_4: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v219_4: f32 = acc1_0 + l218_4;
    let v220_4: f32 = l189_4 + v219_4;
    t220[(row0 + ty + 16i) * 64i + (col0 + tx)] = v220_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l189_5: f32 = t189[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l218_5: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v219_5: f32 = acc1_1 + l218_5;
    let v220_5: f32 = l189_5 + v219_5;
    t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v220_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l189_6: f32 = t189[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l218_6: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v219_6: f32 = acc1_2 + l218_6;
    let v220_6: f32 = l189_6 + v219_6;
    t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v220_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l189_7: f32 = t189[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l218_7: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v219_7: f32 = acc1_3 + l218_7;
    let v220_7: f32 = l189_7 + v219_7;
    t220[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v220_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l189_8: f32 = t189[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l218_8: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v219_8: f32 = acc2_0 + l218_8;
    let v220_8: f32 = l189_8 + v219_8;
    t220[(row0 + ty + 32i) * 64i + (col0 + tx)] = v220_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l189_9: f32 = t189[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l218_9: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v219_9: f32 = acc2_1 + l218_9;
    let v220_9: f32 = l189_9 + v219_9;
    t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v220_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l189_10: f32 = t189[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l218_10: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v219_10: f32 = acc2_2 + l218_10;
    let v220_10: f32 = l189_10 + v219_10;
    t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v220_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l189_11: f32 = t189[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l218_11: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v219_11: f32 = acc2_3 + l218_11;
    let v220_11: f32 = l189_11 + v219_11;
    t220[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v220_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l189_12: f32 = t189[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l218_12: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v219_12: f32 = acc3_0 + l218_12;
    let v220_12: f32 = l189_12 + v219_12;
    t220[(row0 + ty + 48i) * 64i + (col0 + tx)] = v220_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l189_13: f32 = t189[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l218_13: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v219_13: f32 = acc3_1 + l218_13;
    let v220_13: f32 = l189_13 + v219_13;
    t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v220_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l189_14: f32 = t189[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l218_14: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v219_14: f32 = acc3_2 + l218_14;
    let v220_14: f32 = l189_14 + v219_14;
    t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v220_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l189_15: f32 = t189[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l218_15: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v219_15: f32 = acc3_3 + l218_15;
    let v220_15: f32 = l189_15 + v219_15;
    t220[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v220_15;
  }
}
