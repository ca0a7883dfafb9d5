// kernel k35a_einsum
@group(0) @binding(0) var<storage, read> t254: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t189: array<f32>;
@group(0) @binding(3) var<storage, read_write> t257: array<f32>;
@group(0) @binding(4) var<storage, read> t188: array<f32>;
@group(0) @binding(5) var<storage, read_write> t258: array<f32>;
@group(0) @binding(6) var<storage, read> t187: array<f32>;
@group(0) @binding(7) var<storage, read_write> t261: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k35a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t254[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t254[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t254[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t254[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_1_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    let l189: f32 = t189[(row0 + ty) * 176i + (col0 + tx)];
    let v257: f32 = acc0_0 * l189;
    t257[(row0 + ty) * 176i + (col0 + tx)] = v257;
    let l188: f32 = t188[(row0 + ty) * 176i + (col0 + tx)];
    let v258: f32 = acc0_0 * l188;
    t258[(row0 + ty) * 176i + (col0 + tx)] = v258;
    let l187: f32 = t187[(row0 + ty) * 176i + (col0 + tx)];
    let v261: f32 = v257 * l187;
    t261[(row0 + ty) * 176i + (col0 + tx)] = v261;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l189_1: f32 = t189[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v257_1: f32 = acc0_1 * l189_1;
    t257[(row0 + ty) * 176i + (col0 + tx) + 16i] = v257_1;
    let l188_1: f32 = t188[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v258_1: f32 = acc0_1 * l188_1;
    t258[(row0 + ty) * 176i + (col0 + tx) + 16i] = v258_1;
    let l187_1: f32 = t187[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v261_1: f32 = v257_1 * l187_1;
    t261[(row0 + ty) * 176i + (col0 + tx) + 16i] = v261_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l189_2: f32 = t189[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v257_2: f32 = acc0_2 * l189_2;
    t257[(row0 + ty) * 176i + (col0 + tx) + 32i] = v257_2;
    let l188_2: f32 = t188[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v258_2: f32 = acc0_2 * l188_2;
    t258[(row0 + ty) * 176i + (col0 + tx) + 32i] = v258_2;
    let l187_2: f32 = t187[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v261_2: f32 = v257_2 * l187_2;
    t261[(row0 + ty) * 176i + (col0 + tx) + 32i] = v261_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l189_3: f32 = t189[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v257_3: f32 = acc0_3 * l189_3;
    t257[(row0 + ty) * 176i + (col0 + tx) + 48i] = v257_3;
    let l188_3: f32 = t188[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v258_3: f32 = acc0_3 * l188_3;
    t258[(row0 + ty) * 176i + (col0 + tx) + 48i] = v258_3;
    let l187_3: f32 = t187[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v261_3: f32 = v257_3 * l187_3;
    t261[(row0 + ty) * 176i + (col0 + tx) + 48i] = v261_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l189_4: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v257_4: f32 = acc1_0 * l189_4;
    t257[(row0 + ty + 16i) * 176i + (col0 + tx)] = v257_4;
    let l188_4: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v258_4: f32 = acc1_0 * l188_4;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx)] = v258_4;
    let l187_4: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v261_4: f32 = v257_4 * l187_4;
    t261[(row0 + ty + 16i) * 176i + (col0 + tx)] = v261_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l189_5: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v257_5: f32 = acc1_1 * l189_5;
    t257[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v257_5;
    let l188_5: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v258_5: f32 = acc1_1 * l188_5;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v258_5;
    let l187_5: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v261_5: f32 = v257_5 * l187_5;
    t261[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v261_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l189_6: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v257_6: f32 = acc1_2 * l189_6;
    t257[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v257_6;
    let l188_6: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v258_6: f32 = acc1_2 * l188_6;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v258_6;
    let l187_6: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v261_6: f32 = v257_6 * l187_6;
    t261[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v261_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l189_7: f32 = t189[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v257_7: f32 = acc1_3 * l189_7;
    t257[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v257_7;
    let l188_7: f32 = t188[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v258_7: f32 = acc1_3 * l188_7;
    t258[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v258_7;
    let l187_7: f32 = t187[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v261_7: f32 = v257_7 * l187_7;
    t261[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v261_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l189_8: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v257_8: f32 = acc2_0 * l189_8;
    t257[(row0 + ty + 32i) * 176i + (col0 + tx)] = v257_8;
    let l188_8: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v258_8: f32 = acc2_0 * l188_8;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx)] = v258_8;
    let l187_8: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v261_8: f32 = v257_8 * l187_8;
    t261[(row0 + ty + 32i) * 176i + (col0 + tx)] = v261_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l189_9: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v257_9: f32 = acc2_1 * l189_9;
    t257[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v257_9;
    let l188_9: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v258_9: f32 = acc2_1 * l188_9;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v258_9;
    let l187_9: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v261_9: f32 = v257_9 * l187_9;
    t261[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v261_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l189_10: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v257_10: f32 = acc2_2 * l189_10;
    t257[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v257_10;
    let l188_10: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v258_10: f32 = acc2_2 * l188_10;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v258_10;
    let l187_10: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v261_10: f32 = v257_10 * l187_10;
    t261[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v261_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l189_11: f32 = t189[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v257_11: f32 = acc2_3 * l189_11;
    t257[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v257_11;
    let l188_11: f32 = t188[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v258_11: f32 = acc2_3 * l188_11;
    t258[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v258_11;
    let l187_11: f32 = t187[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v261_11: f32 = v257_11 * l187_11;
    t261[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v261_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l189_12: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v257_12: f32 = acc3_0 * l189_12;
    t257[(row0 + ty + 48i) * 176i + (col0 + tx)] = v257_12;
    let l188_12: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v258_12: f32 = acc3_0 * l188_12;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx)] = v258_12;
    let l187_12: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v261_12: f32 = v257_12 * l187_12;
    t261[(row0 + ty + 48i) * 176i + (col0 + tx)] = v261_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l189_13: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v257_13: f32 = acc3_1 * l189_13;
    t257[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v257_13;
    let l188_13: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v258_13: f32 = acc3_1 * l188_13;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v258_13;
    let l187_13: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v261_13: f32 = v257_13 * l187_13;
    t261[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v261_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l189_14: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v257_14: f32 = acc3_2 * l189_14;
    t257[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v257_14;
    let l188_14: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v258_14: f32 = acc3_2 * l188_14;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v258_14;
    let l187_14: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v261_14: f32 = v257_14 * l187_14;
    t261[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v261_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l189_15: f32 = t189[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v257_15: f32 = acc3_3 * l189_15;
    t257[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v257_15;
    let l188_15: f32 = t188[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v258_15: f32 = acc3_3 * l188_15;
    t258[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v258_15;
    let l187_15: f32 = t187[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v261_15: f32 = v257_15 * l187_15;
    t261[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v261_15;
  }
}
