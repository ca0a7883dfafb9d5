// kernel k63a_einsum
@group(0) @binding(0) var<storage, read> t364: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t116: array<f32>;
@group(0) @binding(3) var<storage, read_write> t367: array<f32>;
@group(0) @binding(4) var<storage, read> t115: array<f32>;
@group(0) @binding(5) var<storage, read_write> t368: array<f32>;
@group(0) @binding(6) var<storage, read> t114: array<f32>;
@group(0) @binding(7) var<storage, read_write> t371: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k63a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t364[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t364[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t364[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t364[(row0 + ty + 48i) * 64i + kA];
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
    let l116: f32 = t116[(row0 + ty) * 176i + (col0 + tx)];
    let v367: f32 = acc0_0 * l116;
    t367[(row0 + ty) * 176i + (col0 + tx)] = v367;
    let l115: f32 = t115[(row0 + ty) * 176i + (col0 + tx)];
    let v368: f32 = acc0_0 * l115;
    t368[(row0 + ty) * 176i + (col0 + tx)] = v368;
    let l114: f32 = t114[(row0 + ty) * 176i + (col0 + tx)];
    let v371: f32 = v367 * l114;
    t371[(row0 + ty) * 176i + (col0 + tx)] = v371;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l116_1: f32 = t116[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v367_1: f32 = acc0_1 * l116_1;
    t367[(row0 + ty) * 176i + (col0 + tx) + 16i] = v367_1;
    let l115_1: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v368_1: f32 = acc0_1 * l115_1;
    t368[(row0 + ty) * 176i + (col0 + tx) + 16i] = v368_1;
    let l114_1: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v371_1: f32 = v367_1 * l114_1;
    t371[(row0 + ty) * 176i + (col0 + tx) + 16i] = v371_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l116_2: f32 = t116[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v367_2: f32 = acc0_2 * l116_2;
    t367[(row0 + ty) * 176i + (col0 + tx) + 32i] = v367_2;
    let l115_2: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v368_2: f32 = acc0_2 * l115_2;
    t368[(row0 + ty) * 176i + (col0 + tx) + 32i] = v368_2;
    let l114_2: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v371_2: f32 = v367_2 * l114_2;
    t371[(row0 + ty) * 176i + (col0 + tx) + 32i] = v371_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l116_3: f32 = t116[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v367_3: f32 = acc0_3 * l116_3;
    t367[(row0 + ty) * 176i + (col0 + tx) + 48i] = v367_3;
    let l115_3: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v368_3: f32 = acc0_3 * l115_3;
    t368[(row0 + ty) * 176i + (col0 + tx) + 48i] = v368_3;
    let l114_3: f32 = t114[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v371_3: f32 = v367_3 * l114_3;
    t371[(row0 + ty) * 176i + (col0 + tx) + 48i] = v371_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l116_4: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v367_4: f32 = acc1_0 * l116_4;
    t367[(row0 + ty + 16i) * 176i + (col0 + tx)] = v367_4;
    let l115_4: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v368_4: f32 = acc1_0 * l115_4;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx)] = v368_4;
    let l114_4: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v371_4: f32 = v367_4 * l114_4;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx)] = v371_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l116_5: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v367_5: f32 = acc1_1 * l116_5;
    t367[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v367_5;
    let l115_5: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v368_5: f32 = acc1_1 * l115_5;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v368_5;
    let l114_5: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v371_5: f32 = v367_5 * l114_5;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v371_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l116_6: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v367_6: f32 = acc1_2 * l116_6;
    t367[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v367_6;
    let l115_6: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v368_6: f32 = acc1_2 * l115_6;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v368_6;
    let l114_6: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v371_6: f32 = v367_6 * l114_6;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v371_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l116_7: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v367_7: f32 = acc1_3 * l116_7;
    t367[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v367_7;
    let l115_7: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v368_7: f32 = acc1_3 * l115_7;
    t368[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v368_7;
    let l114_7: f32 = t114[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v371_7: f32 = v367_7 * l114_7;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v371_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l116_8: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v367_8: f32 = acc2_0 * l116_8;
    t367[(row0 + ty + 32i) * 176i + (col0 + tx)] = v367_8;
    let l115_8: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v368_8: f32 = acc2_0 * l115_8;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx)] = v368_8;
    let l114_8: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v371_8: f32 = v367_8 * l114_8;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx)] = v371_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l116_9: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v367_9: f32 = acc2_1 * l116_9;
    t367[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v367_9;
    let l115_9: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v368_9: f32 = acc2_1 * l115_9;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v368_9;
    let l114_9: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v371_9: f32 = v367_9 * l114_9;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v371_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l116_10: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v367_10: f32 = acc2_2 * l116_10;
    t367[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v367_10;
    let l115_10: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v368_10: f32 = acc2_2 * l115_10;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v368_10;
    let l114_10: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v371_10: f32 = v367_10 * l114_10;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v371_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l116_11: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v367_11: f32 = acc2_3 * l116_11;
    t367[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v367_11;
    let l115_11: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v368_11: f32 = acc2_3 * l115_11;
    t368[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v368_11;
    let l114_11: f32 = t114[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v371_11: f32 = v367_11 * l114_11;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v371_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l116_12: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v367_12: f32 = acc3_0 * l116_12;
    t367[(row0 + ty + 48i) * 176i + (col0 + tx)] = v367_12;
    let l115_12: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v368_12: f32 = acc3_0 * l115_12;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx)] = v368_12;
    let l114_12: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v371_12: f32 = v367_12 * l114_12;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx)] = v371_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l116_13: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v367_13: f32 = acc3_1 * l116_13;
    t367[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v367_13;
    let l115_13: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v368_13: f32 = acc3_1 * l115_13;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v368_13;
    let l114_13: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v371_13: f32 = v367_13 * l114_13;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v371_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l116_14: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v367_14: f32 = acc3_2 * l116_14;
    t367[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v367_14;
    let l115_14: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v368_14: f32 = acc3_2 * l115_14;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v368_14;
    let l114_14: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v371_14: f32 = v367_14 * l114_14;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v371_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l116_15: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v367_15: f32 = acc3_3 * l116_15;
    t367[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v367_15;
    let l115_15: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v368_15: f32 = acc3_3 * l115_15;
    t368[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v368_15;
    let l114_15: f32 = t114[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v371_15: f32 = v367_15 * l114_15;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v371_15;
  }
}
