// kernel k24_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t160: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t164: array<f32>;
@group(0) @binding(3) var<storage, read_write> t165: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k24_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t160[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t160[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t160[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t160[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v162: f32 = 1.0f / (1.0f + exp(min(-acc0_0, 88.0f)));
    let v163: f32 = acc0_0 * v162;
    let l164: f32 = t164[(row0 + ty) * 176i + (col0 + tx)];
    let v165: f32 = v163 * l164;
    t165[(row0 + ty) * 176i + (col0 + tx)] = v165;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v162_1: f32 = 1.0f / (1.0f + exp(min(-acc0_1, 88.0f)));
    let v163_1: f32 = acc0_1 * v162_1;
    let l164_1: f32 = t164[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v165_1: f32 = v163_1 * l164_1;
    t165[(row0 + ty) * 176i + (col0 + tx) + 16i] = v165_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v162_2: f32 = 1.0f / (1.0f + exp(min(-acc0_2, 88.0f)));
    let v163_2: f32 = acc0_2 * v162_2;
    let l164_2: f32 = t164[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v165_2: f32 = v163_2 * l164_2;
    t165[(row0 + ty) * 176i + (col0 + tx) + 32i] = v165_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v162_3: f32 = 1.0f / (1.0f + exp(min(-acc0_3, 88.0f)));
    let v163_3: f32 = acc0_3 * v162_3;
    let l164_3: f32 = t164[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v165_3: f32 = v163_3 * l164_3;
    t165[(row0 + ty) * 176i + (col0 + tx) + 48i] = v165_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v162_4: f32 = 1.0f / (1.0f + exp(min(-acc1_0, 88.0f)));
    let v163_4: f32 = acc1_0 * v162_4;
    let l164_4: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v165_4: f32 = v163_4 * l164_4;
    t165[(row0 + ty + 16i) * 176i + (col0 + tx)] = v165_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v162_5: f32 = 1.0f / (1.0f + exp(min(-acc1_1, 88.0f)));
    let v163_5: f32 = acc1_1 * v162_5;
    let l164_5: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v165_5: f32 = v163_5 * l164_5;
    t165[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v165_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v162_6: f32 = 1.0f / (1.0f + exp(min(-acc1_2, 88.0f)));
    let v163_6: f32 = acc1_2 * v162_6;
    let l164_6: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v165_6: f32 = v163_6 * l164_6;
    t165[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v165_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v162_7: f32 = 1.0f / (1.0f + exp(min(-acc1_3, 88.0f)));
    let v163_7: f32 = acc1_3 * v162_7;
    let l164_7: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v165_7: f32 = v163_7 * l164_7;
    t165[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v165_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v162_8: f32 = 1.0f / (1.0f + exp(min(-acc2_0, 88.0f)));
    let v163_8: f32 = acc2_0 * v162_8;
    let l164_8: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v165_8: f32 = v163_8 * l164_8;
    t165[(row0 + ty + 32i) * 176i + (col0 + tx)] = v165_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v162_9: f32 = 1.0f / (1.0f + exp(min(-acc2_1, 88.0f)));
    let v163_9: f32 = acc2_1 * v162_9;
    let l164_9: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v165_9: f32 = v163_9 * l164_9;
    t165[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v165_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v162_10: f32 = 1.0f / (1.0f + exp(min(-acc2_2, 88.0f)));
    let v163_10: f32 = acc2_2 * v162_10;
    let l164_10: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v165_10: f32 = v163_10 * l164_10;
    t165[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v165_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v162_11: f32 = 1.0f / (1.0f + exp(min(-acc2_3, 88.0f)));
    let v163_11: f32 = acc2_3 * v162_11;
    let l164_11: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v165_11: f32 = v163_11 * l164_11;
    t165[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v165_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v162_12: f32 = 1.0f / (1.0f + exp(min(-acc3_0, 88.0f)));
    let v163_12: f32 = acc3_0 * v162_12;
    let l164_12: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v165_12: f32 = v163_12 * l164_12;
    t165[(row0 + ty + 48i) * 176i + (col0 + tx)] = v165_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v162_13: f32 = 1.0f / (1.0f + exp(min(-acc3_1, 88.0f)));
    let v163_13: f32 = acc3_1 * v162_13;
    let l164_13: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v165_13: f32 = v163_13 * l164_13;
    t165[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v165_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v162_14: f32 = 1.0f / (1.0f + exp(min(-acc3_2, 88.0f)));
    let v163_14: f32 = acc3_2 * v162_14;
    let l164_14: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v165_14: f32 = v163_14 * l164_14;
    t165[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v165_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v162_15: f32 = 1.0f / (1.0f + exp(min(-acc3_3, 88.0f)));
    let v163_15: f32 = acc3_3 * v162_15;
    let l164_15: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v165_15: f32 = v163_15 * l164_15;
    t165[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v165_15;
  }
}
