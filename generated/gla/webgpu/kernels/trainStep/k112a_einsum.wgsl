// kernel k112a_einsum
@group(0) @binding(0) var<storage, read> t581: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t156: array<f32>;
@group(0) @binding(3) var<storage, read_write> t584: array<f32>;
@group(0) @binding(4) var<storage, read> t155: array<f32>;
@group(0) @binding(5) var<storage, read_write> t585: array<f32>;
@group(0) @binding(6) var<storage, read> t154: array<f32>;
@group(0) @binding(7) var<storage, read_write> t588: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k112a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t581[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t581[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t581[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t581[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wo_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wo_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wo_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wo_w[bK + 12i + (col0 + bN) * 64i];
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
    let l157: f32 = t156[(row0 + ty) * 64i + (col0 + tx)];
    let v584: f32 = acc0_0 * l157;
    t584[(row0 + ty) * 64i + (col0 + tx)] = v584;
    let l155: f32 = t155[(row0 + ty) * 64i + (col0 + tx)];
    let v585: f32 = acc0_0 * l155;
    t585[(row0 + ty) * 64i + (col0 + tx)] = v585;
    let l154: f32 = t154[(row0 + ty) * 64i + (col0 + tx)];
    let v588: f32 = v584 * l154;
    t588[(row0 + ty) * 64i + (col0 + tx)] = v588;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l157_1: f32 = t156[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v584_1: f32 = acc0_1 * l157_1;
    t584[(row0 + ty) * 64i + (col0 + tx) + 16i] = v584_1;
    let l155_1: f32 = t155[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v585_1: f32 = acc0_1 * l155_1;
    t585[(row0 + ty) * 64i + (col0 + tx) + 16i] = v585_1;
    let l154_1: f32 = t154[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v588_1: f32 = v584_1 * l154_1;
    t588[(row0 + ty) * 64i + (col0 + tx) + 16i] = v588_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l157_2: f32 = t156[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v584_2: f32 = acc0_2 * l157_2;
    t584[(row0 + ty) * 64i + (col0 + tx) + 32i] = v584_2;
    let l155_2: f32 = t155[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v585_2: f32 = acc0_2 * l155_2;
    t585[(row0 + ty) * 64i + (col0 + tx) + 32i] = v585_2;
    let l154_2: f32 = t154[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v588_2: f32 = v584_2 * l154_2;
    t588[(row0 + ty) * 64i + (col0 + tx) + 32i] = v588_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l157_3: f32 = t156[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v584_3: f32 = acc0_3 * l157_3;
    t584[(row0 + ty) * 64i + (col0 + tx) + 48i] = v584_3;
    let l155_3: f32 = t155[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v585_3: f32 = acc0_3 * l155_3;
    t585[(row0 + ty) * 64i + (col0 + tx) + 48i] = v585_3;
    let l154_3: f32 = t154[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v588_3: f32 = v584_3 * l154_3;
    t588[(row0 + ty) * 64i + (col0 + tx) + 48i] = v588_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l157_4: f32 = t156[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v584_4: f32 = acc1_0 * l157_4;
    t584[(row0 + ty + 16i) * 64i + (col0 + tx)] = v584_4;
    let l155_4: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v585_4: f32 = acc1_0 * l155_4;
    t585[(row0 + ty + 16i) * 64i + (col0 + tx)] = v585_4;
    let l154_4: f32 = t154[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v588_4: f32 = v584_4 * l154_4;
    t588[(row0 + ty + 16i) * 64i + (col0 + tx)] = v588_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l157_5: f32 = t156[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v584_5: f32 = acc1_1 * l157_5;
    t584[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v584_5;
    let l155_5: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v585_5: f32 = acc1_1 * l155_5;
    t585[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v585_5;
    let l154_5: f32 = t154[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v588_5: f32 = v584_5 * l154_5;
    t588[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v588_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l157_6: f32 = t156[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v584_6: f32 = acc1_2 * l157_6;
    t584[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v584_6;
    let l155_6: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v585_6: f32 = acc1_2 * l155_6;
    t585[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v585_6;
    let l154_6: f32 = t154[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v588_6: f32 = v584_6 * l154_6;
    t588[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v588_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l157_7: f32 = t156[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v584_7: f32 = acc1_3 * l157_7;
    t584[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v584_7;
    let l155_7: f32 = t155[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v585_7: f32 = acc1_3 * l155_7;
    t585[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v585_7;
    let l154_7: f32 = t154[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v588_7: f32 = v584_7 * l154_7;
    t588[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v588_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l157_8: f32 = t156[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v584_8: f32 = acc2_0 * l157_8;
    t584[(row0 + ty + 32i) * 64i + (col0 + tx)] = v584_8;
    let l155_8: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v585_8: f32 = acc2_0 * l155_8;
    t585[(row0 + ty + 32i) * 64i + (col0 + tx)] = v585_8;
    let l154_8: f32 = t154[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v588_8: f32 = v584_8 * l154_8;
    t588[(row0 + ty + 32i) * 64i + (col0 + tx)] = v588_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l157_9: f32 = t156[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v584_9: f32 = acc2_1 * l157_9;
    t584[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v584_9;
    let l155_9: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v585_9: f32 = acc2_1 * l155_9;
    t585[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v585_9;
    let l154_9: f32 = t154[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v588_9: f32 = v584_9 * l154_9;
    t588[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v588_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l157_10: f32 = t156[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v584_10: f32 = acc2_2 * l157_10;
    t584[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v584_10;
    let l155_10: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v585_10: f32 = acc2_2 * l155_10;
    t585[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v585_10;
    let l154_10: f32 = t154[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v588_10: f32 = v584_10 * l154_10;
    t588[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v588_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l157_11: f32 = t156[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v584_11: f32 = acc2_3 * l157_11;
    t584[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v584_11;
    let l155_11: f32 = t155[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v585_11: f32 = acc2_3 * l155_11;
    t585[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v585_11;
    let l154_11: f32 = t154[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v588_11: f32 = v584_11 * l154_11;
    t588[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v588_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l157_12: f32 = t156[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v584_12: f32 = acc3_0 * l157_12;
    t584[(row0 + ty + 48i) * 64i + (col0 + tx)] = v584_12;
    let l155_12: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v585_12: f32 = acc3_0 * l155_12;
    t585[(row0 + ty + 48i) * 64i + (col0 + tx)] = v585_12;
    let l154_12: f32 = t154[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v588_12: f32 = v584_12 * l154_12;
    t588[(row0 + ty + 48i) * 64i + (col0 + tx)] = v588_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l157_13: f32 = t156[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v584_13: f32 = acc3_1 * l157_13;
    t584[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v584_13;
    let l155_13: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v585_13: f32 = acc3_1 * l155_13;
    t585[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v585_13;
    let l154_13: f32 = t154[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v588_13: f32 = v584_13 * l154_13;
    t588[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v588_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l157_14: f32 = t156[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v584_14: f32 = acc3_2 * l157_14;
    t584[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v584_14;
    let l155_14: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v585_14: f32 = acc3_2 * l155_14;
    t585[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v585_14;
    let l154_14: f32 = t154[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v588_14: f32 = v584_14 * l154_14;
    t588[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v588_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l157_15: f32 = t156[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v584_15: f32 = acc3_3 * l157_15;
    t584[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v584_15;
    let l155_15: f32 = t155[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v585_15: f32 = acc3_3 * l155_15;
    t585[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v585_15;
    let l154_15: f32 = t154[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v588_15: f32 = v584_15 * l154_15;
    t588[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v588_15;
  }
}
