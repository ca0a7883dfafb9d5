// kernel k62_einsum
@group(0) @binding(0) var<storage, read> t344: array<f32>;
@group(0) @binding(1) var<storage, read> t174: array<f32>;
@group(0) @binding(2) var<storage, read> t356: array<f32>;
@group(0) @binding(3) var<storage, read> t366: array<f32>;
@group(0) @binding(4) var<storage, read_write> t375: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t376: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k62_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t344[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t344[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t344[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t344[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = t174[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = t174[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = t174[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = t174[bK + 12i + (col0 + bN) * 64i];
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
    let l356: f32 = t356[(row0 + ty) * 64i + (col0 + tx)];
    let v374: f32 = acc0_0 + l356;
    let l366: f32 = t366[(row0 + ty) * 64i + (col0 + tx)];
    let v375: f32 = v374 + l366;
    t375[(row0 + ty) * 64i + (col0 + tx)] = v375;
    let l146: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v376: f32 = v375 * l146;
    t376[(row0 + ty) * 64i + (col0 + tx)] = v376;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l356_1: f32 = t356[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v374_1: f32 = acc0_1 + l356_1;
    let l366_1: f32 = t366[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v375_1: f32 = v374_1 + l366_1;
    t375[(row0 + ty) * 64i + (col0 + tx) + 16i] = v375_1;
    let l146_1: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v376_1: f32 = v375_1 * l146_1;
    t376[(row0 + ty) * 64i + (col0 + tx) + 16i] = v376_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l356_2: f32 = t356[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v374_2: f32 = acc0_2 + l356_2;
    let l366_2: f32 = t366[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v375_2: f32 = v374_2 + l366_2;
    t375[(row0 + ty) * 64i + (col0 + tx) + 32i] = v375_2;
    let l146_2: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v376_2: f32 = v375_2 * l146_2;
    t376[(row0 + ty) * 64i + (col0 + tx) + 32i] = v376_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l356_3: f32 = t356[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v374_3: f32 = acc0_3 + l356_3;
    let l366_3: f32 = t366[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v375_3: f32 = v374_3 + l366_3;
    t375[(row0 + ty) * 64i + (col0 + tx) + 48i] = v375_3;
    let l146_3: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v376_3: f32 = v375_3 * l146_3;
    t376[(row0 + ty) * 64i + (col0 + tx) + 48i] = v376_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l356_4: f32 = t356[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v374_4: f32 = acc1_0 + l356_4;
    let l366_4: f32 = t366[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v375_4: f32 = v374_4 + l366_4;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx)] = v375_4;
    let l146_4: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v376_4: f32 = v375_4 * l146_4;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx)] = v376_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l356_5: f32 = t356[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v374_5: f32 = acc1_1 + l356_5;
    let l366_5: f32 = t366[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v375_5: f32 = v374_5 + l366_5;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v375_5;
    let l146_5: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v376_5: f32 = v375_5 * l146_5;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v376_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l356_6: f32 = t356[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v374_6: f32 = acc1_2 + l356_6;
    let l366_6: f32 = t366[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v375_6: f32 = v374_6 + l366_6;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v375_6;
    let l146_6: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v376_6: f32 = v375_6 * l146_6;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v376_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l356_7: f32 = t356[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v374_7: f32 = acc1_3 + l356_7;
    let l366_7: f32 = t366[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v375_7: f32 = v374_7 + l366_7;
    t375[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v375_7;
    let l146_7: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v376_7: f32 = v375_7 * l146_7;
    t376[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v376_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l356_8: f32 = t356[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v374_8: f32 = acc2_0 + l356_8;
    let l366_8: f32 = t366[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v375_8: f32 = v374_8 + l366_8;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx)] = v375_8;
    let l146_8: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v376_8: f32 = v375_8 * l146_8;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx)] = v376_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l356_9: f32 = t356[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v374_9: f32 = acc2_1 + l356_9;
    let l366_9: f32 = t366[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v375_9: f32 = v374_9 + l366_9;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v375_9;
    let l146_9: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v376_9: f32 = v375_9 * l146_9;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v376_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l356_10: f32 = t356[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v374_10: f32 = acc2_2 + l356_10;
    let l366_10: f32 = t366[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v375_10: f32 = v374_10 + l366_10;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v375_10;
    let l146_10: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v376_10: f32 = v375_10 * l146_10;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v376_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l356_11: f32 = t356[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v374_11: f32 = acc2_3 + l356_11;
    let l366_11: f32 = t366[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v375_11: f32 = v374_11 + l366_11;
    t375[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v375_11;
    let l146_11: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v376_11: f32 = v375_11 * l146_11;
    t376[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v376_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l356_12: f32 = t356[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v374_12: f32 = acc3_0 + l356_12;
    let l366_12: f32 = t366[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v375_12: f32 = v374_12 + l366_12;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx)] = v375_12;
    let l146_12: f32 = p_blocks_1_ln1_g[col0 + tx];
    let v376_12: f32 = v375_12 * l146_12;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx)] = v376_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l356_13: f32 = t356[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v374_13: f32 = acc3_1 + l356_13;
    let l366_13: f32 = t366[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v375_13: f32 = v374_13 + l366_13;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v375_13;
    let l146_13: f32 = p_blocks_1_ln1_g[col0 + tx + 16i];
    let v376_13: f32 = v375_13 * l146_13;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v376_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l356_14: f32 = t356[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v374_14: f32 = acc3_2 + l356_14;
    let l366_14: f32 = t366[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v375_14: f32 = v374_14 + l366_14;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v375_14;
    let l146_14: f32 = p_blocks_1_ln1_g[col0 + tx + 32i];
    let v376_14: f32 = v375_14 * l146_14;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v376_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l356_15: f32 = t356[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v374_15: f32 = acc3_3 + l356_15;
    let l366_15: f32 = t366[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v375_15: f32 = v374_15 + l366_15;
    t375[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v375_15;
    let l146_15: f32 = p_blocks_1_ln1_g[col0 + tx + 48i];
    let v376_15: f32 = v375_15 * l146_15;
    t376[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v376_15;
  }
}
