// kernel k149_einsum
@group(0) @binding(0) var<storage, read> t668: array<f32>;
@group(0) @binding(1) var<storage, read> p_mtp_blocks_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t349: array<f32>;
@group(0) @binding(3) var<storage, read_write> t888: array<f32>;
@group(0) @binding(4) var<storage, read> t350: array<f32>;
@group(0) @binding(5) var<storage, read> t348: array<f32>;
@group(0) @binding(6) var<storage, read> t347: array<f32>;
@group(0) @binding(7) var<storage, read_write> t896: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k149_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t668[64i + (row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t668[64i + (row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t668[64i + (row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t668[64i + (row0 + ty + 48i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_mtp_blocks_1_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_mtp_blocks_1_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_mtp_blocks_1_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_mtp_blocks_1_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l349: f32 = t349[(row0 + ty) * 176i + (col0 + tx)];
    let v888: f32 = acc0_0 * l349;
    t888[(row0 + ty) * 176i + (col0 + tx)] = v888;
    let l350: f32 = t350[(row0 + ty) * 176i + (col0 + tx)];
    let v887: f32 = acc0_0 * l350;
    let l348: f32 = t348[(row0 + ty) * 176i + (col0 + tx)];
    let v891: f32 = v887 * l348;
    let l347: f32 = t347[(row0 + ty) * 176i + (col0 + tx)];
    let v892: f32 = v887 * l347;
    let v893: f32 = 1.0f - l348;
    let v894: f32 = l348 * v893;
    let v895: f32 = v892 * v894;
    let v896: f32 = v891 + v895;
    t896[(row0 + ty) * 176i + (col0 + tx)] = v896;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l349_1: f32 = t349[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v888_1: f32 = acc0_1 * l349_1;
    t888[(row0 + ty) * 176i + (col0 + tx) + 16i] = v888_1;
    let l350_1: f32 = t350[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v887_1: f32 = acc0_1 * l350_1;
    let l348_1: f32 = t348[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v891_1: f32 = v887_1 * l348_1;
    let l347_1: f32 = t347[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v892_1: f32 = v887_1 * l347_1;
    let v893_1: f32 = 1.0f - l348_1;
    let v894_1: f32 = l348_1 * v893_1;
    let v895_1: f32 = v892_1 * v894_1;
    let v896_1: f32 = v891_1 + v895_1;
    t896[(row0 + ty) * 176i + (col0 + tx) + 16i] = v896_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l349_2: f32 = t349[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v888_2: f32 = acc0_2 * l349_2;
    t888[(row0 + ty) * 176i + (col0 + tx) + 32i] = v888_2;
    let l350_2: f32 = t350[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v887_2: f32 = acc0_2 * l350_2;
    let l348_2: f32 = t348[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v891_2: f32 = v887_2 * l348_2;
    let l347_2: f32 = t347[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v892_2: f32 = v887_2 * l347_2;
    let v893_2: f32 = 1.0f - l348_2;
    let v894_2: f32 = l348_2 * v893_2;
    let v895_2: f32 = v892_2 * v894_2;
    let v896_2: f32 = v891_2 + v895_2;
    t896[(row0 + ty) * 176i + (col0 + tx) + 32i] = v896_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l349_3: f32 = t349[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v888_3: f32 = acc0_3 * l349_3;
    t888[(row0 + ty) * 176i + (col0 + tx) + 48i] = v888_3;
    let l350_3: f32 = t350[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v887_3: f32 = acc0_3 * l350_3;
    let l348_3: f32 = t348[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v891_3: f32 = v887_3 * l348_3;
    let l347_3: f32 = t347[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v892_3: f32 = v887_3 * l347_3;
    let v893_3: f32 = 1.0f - l348_3;
    let v894_3: f32 = l348_3 * v893_3;
    let v895_3: f32 = v892_3 * v894_3;
    let v896_3: f32 = v891_3 + v895_3;
    t896[(row0 + ty) * 176i + (col0 + tx) + 48i] = v896_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l349_4: f32 = t349[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v888_4: f32 = acc1_0 * l349_4;
    t888[(row0 + ty + 16i) * 176i + (col0 + tx)] = v888_4;
    let l350_4: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v887_4: f32 = acc1_0 * l350_4;
    let l348_4: f32 = t348[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v891_4: f32 = v887_4 * l348_4;
    let l347_4: f32 = t347[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v892_4: f32 = v887_4 * l347_4;
    let v893_4: f32 = 1.0f - l348_4;
    let v894_4: f32 = l348_4 * v893_4;
    let v895_4: f32 = v892_4 * v894_4;
    let v896_4: f32 = v891_4 + v895_4;
    t896[(row0 + ty + 16i) * 176i + (col0 + tx)] = v896_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l349_5: f32 = t349[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v888_5: f32 = acc1_1 * l349_5;
    t888[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v888_5;
    let l350_5: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v887_5: f32 = acc1_1 * l350_5;
    let l348_5: f32 = t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v891_5: f32 = v887_5 * l348_5;
    let l347_5: f32 = t347[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v892_5: f32 = v887_5 * l347_5;
    let v893_5: f32 = 1.0f - l348_5;
    let v894_5: f32 = l348_5 * v893_5;
    let v895_5: f32 = v892_5 * v894_5;
    let v896_5: f32 = v891_5 + v895_5;
    t896[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v896_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l349_6: f32 = t349[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v888_6: f32 = acc1_2 * l349_6;
    t888[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v888_6;
    let l350_6: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v887_6: f32 = acc1_2 * l350_6;
    let l348_6: f32 = t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v891_6: f32 = v887_6 * l348_6;
    let l347_6: f32 = t347[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v892_6: f32 = v887_6 * l347_6;
    let v893_6: f32 = 1.0f - l348_6;
    let v894_6: f32 = l348_6 * v893_6;
    let v895_6: f32 = v892_6 * v894_6;
    let v896_6: f32 = v891_6 + v895_6;
    t896[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v896_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l349_7: f32 = t349[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v888_7: f32 = acc1_3 * l349_7;
    t888[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v888_7;
    let l350_7: f32 = t350[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v887_7: f32 = acc1_3 * l350_7;
    let l348_7: f32 = t348[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v891_7: f32 = v887_7 * l348_7;
    let l347_7: f32 = t347[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v892_7: f32 = v887_7 * l347_7;
    let v893_7: f32 = 1.0f - l348_7;
    let v894_7: f32 = l348_7 * v893_7;
    let v895_7: f32 = v892_7 * v894_7;
    let v896_7: f32 = v891_7 + v895_7;
    t896[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v896_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l349_8: f32 = t349[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v888_8: f32 = acc2_0 * l349_8;
    t888[(row0 + ty + 32i) * 176i + (col0 + tx)] = v888_8;
    let l350_8: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v887_8: f32 = acc2_0 * l350_8;
    let l348_8: f32 = t348[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v891_8: f32 = v887_8 * l348_8;
    let l347_8: f32 = t347[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v892_8: f32 = v887_8 * l347_8;
    let v893_8: f32 = 1.0f - l348_8;
    let v894_8: f32 = l348_8 * v893_8;
    let v895_8: f32 = v892_8 * v894_8;
    let v896_8: f32 = v891_8 + v895_8;
    t896[(row0 + ty + 32i) * 176i + (col0 + tx)] = v896_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l349_9: f32 = t349[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v888_9: f32 = acc2_1 * l349_9;
    t888[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v888_9;
    let l350_9: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v887_9: f32 = acc2_1 * l350_9;
    let l348_9: f32 = t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v891_9: f32 = v887_9 * l348_9;
    let l347_9: f32 = t347[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v892_9: f32 = v887_9 * l347_9;
    let v893_9: f32 = 1.0f - l348_9;
    let v894_9: f32 = l348_9 * v893_9;
    let v895_9: f32 = v892_9 * v894_9;
    let v896_9: f32 = v891_9 + v895_9;
    t896[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v896_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l349_10: f32 = t349[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v888_10: f32 = acc2_2 * l349_10;
    t888[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v888_10;
    let l350_10: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v887_10: f32 = acc2_2 * l350_10;
    let l348_10: f32 = t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v891_10: f32 = v887_10 * l348_10;
    let l347_10: f32 = t347[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v892_10: f32 = v887_10 * l347_10;
    let v893_10: f32 = 1.0f - l348_10;
    let v894_10: f32 = l348_10 * v893_10;
    let v895_10: f32 = v892_10 * v894_10;
    let v896_10: f32 = v891_10 + v895_10;
    t896[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v896_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l349_11: f32 = t349[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v888_11: f32 = acc2_3 * l349_11;
    t888[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v888_11;
    let l350_11: f32 = t350[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v887_11: f32 = acc2_3 * l350_11;
    let l348_11: f32 = t348[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v891_11: f32 = v887_11 * l348_11;
    let l347_11: f32 = t347[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v892_11: f32 = v887_11 * l347_11;
    let v893_11: f32 = 1.0f - l348_11;
    let v894_11: f32 = l348_11 * v893_11;
    let v895_11: f32 = v892_11 * v894_11;
    let v896_11: f32 = v891_11 + v895_11;
    t896[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v896_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l349_12: f32 = t349[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v888_12: f32 = acc3_0 * l349_12;
    t888[(row0 + ty + 48i) * 176i + (col0 + tx)] = v888_12;
    let l350_12: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v887_12: f32 = acc3_0 * l350_12;
    let l348_12: f32 = t348[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v891_12: f32 = v887_12 * l348_12;
    let l347_12: f32 = t347[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v892_12: f32 = v887_12 * l347_12;
    let v893_12: f32 = 1.0f - l348_12;
    let v894_12: f32 = l348_12 * v893_12;
    let v895_12: f32 = v892_12 * v894_12;
    let v896_12: f32 = v891_12 + v895_12;
    t896[(row0 + ty + 48i) * 176i + (col0 + tx)] = v896_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l349_13: f32 = t349[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v888_13: f32 = acc3_1 * l349_13;
    t888[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v888_13;
    let l350_13: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v887_13: f32 = acc3_1 * l350_13;
    let l348_13: f32 = t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v891_13: f32 = v887_13 * l348_13;
    let l347_13: f32 = t347[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v892_13: f32 = v887_13 * l347_13;
    let v893_13: f32 = 1.0f - l348_13;
    let v894_13: f32 = l348_13 * v893_13;
    let v895_13: f32 = v892_13 * v894_13;
    let v896_13: f32 = v891_13 + v895_13;
    t896[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v896_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l349_14: f32 = t349[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v888_14: f32 = acc3_2 * l349_14;
    t888[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v888_14;
    let l350_14: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v887_14: f32 = acc3_2 * l350_14;
    let l348_14: f32 = t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v891_14: f32 = v887_14 * l348_14;
    let l347_14: f32 = t347[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v892_14: f32 = v887_14 * l347_14;
    let v893_14: f32 = 1.0f - l348_14;
    let v894_14: f32 = l348_14 * v893_14;
    let v895_14: f32 = v892_14 * v894_14;
    let v896_14: f32 = v891_14 + v895_14;
    t896[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v896_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l349_15: f32 = t349[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v888_15: f32 = acc3_3 * l349_15;
    t888[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v888_15;
    let l350_15: f32 = t350[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v887_15: f32 = acc3_3 * l350_15;
    let l348_15: f32 = t348[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v891_15: f32 = v887_15 * l348_15;
    let l347_15: f32 = t347[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v892_15: f32 = v887_15 * l347_15;
    let v893_15: f32 = 1.0f - l348_15;
    let v894_15: f32 = l348_15 * v893_15;
    let v895_15: f32 = v892_15 * v894_15;
    let v896_15: f32 = v891_15 + v895_15;
    t896[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v896_15;
  }
}
