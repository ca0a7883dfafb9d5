// kernel k22_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t217: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_mlp_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t191: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_mlp_proj_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t222: array<f32>;
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
    if (row0 + ty < 1024i && kA < 256i) {
      tileA[tx * 64i + ty] = t217[(row0 + ty) * 256i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 16i] = t217[(row0 + ty + 16i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 32i] = t217[(row0 + ty + 32i) * 256i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 256i) {
      tileA[tx * 64i + ty + 48i] = t217[(row0 + ty + 48i) * 256i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 64i) {
    let l191: f32 = t191[(row0 + ty) * 64i + (col0 + tx)];
    let l220: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v221: f32 = acc0_0 + l220;
    let v222: f32 = l191 + v221;
    t222[(row0 + ty) * 64i + (col0 + tx)] = v222;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l191_1: f32 = t191[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l220_1: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v221_1: f32 = acc0_1 + l220_1;
    let v222_1: f32 = l191_1 + v221_1;
    t222[(row0 + ty) * 64i + (col0 + tx) + 16i] = v222_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l191_2: f32 = t191[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l220_2: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v221_2: f32 = acc0_2 + l220_2;
    let v222_2: f32 = l191_2 + v221_2;
    t222[(row0 + ty) * 64i + (col0 + tx) + 32i] = v222_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l191_3: f32 = t191[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l220_3: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v221_3: f32 = acc0_3 + l220_3;
    let v222_3: f32 = l191_3 + v221_3;
    t222[(row0 + ty) * 64i + (col0 + tx) + 48i] = v222_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l191_4: f32 = t191[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l220_4: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v221_4: f32 = acc1_0 + l220_4;
    let v222_4: f32 = l191_4 + v221_4;
    t222[(row0 + ty + 16i) * 64i + (col0 + tx)] = v222_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l191_5: f32 = t191[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l220_5: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v221_5: f32 = acc1_1 + l220_5;
    let v222_5: f32 = l191_5 + v221_5;
    t222[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v222_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l191_6: f32 = t191[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l220_6: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v221_6: f32 = acc1_2 + l220_6;
    let v222_6: f32 = l191_6 + v221_6;
    t222[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v222_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l191_7: f32 = t191[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l220_7: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v221_7: f32 = acc1_3 + l220_7;
    let v222_7: f32 = l191_7 + v221_7;
    t222[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v222_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l191_8: f32 = t191[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l220_8: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v221_8: f32 = acc2_0 + l220_8;
    let v222_8: f32 = l191_8 + v221_8;
    t222[(row0 + ty + 32i) * 64i + (col0 + tx)] = v222_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l191_9: f32 = t191[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l220_9: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v221_9: f32 = acc2_1 + l220_9;
    let v222_9: f32 = l191_9 + v221_9;
    t222[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v222_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l191_10: f32 = t191[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l220_10: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v221_10: f32 = acc2_2 + l220_10;
    let v222_10: f32 = l191_10 + v221_10;
    t222[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v222_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l191_11: f32 = t191[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l220_11: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v221_11: f32 = acc2_3 + l220_11;
    let v222_11: f32 = l191_11 + v221_11;
    t222[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v222_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l191_12: f32 = t191[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l220_12: f32 = p_blocks_1_mlp_proj_b[col0 + tx];
    let v221_12: f32 = acc3_0 + l220_12;
    let v222_12: f32 = l191_12 + v221_12;
    t222[(row0 + ty + 48i) * 64i + (col0 + tx)] = v222_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l191_13: f32 = t191[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l220_13: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 16i];
    let v221_13: f32 = acc3_1 + l220_13;
    let v222_13: f32 = l191_13 + v221_13;
    t222[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v222_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l191_14: f32 = t191[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l220_14: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 32i];
    let v221_14: f32 = acc3_2 + l220_14;
    let v222_14: f32 = l191_14 + v221_14;
    t222[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v222_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l191_15: f32 = t191[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l220_15: f32 = p_blocks_1_mlp_proj_b[col0 + tx + 48i];
    let v221_15: f32 = acc3_3 + l220_15;
    let v222_15: f32 = l191_15 + v221_15;
    t222[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v222_15;
  }
}
