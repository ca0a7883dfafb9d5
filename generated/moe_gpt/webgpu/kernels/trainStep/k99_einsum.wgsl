// kernel k99_einsum
@group(0) @binding(0) var<storage, read> t454: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t464: array<f32>;
@group(0) @binding(3) var<storage, read> t490: array<f32>;
@group(0) @binding(4) var<storage, read> t505: array<f32>;
@group(0) @binding(5) var<storage, read_write> t510: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t511: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k99_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 1024i && kA < 32i) {
      tileA[tx * 64i + ty] = t454[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t454[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t454[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t454[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_moe_shared_mlp_w3_w[bK + 12i + (col0 + bN) * 32i];
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
    let l464: f32 = t464[(row0 + ty) * 64i + (col0 + tx)];
    let v509: f32 = acc0_0 + l464;
    let l490: f32 = t490[(row0 + ty) * 64i + (col0 + tx)];
    let l505: f32 = t505[(row0 + ty) * 64i + (col0 + tx)];
    let v507: f32 = l490 + l505;
    let v510: f32 = v509 + v507;
    t510[(row0 + ty) * 64i + (col0 + tx)] = v510;
    let l291: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v511: f32 = v510 * l291;
    t511[(row0 + ty) * 64i + (col0 + tx)] = v511;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l464_1: f32 = t464[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v509_1: f32 = acc0_1 + l464_1;
    let l490_1: f32 = t490[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l505_1: f32 = t505[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v507_1: f32 = l490_1 + l505_1;
    let v510_1: f32 = v509_1 + v507_1;
    t510[(row0 + ty) * 64i + (col0 + tx) + 16i] = v510_1;
    let l291_1: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v511_1: f32 = v510_1 * l291_1;
    t511[(row0 + ty) * 64i + (col0 + tx) + 16i] = v511_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l464_2: f32 = t464[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v509_2: f32 = acc0_2 + l464_2;
    let l490_2: f32 = t490[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l505_2: f32 = t505[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v507_2: f32 = l490_2 + l505_2;
    let v510_2: f32 = v509_2 + v507_2;
    t510[(row0 + ty) * 64i + (col0 + tx) + 32i] = v510_2;
    let l291_2: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v511_2: f32 = v510_2 * l291_2;
    t511[(row0 + ty) * 64i + (col0 + tx) + 32i] = v511_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l464_3: f32 = t464[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v509_3: f32 = acc0_3 + l464_3;
    let l490_3: f32 = t490[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l505_3: f32 = t505[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v507_3: f32 = l490_3 + l505_3;
    let v510_3: f32 = v509_3 + v507_3;
    t510[(row0 + ty) * 64i + (col0 + tx) + 48i] = v510_3;
    let l291_3: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v511_3: f32 = v510_3 * l291_3;
    t511[(row0 + ty) * 64i + (col0 + tx) + 48i] = v511_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l464_4: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v509_4: f32 = acc1_0 + l464_4;
    let l490_4: f32 = t490[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l505_4: f32 = t505[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v507_4: f32 = l490_4 + l505_4;
    let v510_4: f32 = v509_4 + v507_4;
    t510[(row0 + ty + 16i) * 64i + (col0 + tx)] = v510_4;
    let l291_4: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v511_4: f32 = v510_4 * l291_4;
    t511[(row0 + ty + 16i) * 64i + (col0 + tx)] = v511_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l464_5: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v509_5: f32 = acc1_1 + l464_5;
    let l490_5: f32 = t490[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l505_5: f32 = t505[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v507_5: f32 = l490_5 + l505_5;
    let v510_5: f32 = v509_5 + v507_5;
    t510[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v510_5;
    let l291_5: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v511_5: f32 = v510_5 * l291_5;
    t511[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v511_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l464_6: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v509_6: f32 = acc1_2 + l464_6;
    let l490_6: f32 = t490[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l505_6: f32 = t505[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v507_6: f32 = l490_6 + l505_6;
    let v510_6: f32 = v509_6 + v507_6;
    t510[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v510_6;
    let l291_6: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v511_6: f32 = v510_6 * l291_6;
    t511[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v511_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l464_7: f32 = t464[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v509_7: f32 = acc1_3 + l464_7;
    let l490_7: f32 = t490[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l505_7: f32 = t505[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v507_7: f32 = l490_7 + l505_7;
    let v510_7: f32 = v509_7 + v507_7;
    t510[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v510_7;
    let l291_7: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v511_7: f32 = v510_7 * l291_7;
    t511[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v511_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l464_8: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v509_8: f32 = acc2_0 + l464_8;
    let l490_8: f32 = t490[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l505_8: f32 = t505[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v507_8: f32 = l490_8 + l505_8;
    let v510_8: f32 = v509_8 + v507_8;
    t510[(row0 + ty + 32i) * 64i + (col0 + tx)] = v510_8;
    let l291_8: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v511_8: f32 = v510_8 * l291_8;
    t511[(row0 + ty + 32i) * 64i + (col0 + tx)] = v511_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l464_9: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v509_9: f32 = acc2_1 + l464_9;
    let l490_9: f32 = t490[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l505_9: f32 = t505[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v507_9: f32 = l490_9 + l505_9;
    let v510_9: f32 = v509_9 + v507_9;
    t510[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v510_9;
    let l291_9: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v511_9: f32 = v510_9 * l291_9;
    t511[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v511_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l464_10: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v509_10: f32 = acc2_2 + l464_10;
    let l490_10: f32 = t490[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l505_10: f32 = t505[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v507_10: f32 = l490_10 + l505_10;
    let v510_10: f32 = v509_10 + v507_10;
    t510[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v510_10;
    let l291_10: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v511_10: f32 = v510_10 * l291_10;
    t511[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v511_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l464_11: f32 = t464[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v509_11: f32 = acc2_3 + l464_11;
    let l490_11: f32 = t490[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l505_11: f32 = t505[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v507_11: f32 = l490_11 + l505_11;
    let v510_11: f32 = v509_11 + v507_11;
    t510[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v510_11;
    let l291_11: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v511_11: f32 = v510_11 * l291_11;
    t511[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v511_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l464_12: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v509_12: f32 = acc3_0 + l464_12;
    let l490_12: f32 = t490[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l505_12: f32 = t505[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v507_12: f32 = l490_12 + l505_12;
    let v510_12: f32 = v509_12 + v507_12;
    t510[(row0 + ty + 48i) * 64i + (col0 + tx)] = v510_12;
    let l291_12: f32 = p_layers_1_moe_norm_g[col0 + tx];
    let v511_12: f32 = v510_12 * l291_12;
    t511[(row0 + ty + 48i) * 64i + (col0 + tx)] = v511_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l464_13: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v509_13: f32 = acc3_1 + l464_13;
    let l490_13: f32 = t490[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l505_13: f32 = t505[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v507_13: f32 = l490_13 + l505_13;
    let v510_13: f32 = v509_13 + v507_13;
    t510[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v510_13;
    let l291_13: f32 = p_layers_1_moe_norm_g[col0 + tx + 16i];
    let v511_13: f32 = v510_13 * l291_13;
    t511[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v511_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l464_14: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v509_14: f32 = acc3_2 + l464_14;
    let l490_14: f32 = t490[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l505_14: f32 = t505[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v507_14: f32 = l490_14 + l505_14;
    let v510_14: f32 = v509_14 + v507_14;
    t510[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v510_14;
    let l291_14: f32 = p_layers_1_moe_norm_g[col0 + tx + 32i];
    let v511_14: f32 = v510_14 * l291_14;
    t511[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v511_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l464_15: f32 = t464[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v509_15: f32 = acc3_3 + l464_15;
    let l490_15: f32 = t490[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l505_15: f32 = t505[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v507_15: f32 = l490_15 + l505_15;
    let v510_15: f32 = v509_15 + v507_15;
    t510[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v510_15;
    let l291_15: f32 = p_layers_1_moe_norm_g[col0 + tx + 48i];
    let v511_15: f32 = v510_15 * l291_15;
    t511[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v511_15;
  }
}
