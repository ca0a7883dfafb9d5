// kernel k65a_einsum
@group(0) @binding(0) var<storage, read> t365: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t115: array<f32>;
@group(0) @binding(3) var<storage, read_write> t368: array<f32>;
@group(0) @binding(4) var<storage, read> t114: array<f32>;
@group(0) @binding(5) var<storage, read_write> t369: array<f32>;
@group(0) @binding(6) var<storage, read> t113: array<f32>;
@group(0) @binding(7) var<storage, read_write> t372: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k65a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t365[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t365[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t365[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t365[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l115: f32 = t115[(row0 + ty) * 176i + (col0 + tx)];
    let v368: f32 = acc0_0 * l115;
    t368[(row0 + ty) * 176i + (col0 + tx)] = v368;
    let l114: f32 = t114[(row0 + ty) * 176i + (col0 + tx)];
    let v369: f32 = acc0_0 * l114;
    t369[(row0 + ty) * 176i + (col0 + tx)] = v369;
    let l113: f32 = t113[(row0 + ty) * 176i + (col0 + tx)];
    let v372: f32 = v368 * l113;
    t372[(row0 + ty) * 176i + (col0 + tx)] = v372;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l115_1: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v368_1: f32 = acc0_1 * l115_1;
    t368[(row0 + ty) * 176i + (col0 + tx) + 16i] = v368_1;
    let l114_1: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v369_1: f32 = acc0_1 * l114_1;
    t369[(row0 + ty) * 176i + (col0 + tx) + 16i] = v369_1;
    let l113_1: f32 = t113[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v372_1: f32 = v368_1 * l113_1;
    t372[(row0 + ty) * 176i + (col0 + tx) + 16i] = v372_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l115_2: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v368_2: f32 = acc0_2 * l115_2;
    t368[(row0 + ty) * 176i + (col0 + tx) + 32i] = v368_2;
    let l114_2: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v369_2: f32 = acc0_2 * l114_2;
    t369[(row0 + ty) * 176i + (col0 + tx) + 32i] = v369_2;
    let l113_2: f32 = t113[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v372_2: f32 = v368_2 * l113_2;
    t372[(row0 + ty) * 176i + (col0 + tx) + 32i] = v372_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l115_3: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v368_3: f32 = acc0_3 * l115_3;
    t368[(row0 + ty) * 176i + (col0 + tx) + 48i] = v368_3;
    let l114_3: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v369_3: f32 = acc0_3 * l114_3;
    t369[(row0 + ty) * 176i + (col0 + tx) + 48i] = v369_3;
    let l113_3: f32 = t113[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v372_3: f32 = v368_3 * l113_3;
    t372[(row0 + ty) * 176i + (col0 + tx) + 48i] = v372_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l115_4: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v368_4: f32 = acc1_0 * l115_4;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx)] = v368_4;
    let l114_4: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v369_4: f32 = acc1_0 * l114_4;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx)] = v369_4;
    let l113_4: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v372_4: f32 = v368_4 * l113_4;
    t372[(row0 + ty + 16i) * 176i + (col0 + tx)] = v372_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l115_5: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v368_5: f32 = acc1_1 * l115_5;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v368_5;
    let l114_5: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v369_5: f32 = acc1_1 * l114_5;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v369_5;
    let l113_5: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v372_5: f32 = v368_5 * l113_5;
    t372[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v372_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l115_6: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v368_6: f32 = acc1_2 * l115_6;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v368_6;
    let l114_6: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v369_6: f32 = acc1_2 * l114_6;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v369_6;
    let l113_6: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v372_6: f32 = v368_6 * l113_6;
    t372[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v372_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l115_7: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v368_7: f32 = acc1_3 * l115_7;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v368_7;
    let l114_7: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v369_7: f32 = acc1_3 * l114_7;
    t369[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v369_7;
    let l113_7: f32 = t113[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v372_7: f32 = v368_7 * l113_7;
    t372[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v372_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l115_8: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v368_8: f32 = acc2_0 * l115_8;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx)] = v368_8;
    let l114_8: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v369_8: f32 = acc2_0 * l114_8;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx)] = v369_8;
    let l113_8: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v372_8: f32 = v368_8 * l113_8;
    t372[(row0 + ty + 32i) * 176i + (col0 + tx)] = v372_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l115_9: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v368_9: f32 = acc2_1 * l115_9;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v368_9;
    let l114_9: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v369_9: f32 = acc2_1 * l114_9;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v369_9;
    let l113_9: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v372_9: f32 = v368_9 * l113_9;
    t372[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v372_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l115_10: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v368_10: f32 = acc2_2 * l115_10;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v368_10;
    let l114_10: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v369_10: f32 = acc2_2 * l114_10;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v369_10;
    let l113_10: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v372_10: f32 = v368_10 * l113_10;
    t372[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v372_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l115_11: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v368_11: f32 = acc2_3 * l115_11;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v368_11;
    let l114_11: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v369_11: f32 = acc2_3 * l114_11;
    t369[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v369_11;
    let l113_11: f32 = t113[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v372_11: f32 = v368_11 * l113_11;
    t372[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v372_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l115_12: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v368_12: f32 = acc3_0 * l115_12;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx)] = v368_12;
    let l114_12: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v369_12: f32 = acc3_0 * l114_12;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx)] = v369_12;
    let l113_12: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v372_12: f32 = v368_12 * l113_12;
    t372[(row0 + ty + 48i) * 176i + (col0 + tx)] = v372_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l115_13: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v368_13: f32 = acc3_1 * l115_13;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v368_13;
    let l114_13: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v369_13: f32 = acc3_1 * l114_13;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v369_13;
    let l113_13: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v372_13: f32 = v368_13 * l113_13;
    t372[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v372_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l115_14: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v368_14: f32 = acc3_2 * l115_14;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v368_14;
    let l114_14: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v369_14: f32 = acc3_2 * l114_14;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v369_14;
    let l113_14: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v372_14: f32 = v368_14 * l113_14;
    t372[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v372_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l115_15: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v368_15: f32 = acc3_3 * l115_15;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v368_15;
    let l114_15: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v369_15: f32 = acc3_3 * l114_15;
    t369[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v369_15;
    let l113_15: f32 = t113[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v372_15: f32 = v368_15 * l113_15;
    t372[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v372_15;
  }
}
