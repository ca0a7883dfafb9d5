// kernel k57a_einsum
@group(0) @binding(0) var<storage, read> t358: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t293: array<f32>;
@group(0) @binding(3) var<storage, read_write> t361: array<f32>;
@group(0) @binding(4) var<storage, read> t292: array<f32>;
@group(0) @binding(5) var<storage, read_write> t362: array<f32>;
@group(0) @binding(6) var<storage, read> t291: array<f32>;
@group(0) @binding(7) var<storage, read_write> t365: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k57a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t358[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t358[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t358[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t358[(row0 + ty + 48i) * 64i + kA];
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
    let l293: f32 = t293[(row0 + ty) * 176i + (col0 + tx)];
    let v361: f32 = acc0_0 * l293;
    t361[(row0 + ty) * 176i + (col0 + tx)] = v361;
    let l292: f32 = t292[(row0 + ty) * 176i + (col0 + tx)];
    let v362: f32 = acc0_0 * l292;
    t362[(row0 + ty) * 176i + (col0 + tx)] = v362;
    let l291: f32 = t291[(row0 + ty) * 176i + (col0 + tx)];
    let v365: f32 = v361 * l291;
    t365[(row0 + ty) * 176i + (col0 + tx)] = v365;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l293_1: f32 = t293[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v361_1: f32 = acc0_1 * l293_1;
    t361[(row0 + ty) * 176i + (col0 + tx) + 16i] = v361_1;
    let l292_1: f32 = t292[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v362_1: f32 = acc0_1 * l292_1;
    t362[(row0 + ty) * 176i + (col0 + tx) + 16i] = v362_1;
    let l291_1: f32 = t291[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v365_1: f32 = v361_1 * l291_1;
    t365[(row0 + ty) * 176i + (col0 + tx) + 16i] = v365_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l293_2: f32 = t293[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v361_2: f32 = acc0_2 * l293_2;
    t361[(row0 + ty) * 176i + (col0 + tx) + 32i] = v361_2;
    let l292_2: f32 = t292[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v362_2: f32 = acc0_2 * l292_2;
    t362[(row0 + ty) * 176i + (col0 + tx) + 32i] = v362_2;
    let l291_2: f32 = t291[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v365_2: f32 = v361_2 * l291_2;
    t365[(row0 + ty) * 176i + (col0 + tx) + 32i] = v365_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l293_3: f32 = t293[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v361_3: f32 = acc0_3 * l293_3;
    t361[(row0 + ty) * 176i + (col0 + tx) + 48i] = v361_3;
    let l292_3: f32 = t292[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v362_3: f32 = acc0_3 * l292_3;
    t362[(row0 + ty) * 176i + (col0 + tx) + 48i] = v362_3;
    let l291_3: f32 = t291[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v365_3: f32 = v361_3 * l291_3;
    t365[(row0 + ty) * 176i + (col0 + tx) + 48i] = v365_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l293_4: f32 = t293[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v361_4: f32 = acc1_0 * l293_4;
    t361[(row0 + ty + 16i) * 176i + (col0 + tx)] = v361_4;
    let l292_4: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v362_4: f32 = acc1_0 * l292_4;
    t362[(row0 + ty + 16i) * 176i + (col0 + tx)] = v362_4;
    let l291_4: f32 = t291[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v365_4: f32 = v361_4 * l291_4;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx)] = v365_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l293_5: f32 = t293[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v361_5: f32 = acc1_1 * l293_5;
    t361[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v361_5;
    let l292_5: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v362_5: f32 = acc1_1 * l292_5;
    t362[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v362_5;
    let l291_5: f32 = t291[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v365_5: f32 = v361_5 * l291_5;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v365_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l293_6: f32 = t293[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v361_6: f32 = acc1_2 * l293_6;
    t361[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v361_6;
    let l292_6: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v362_6: f32 = acc1_2 * l292_6;
    t362[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v362_6;
    let l291_6: f32 = t291[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v365_6: f32 = v361_6 * l291_6;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v365_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l293_7: f32 = t293[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v361_7: f32 = acc1_3 * l293_7;
    t361[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v361_7;
    let l292_7: f32 = t292[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v362_7: f32 = acc1_3 * l292_7;
    t362[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v362_7;
    let l291_7: f32 = t291[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v365_7: f32 = v361_7 * l291_7;
    t365[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v365_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l293_8: f32 = t293[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v361_8: f32 = acc2_0 * l293_8;
    t361[(row0 + ty + 32i) * 176i + (col0 + tx)] = v361_8;
    let l292_8: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v362_8: f32 = acc2_0 * l292_8;
    t362[(row0 + ty + 32i) * 176i + (col0 + tx)] = v362_8;
    let l291_8: f32 = t291[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v365_8: f32 = v361_8 * l291_8;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx)] = v365_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l293_9: f32 = t293[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v361_9: f32 = acc2_1 * l293_9;
    t361[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v361_9;
    let l292_9: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v362_9: f32 = acc2_1 * l292_9;
    t362[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v362_9;
    let l291_9: f32 = t291[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v365_9: f32 = v361_9 * l291_9;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v365_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l293_10: f32 = t293[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v361_10: f32 = acc2_2 * l293_10;
    t361[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v361_10;
    let l292_10: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v362_10: f32 = acc2_2 * l292_10;
    t362[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v362_10;
    let l291_10: f32 = t291[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v365_10: f32 = v361_10 * l291_10;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v365_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l293_11: f32 = t293[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v361_11: f32 = acc2_3 * l293_11;
    t361[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v361_11;
    let l292_11: f32 = t292[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v362_11: f32 = acc2_3 * l292_11;
    t362[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v362_11;
    let l291_11: f32 = t291[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v365_11: f32 = v361_11 * l291_11;
    t365[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v365_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l293_12: f32 = t293[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v361_12: f32 = acc3_0 * l293_12;
    t361[(row0 + ty + 48i) * 176i + (col0 + tx)] = v361_12;
    let l292_12: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v362_12: f32 = acc3_0 * l292_12;
    t362[(row0 + ty + 48i) * 176i + (col0 + tx)] = v362_12;
    let l291_12: f32 = t291[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v365_12: f32 = v361_12 * l291_12;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx)] = v365_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l293_13: f32 = t293[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v361_13: f32 = acc3_1 * l293_13;
    t361[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v361_13;
    let l292_13: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v362_13: f32 = acc3_1 * l292_13;
    t362[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v362_13;
    let l291_13: f32 = t291[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v365_13: f32 = v361_13 * l291_13;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v365_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l293_14: f32 = t293[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v361_14: f32 = acc3_2 * l293_14;
    t361[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v361_14;
    let l292_14: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v362_14: f32 = acc3_2 * l292_14;
    t362[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v362_14;
    let l291_14: f32 = t291[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v365_14: f32 = v361_14 * l291_14;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v365_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l293_15: f32 = t293[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v361_15: f32 = acc3_3 * l293_15;
    t361[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v361_15;
    let l292_15: f32 = t292[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v362_15: f32 = acc3_3 * l292_15;
    t362[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v362_15;
    let l291_15: f32 = t291[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v365_15: f32 = v361_15 * l291_15;
    t365[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v365_15;
  }
}
