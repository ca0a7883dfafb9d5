// kernel k164_einsum
@group(0) @binding(0) var<storage, read> t709: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t718: array<f32>;
@group(0) @binding(3) var<storage, read> t743: array<f32>;
@group(0) @binding(4) var<storage, read> t757: array<f32>;
@group(0) @binding(5) var<storage, read_write> t762: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t763: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k164_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t709[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t709[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t709[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t709[(row0 + ty + 48i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 32i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_moe_shared_mlp_w3_w[bK + (col0 + bN) * 32i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_moe_shared_mlp_w3_w[bK + 4i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_moe_shared_mlp_w3_w[bK + 8i + (col0 + bN) * 32i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 32i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_moe_shared_mlp_w3_w[bK + 12i + (col0 + bN) * 32i];
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
    let l718: f32 = t718[(row0 + ty) * 64i + (col0 + tx)];
    let v761: f32 = acc0_0 + l718;
    let l743: f32 = t743[(row0 + ty) * 64i + (col0 + tx)];
    let l757: f32 = t757[(row0 + ty) * 64i + (col0 + tx)];
    let v759: f32 = l743 + l757;
    let v762: f32 = v761 + v759;
    t762[(row0 + ty) * 64i + (col0 + tx)] = v762;
    let l115: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v763: f32 = v762 * l115;
    t763[(row0 + ty) * 64i + (col0 + tx)] = v763;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l718_1: f32 = t718[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v761_1: f32 = acc0_1 + l718_1;
    let l743_1: f32 = t743[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l757_1: f32 = t757[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v759_1: f32 = l743_1 + l757_1;
    let v762_1: f32 = v761_1 + v759_1;
    t762[(row0 + ty) * 64i + (col0 + tx) + 16i] = v762_1;
    let l115_1: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v763_1: f32 = v762_1 * l115_1;
    t763[(row0 + ty) * 64i + (col0 + tx) + 16i] = v763_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l718_2: f32 = t718[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v761_2: f32 = acc0_2 + l718_2;
    let l743_2: f32 = t743[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l757_2: f32 = t757[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v759_2: f32 = l743_2 + l757_2;
    let v762_2: f32 = v761_2 + v759_2;
    t762[(row0 + ty) * 64i + (col0 + tx) + 32i] = v762_2;
    let l115_2: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v763_2: f32 = v762_2 * l115_2;
    t763[(row0 + ty) * 64i + (col0 + tx) + 32i] = v763_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l718_3: f32 = t718[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v761_3: f32 = acc0_3 + l718_3;
    let l743_3: f32 = t743[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l757_3: f32 = t757[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v759_3: f32 = l743_3 + l757_3;
    let v762_3: f32 = v761_3 + v759_3;
    t762[(row0 + ty) * 64i + (col0 + tx) + 48i] = v762_3;
    let l115_3: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v763_3: f32 = v762_3 * l115_3;
    t763[(row0 + ty) * 64i + (col0 + tx) + 48i] = v763_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l718_4: f32 = t718[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v761_4: f32 = acc1_0 + l718_4;
    let l743_4: f32 = t743[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l757_4: f32 = t757[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v759_4: f32 = l743_4 + l757_4;
    let v762_4: f32 = v761_4 + v759_4;
    t762[(row0 + ty + 16i) * 64i + (col0 + tx)] = v762_4;
    let l115_4: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v763_4: f32 = v762_4 * l115_4;
    t763[(row0 + ty + 16i) * 64i + (col0 + tx)] = v763_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l718_5: f32 = t718[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v761_5: f32 = acc1_1 + l718_5;
    let l743_5: f32 = t743[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l757_5: f32 = t757[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v759_5: f32 = l743_5 + l757_5;
    let v762_5: f32 = v761_5 + v759_5;
    t762[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v762_5;
    let l115_5: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v763_5: f32 = v762_5 * l115_5;
    t763[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v763_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l718_6: f32 = t718[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v761_6: f32 = acc1_2 + l718_6;
    let l743_6: f32 = t743[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l757_6: f32 = t757[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v759_6: f32 = l743_6 + l757_6;
    let v762_6: f32 = v761_6 + v759_6;
    t762[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v762_6;
    let l115_6: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v763_6: f32 = v762_6 * l115_6;
    t763[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v763_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l718_7: f32 = t718[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v761_7: f32 = acc1_3 + l718_7;
    let l743_7: f32 = t743[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l757_7: f32 = t757[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v759_7: f32 = l743_7 + l757_7;
    let v762_7: f32 = v761_7 + v759_7;
    t762[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v762_7;
    let l115_7: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v763_7: f32 = v762_7 * l115_7;
    t763[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v763_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l718_8: f32 = t718[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v761_8: f32 = acc2_0 + l718_8;
    let l743_8: f32 = t743[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l757_8: f32 = t757[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v759_8: f32 = l743_8 + l757_8;
    let v762_8: f32 = v761_8 + v759_8;
    t762[(row0 + ty + 32i) * 64i + (col0 + tx)] = v762_8;
    let l115_8: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v763_8: f32 = v762_8 * l115_8;
    t763[(row0 + ty + 32i) * 64i + (col0 + tx)] = v763_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l718_9: f32 = t718[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v761_9: f32 = acc2_1 + l718_9;
    let l743_9: f32 = t743[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l757_9: f32 = t757[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v759_9: f32 = l743_9 + l757_9;
    let v762_9: f32 = v761_9 + v759_9;
    t762[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v762_9;
    let l115_9: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v763_9: f32 = v762_9 * l115_9;
    t763[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v763_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l718_10: f32 = t718[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v761_10: f32 = acc2_2 + l718_10;
    let l743_10: f32 = t743[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l757_10: f32 = t757[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v759_10: f32 = l743_10 + l757_10;
    let v762_10: f32 = v761_10 + v759_10;
    t762[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v762_10;
    let l115_10: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v763_10: f32 = v762_10 * l115_10;
    t763[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v763_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l718_11: f32 = t718[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v761_11: f32 = acc2_3 + l718_11;
    let l743_11: f32 = t743[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l757_11: f32 = t757[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v759_11: f32 = l743_11 + l757_11;
    let v762_11: f32 = v761_11 + v759_11;
    t762[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v762_11;
    let l115_11: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v763_11: f32 = v762_11 * l115_11;
    t763[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v763_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l718_12: f32 = t718[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v761_12: f32 = acc3_0 + l718_12;
    let l743_12: f32 = t743[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l757_12: f32 = t757[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v759_12: f32 = l743_12 + l757_12;
    let v762_12: f32 = v761_12 + v759_12;
    t762[(row0 + ty + 48i) * 64i + (col0 + tx)] = v762_12;
    let l115_12: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v763_12: f32 = v762_12 * l115_12;
    t763[(row0 + ty + 48i) * 64i + (col0 + tx)] = v763_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l718_13: f32 = t718[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v761_13: f32 = acc3_1 + l718_13;
    let l743_13: f32 = t743[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l757_13: f32 = t757[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v759_13: f32 = l743_13 + l757_13;
    let v762_13: f32 = v761_13 + v759_13;
    t762[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v762_13;
    let l115_13: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v763_13: f32 = v762_13 * l115_13;
    t763[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v763_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l718_14: f32 = t718[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v761_14: f32 = acc3_2 + l718_14;
    let l743_14: f32 = t743[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l757_14: f32 = t757[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v759_14: f32 = l743_14 + l757_14;
    let v762_14: f32 = v761_14 + v759_14;
    t762[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v762_14;
    let l115_14: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v763_14: f32 = v762_14 * l115_14;
    t763[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v763_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l718_15: f32 = t718[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v761_15: f32 = acc3_3 + l718_15;
    let l743_15: f32 = t743[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l757_15: f32 = t757[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v759_15: f32 = l743_15 + l757_15;
    let v762_15: f32 = v761_15 + v759_15;
    t762[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v762_15;
    let l115_15: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v763_15: f32 = v762_15 * l115_15;
    t763[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v763_15;
  }
}
