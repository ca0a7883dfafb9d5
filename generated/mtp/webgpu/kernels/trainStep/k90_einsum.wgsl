// kernel k90_einsum
@group(0) @binding(0) var<storage, read> t649: array<f32>;
@group(0) @binding(1) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t650: array<f32>;
@group(0) @binding(3) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t652: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k90_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 4096i && kA < 256i) {
      tileA[tx * 64i + ty] = t649[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 4096i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t649[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 4096i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t649[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 4096i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t649[(row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 256i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_head_w[bK + (col0 + bN) * 256i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_head_w[bK + 4i + (col0 + bN) * 256i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_head_w[bK + 8i + (col0 + bN) * 256i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 256i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_head_w[bK + 12i + (col0 + bN) * 256i];
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
  if (row0 + ty < 4096i && col0 + tx < 64i) {
    t650[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l494: f32 = p_norm_g[col0 + tx];
    let v652: f32 = acc0_0 * l494;
    t652[(row0 + ty) * 64i + (col0 + tx)] = v652;
  }
  if (row0 + ty < 4096i && col0 + tx + 16i < 64i) {
    t650[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l494_1: f32 = p_norm_g[col0 + tx + 16i];
    let v652_1: f32 = acc0_1 * l494_1;
    t652[(row0 + ty) * 64i + (col0 + tx) + 16i] = v652_1;
  }
  if (row0 + ty < 4096i && col0 + tx + 32i < 64i) {
    t650[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l494_2: f32 = p_norm_g[col0 + tx + 32i];
    let v652_2: f32 = acc0_2 * l494_2;
    t652[(row0 + ty) * 64i + (col0 + tx) + 32i] = v652_2;
  }
  if (row0 + ty < 4096i && col0 + tx + 48i < 64i) {
    t650[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l494_3: f32 = p_norm_g[col0 + tx + 48i];
    let v652_3: f32 = acc0_3 * l494_3;
    t652[(row0 + ty) * 64i + (col0 + tx) + 48i] = v652_3;
  }
  if (row0 + ty + 16i < 4096i && col0 + tx < 64i) {
    t650[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l494_4: f32 = p_norm_g[col0 + tx];
    let v652_4: f32 = acc1_0 * l494_4;
    t652[(row0 + ty + 16i) * 64i + (col0 + tx)] = v652_4;
  }
  if (row0 + ty + 16i < 4096i && col0 + tx + 16i < 64i) {
    t650[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l494_5: f32 = p_norm_g[col0 + tx + 16i];
    let v652_5: f32 = acc1_1 * l494_5;
    t652[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v652_5;
  }
  if (row0 + ty + 16i < 4096i && col0 + tx + 32i < 64i) {
    t650[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l494_6: f32 = p_norm_g[col0 + tx + 32i];
    let v652_6: f32 = acc1_2 * l494_6;
    t652[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v652_6;
  }
  if (row0 + ty + 16i < 4096i && col0 + tx + 48i < 64i) {
    t650[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l494_7: f32 = p_norm_g[col0 + tx + 48i];
    let v652_7: f32 = acc1_3 * l494_7;
    t652[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v652_7;
  }
  if (row0 + ty + 32i < 4096i && col0 + tx < 64i) {
    t650[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l494_8: f32 = p_norm_g[col0 + tx];
    let v652_8: f32 = acc2_0 * l494_8;
    t652[(row0 + ty + 32i) * 64i + (col0 + tx)] = v652_8;
  }
  if (row0 + ty + 32i < 4096i && col0 + tx + 16i < 64i) {
    t650[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l494_9: f32 = p_norm_g[col0 + tx + 16i];
    let v652_9: f32 = acc2_1 * l494_9;
    t652[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v652_9;
  }
  if (row0 + ty + 32i < 4096i && col0 + tx + 32i < 64i) {
    t650[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l494_10: f32 = p_norm_g[col0 + tx + 32i];
    let v652_10: f32 = acc2_2 * l494_10;
    t652[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v652_10;
  }
  if (row0 + ty + 32i < 4096i && col0 + tx + 48i < 64i) {
    t650[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l494_11: f32 = p_norm_g[col0 + tx + 48i];
    let v652_11: f32 = acc2_3 * l494_11;
    t652[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v652_11;
  }
  if (row0 + ty + 48i < 4096i && col0 + tx < 64i) {
    t650[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l494_12: f32 = p_norm_g[col0 + tx];
    let v652_12: f32 = acc3_0 * l494_12;
    t652[(row0 + ty + 48i) * 64i + (col0 + tx)] = v652_12;
  }
  if (row0 + ty + 48i < 4096i && col0 + tx + 16i < 64i) {
    t650[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l494_13: f32 = p_norm_g[col0 + tx + 16i];
    let v652_13: f32 = acc3_1 * l494_13;
    t652[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v652_13;
  }
  if (row0 + ty + 48i < 4096i && col0 + tx + 32i < 64i) {
    t650[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l494_14: f32 = p_norm_g[col0 + tx + 32i];
    let v652_14: f32 = acc3_2 * l494_14;
    t652[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v652_14;
  }
  if (row0 + ty + 48i < 4096i && col0 + tx + 48i < 64i) {
    t650[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l494_15: f32 = p_norm_g[col0 + tx + 48i];
    let v652_15: f32 = acc3_3 * l494_15;
    t652[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v652_15;
  }
}
