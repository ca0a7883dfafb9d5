// kernel k65a_einsum
@group(0) @binding(0) var<storage, read> t367: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t117: array<f32>;
@group(0) @binding(3) var<storage, read_write> t370: array<f32>;
@group(0) @binding(4) var<storage, read> t116: array<f32>;
@group(0) @binding(5) var<storage, read_write> t371: array<f32>;
@group(0) @binding(6) var<storage, read> t115: array<f32>;
@group(0) @binding(7) var<storage, read_write> t374: array<f32>;
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
      tileA[tx * 64i + ty] = t367[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t367[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t367[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t367[(row0 + ty + 48i) * 64i + kA];
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
    let l117: f32 = t117[(row0 + ty) * 176i + (col0 + tx)];
    let v370: f32 = acc0_0 * l117;
    t370[(row0 + ty) * 176i + (col0 + tx)] = v370;
    let l116: f32 = t116[(row0 + ty) * 176i + (col0 + tx)];
    let v371: f32 = acc0_0 * l116;
    t371[(row0 + ty) * 176i + (col0 + tx)] = v371;
    let l115: f32 = t115[(row0 + ty) * 176i + (col0 + tx)];
    let v374: f32 = v370 * l115;
    t374[(row0 + ty) * 176i + (col0 + tx)] = v374;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l117_1: f32 = t117[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v370_1: f32 = acc0_1 * l117_1;
    t370[(row0 + ty) * 176i + (col0 + tx) + 16i] = v370_1;
    let l116_1: f32 = t116[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v371_1: f32 = acc0_1 * l116_1;
    t371[(row0 + ty) * 176i + (col0 + tx) + 16i] = v371_1;
    let l115_1: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v374_1: f32 = v370_1 * l115_1;
    t374[(row0 + ty) * 176i + (col0 + tx) + 16i] = v374_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l117_2: f32 = t117[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v370_2: f32 = acc0_2 * l117_2;
    t370[(row0 + ty) * 176i + (col0 + tx) + 32i] = v370_2;
    let l116_2: f32 = t116[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v371_2: f32 = acc0_2 * l116_2;
    t371[(row0 + ty) * 176i + (col0 + tx) + 32i] = v371_2;
    let l115_2: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v374_2: f32 = v370_2 * l115_2;
    t374[(row0 + ty) * 176i + (col0 + tx) + 32i] = v374_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l117_3: f32 = t117[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v370_3: f32 = acc0_3 * l117_3;
    t370[(row0 + ty) * 176i + (col0 + tx) + 48i] = v370_3;
    let l116_3: f32 = t116[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v371_3: f32 = acc0_3 * l116_3;
    t371[(row0 + ty) * 176i + (col0 + tx) + 48i] = v371_3;
    let l115_3: f32 = t115[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v374_3: f32 = v370_3 * l115_3;
    t374[(row0 + ty) * 176i + (col0 + tx) + 48i] = v374_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l117_4: f32 = t117[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v370_4: f32 = acc1_0 * l117_4;
    t370[(row0 + ty + 16i) * 176i + (col0 + tx)] = v370_4;
    let l116_4: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v371_4: f32 = acc1_0 * l116_4;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx)] = v371_4;
    let l115_4: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v374_4: f32 = v370_4 * l115_4;
    t374[(row0 + ty + 16i) * 176i + (col0 + tx)] = v374_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l117_5: f32 = t117[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v370_5: f32 = acc1_1 * l117_5;
    t370[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v370_5;
    let l116_5: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v371_5: f32 = acc1_1 * l116_5;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v371_5;
    let l115_5: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v374_5: f32 = v370_5 * l115_5;
    t374[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v374_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l117_6: f32 = t117[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v370_6: f32 = acc1_2 * l117_6;
    t370[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v370_6;
    let l116_6: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v371_6: f32 = acc1_2 * l116_6;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v371_6;
    let l115_6: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v374_6: f32 = v370_6 * l115_6;
    t374[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v374_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l117_7: f32 = t117[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v370_7: f32 = acc1_3 * l117_7;
    t370[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v370_7;
    let l116_7: f32 = t116[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v371_7: f32 = acc1_3 * l116_7;
    t371[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v371_7;
    let l115_7: f32 = t115[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v374_7: f32 = v370_7 * l115_7;
    t374[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v374_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l117_8: f32 = t117[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v370_8: f32 = acc2_0 * l117_8;
    t370[(row0 + ty + 32i) * 176i + (col0 + tx)] = v370_8;
    let l116_8: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v371_8: f32 = acc2_0 * l116_8;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx)] = v371_8;
    let l115_8: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v374_8: f32 = v370_8 * l115_8;
    t374[(row0 + ty + 32i) * 176i + (col0 + tx)] = v374_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l117_9: f32 = t117[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v370_9: f32 = acc2_1 * l117_9;
    t370[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v370_9;
    let l116_9: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v371_9: f32 = acc2_1 * l116_9;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v371_9;
    let l115_9: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v374_9: f32 = v370_9 * l115_9;
    t374[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v374_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l117_10: f32 = t117[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v370_10: f32 = acc2_2 * l117_10;
    t370[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v370_10;
    let l116_10: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v371_10: f32 = acc2_2 * l116_10;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v371_10;
    let l115_10: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v374_10: f32 = v370_10 * l115_10;
    t374[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v374_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l117_11: f32 = t117[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v370_11: f32 = acc2_3 * l117_11;
    t370[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v370_11;
    let l116_11: f32 = t116[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v371_11: f32 = acc2_3 * l116_11;
    t371[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v371_11;
    let l115_11: f32 = t115[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v374_11: f32 = v370_11 * l115_11;
    t374[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v374_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l117_12: f32 = t117[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v370_12: f32 = acc3_0 * l117_12;
    t370[(row0 + ty + 48i) * 176i + (col0 + tx)] = v370_12;
    let l116_12: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v371_12: f32 = acc3_0 * l116_12;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx)] = v371_12;
    let l115_12: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v374_12: f32 = v370_12 * l115_12;
    t374[(row0 + ty + 48i) * 176i + (col0 + tx)] = v374_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l117_13: f32 = t117[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v370_13: f32 = acc3_1 * l117_13;
    t370[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v370_13;
    let l116_13: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v371_13: f32 = acc3_1 * l116_13;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v371_13;
    let l115_13: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v374_13: f32 = v370_13 * l115_13;
    t374[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v374_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l117_14: f32 = t117[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v370_14: f32 = acc3_2 * l117_14;
    t370[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v370_14;
    let l116_14: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v371_14: f32 = acc3_2 * l116_14;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v371_14;
    let l115_14: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v374_14: f32 = v370_14 * l115_14;
    t374[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v374_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l117_15: f32 = t117[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v370_15: f32 = acc3_3 * l117_15;
    t370[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v370_15;
    let l116_15: f32 = t116[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v371_15: f32 = acc3_3 * l116_15;
    t371[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v371_15;
    let l115_15: f32 = t115[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v374_15: f32 = v370_15 * l115_15;
    t374[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v374_15;
  }
}
