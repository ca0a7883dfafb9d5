// kernel k34_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t180: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t105: array<f32>;
@group(0) @binding(3) var<storage, read> t174: array<f32>;
@group(0) @binding(4) var<storage, read_write> t183: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k34_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 2i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 64i && kA < 32i) {
      tileA[tx * 64i + ty] = t180[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t180[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t180[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t180[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_moe_shared_mlp_w2_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l105: f32 = t105[(row0 + ty) * 64i + (col0 + tx)];
    let l175: f32 = t174[(row0 + ty) * 64i + (col0 + tx)];
    let v182: f32 = l175 + acc0_0;
    let v183: f32 = l105 + v182;
    t183[(row0 + ty) * 64i + (col0 + tx)] = v183;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l105_1: f32 = t105[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l175_1: f32 = t174[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v182_1: f32 = l175_1 + acc0_1;
    let v183_1: f32 = l105_1 + v182_1;
    t183[(row0 + ty) * 64i + (col0 + tx) + 16i] = v183_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l105_2: f32 = t105[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l175_2: f32 = t174[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v182_2: f32 = l175_2 + acc0_2;
    let v183_2: f32 = l105_2 + v182_2;
    t183[(row0 + ty) * 64i + (col0 + tx) + 32i] = v183_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l105_3: f32 = t105[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l175_3: f32 = t174[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v182_3: f32 = l175_3 + acc0_3;
    let v183_3: f32 = l105_3 + v182_3;
    t183[(row0 + ty) * 64i + (col0 + tx) + 48i] = v183_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l105_4: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l175_4: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v182_4: f32 = l175_4 + acc1_0;
    let v183_4: f32 = l105_4 + v182_4;
    t183[(row0 + ty + 16i) * 64i + (col0 + tx)] = v183_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l105_5: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l175_5: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v182_5: f32 = l175_5 + acc1_1;
    let v183_5: f32 = l105_5 + v182_5;
    t183[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v183_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l105_6: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l175_6: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v182_6: f32 = l175_6 + acc1_2;
    let v183_6: f32 = l105_6 + v182_6;
    t183[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v183_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l105_7: f32 = t105[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l175_7: f32 = t174[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v182_7: f32 = l175_7 + acc1_3;
    let v183_7: f32 = l105_7 + v182_7;
    t183[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v183_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l105_8: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l175_8: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v182_8: f32 = l175_8 + acc2_0;
    let v183_8: f32 = l105_8 + v182_8;
    t183[(row0 + ty + 32i) * 64i + (col0 + tx)] = v183_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l105_9: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l175_9: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v182_9: f32 = l175_9 + acc2_1;
    let v183_9: f32 = l105_9 + v182_9;
    t183[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v183_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l105_10: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l175_10: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v182_10: f32 = l175_10 + acc2_2;
    let v183_10: f32 = l105_10 + v182_10;
    t183[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v183_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l105_11: f32 = t105[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l175_11: f32 = t174[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v182_11: f32 = l175_11 + acc2_3;
    let v183_11: f32 = l105_11 + v182_11;
    t183[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v183_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l105_12: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l175_12: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v182_12: f32 = l175_12 + acc3_0;
    let v183_12: f32 = l105_12 + v182_12;
    t183[(row0 + ty + 48i) * 64i + (col0 + tx)] = v183_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l105_13: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l175_13: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v182_13: f32 = l175_13 + acc3_1;
    let v183_13: f32 = l105_13 + v182_13;
    t183[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v183_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l105_14: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l175_14: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v182_14: f32 = l175_14 + acc3_2;
    let v183_14: f32 = l105_14 + v182_14;
    t183[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v183_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l105_15: f32 = t105[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l175_15: f32 = t174[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v182_15: f32 = l175_15 + acc3_3;
    let v183_15: f32 = l105_15 + v182_15;
    t183[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v183_15;
  }
}
