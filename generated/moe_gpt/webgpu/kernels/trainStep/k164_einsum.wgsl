// kernel k164_einsum
@group(0) @binding(0) var<storage, read> t689: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_moe_shared_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t698: array<f32>;
@group(0) @binding(3) var<storage, read> t723: array<f32>;
@group(0) @binding(4) var<storage, read> t737: array<f32>;
@group(0) @binding(5) var<storage, read_write> t742: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_moe_norm_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t743: array<f32>;
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
      tileA[tx * 64i + ty] = t689[(row0 + ty) * 32i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 16i] = t689[(row0 + ty + 16i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 32i] = t689[(row0 + ty + 32i) * 32i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 32i) {
      tileA[tx * 64i + ty + 48i] = t689[(row0 + ty + 48i) * 32i + kA];
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
    let l698: f32 = t698[(row0 + ty) * 64i + (col0 + tx)];
    let v741: f32 = acc0_0 + l698;
    let l723: f32 = t723[(row0 + ty) * 64i + (col0 + tx)];
    let l737: f32 = t737[(row0 + ty) * 64i + (col0 + tx)];
    let v739: f32 = l723 + l737;
    let v742: f32 = v741 + v739;
    t742[(row0 + ty) * 64i + (col0 + tx)] = v742;
    let l115: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v743: f32 = v742 * l115;
    t743[(row0 + ty) * 64i + (col0 + tx)] = v743;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l698_1: f32 = t698[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v741_1: f32 = acc0_1 + l698_1;
    let l723_1: f32 = t723[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l737_1: f32 = t737[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v739_1: f32 = l723_1 + l737_1;
    let v742_1: f32 = v741_1 + v739_1;
    t742[(row0 + ty) * 64i + (col0 + tx) + 16i] = v742_1;
    let l115_1: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v743_1: f32 = v742_1 * l115_1;
    t743[(row0 + ty) * 64i + (col0 + tx) + 16i] = v743_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l698_2: f32 = t698[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v741_2: f32 = acc0_2 + l698_2;
    let l723_2: f32 = t723[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l737_2: f32 = t737[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v739_2: f32 = l723_2 + l737_2;
    let v742_2: f32 = v741_2 + v739_2;
    t742[(row0 + ty) * 64i + (col0 + tx) + 32i] = v742_2;
    let l115_2: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v743_2: f32 = v742_2 * l115_2;
    t743[(row0 + ty) * 64i + (col0 + tx) + 32i] = v743_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l698_3: f32 = t698[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v741_3: f32 = acc0_3 + l698_3;
    let l723_3: f32 = t723[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l737_3: f32 = t737[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v739_3: f32 = l723_3 + l737_3;
    let v742_3: f32 = v741_3 + v739_3;
    t742[(row0 + ty) * 64i + (col0 + tx) + 48i] = v742_3;
    let l115_3: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v743_3: f32 = v742_3 * l115_3;
    t743[(row0 + ty) * 64i + (col0 + tx) + 48i] = v743_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l698_4: f32 = t698[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v741_4: f32 = acc1_0 + l698_4;
    let l723_4: f32 = t723[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l737_4: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v739_4: f32 = l723_4 + l737_4;
    let v742_4: f32 = v741_4 + v739_4;
    t742[(row0 + ty + 16i) * 64i + (col0 + tx)] = v742_4;
    let l115_4: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v743_4: f32 = v742_4 * l115_4;
    t743[(row0 + ty + 16i) * 64i + (col0 + tx)] = v743_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l698_5: f32 = t698[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v741_5: f32 = acc1_1 + l698_5;
    let l723_5: f32 = t723[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l737_5: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v739_5: f32 = l723_5 + l737_5;
    let v742_5: f32 = v741_5 + v739_5;
    t742[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v742_5;
    let l115_5: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v743_5: f32 = v742_5 * l115_5;
    t743[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v743_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l698_6: f32 = t698[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v741_6: f32 = acc1_2 + l698_6;
    let l723_6: f32 = t723[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l737_6: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v739_6: f32 = l723_6 + l737_6;
    let v742_6: f32 = v741_6 + v739_6;
    t742[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v742_6;
    let l115_6: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v743_6: f32 = v742_6 * l115_6;
    t743[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v743_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l698_7: f32 = t698[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v741_7: f32 = acc1_3 + l698_7;
    let l723_7: f32 = t723[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l737_7: f32 = t737[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v739_7: f32 = l723_7 + l737_7;
    let v742_7: f32 = v741_7 + v739_7;
    t742[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v742_7;
    let l115_7: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v743_7: f32 = v742_7 * l115_7;
    t743[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v743_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l698_8: f32 = t698[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v741_8: f32 = acc2_0 + l698_8;
    let l723_8: f32 = t723[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l737_8: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v739_8: f32 = l723_8 + l737_8;
    let v742_8: f32 = v741_8 + v739_8;
    t742[(row0 + ty + 32i) * 64i + (col0 + tx)] = v742_8;
    let l115_8: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v743_8: f32 = v742_8 * l115_8;
    t743[(row0 + ty + 32i) * 64i + (col0 + tx)] = v743_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l698_9: f32 = t698[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v741_9: f32 = acc2_1 + l698_9;
    let l723_9: f32 = t723[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l737_9: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v739_9: f32 = l723_9 + l737_9;
    let v742_9: f32 = v741_9 + v739_9;
    t742[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v742_9;
    let l115_9: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v743_9: f32 = v742_9 * l115_9;
    t743[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v743_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l698_10: f32 = t698[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v741_10: f32 = acc2_2 + l698_10;
    let l723_10: f32 = t723[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l737_10: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v739_10: f32 = l723_10 + l737_10;
    let v742_10: f32 = v741_10 + v739_10;
    t742[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v742_10;
    let l115_10: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v743_10: f32 = v742_10 * l115_10;
    t743[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v743_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l698_11: f32 = t698[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v741_11: f32 = acc2_3 + l698_11;
    let l723_11: f32 = t723[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l737_11: f32 = t737[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v739_11: f32 = l723_11 + l737_11;
    let v742_11: f32 = v741_11 + v739_11;
    t742[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v742_11;
    let l115_11: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v743_11: f32 = v742_11 * l115_11;
    t743[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v743_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l698_12: f32 = t698[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v741_12: f32 = acc3_0 + l698_12;
    let l723_12: f32 = t723[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l737_12: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v739_12: f32 = l723_12 + l737_12;
    let v742_12: f32 = v741_12 + v739_12;
    t742[(row0 + ty + 48i) * 64i + (col0 + tx)] = v742_12;
    let l115_12: f32 = p_layers_0_moe_norm_g[col0 + tx];
    let v743_12: f32 = v742_12 * l115_12;
    t743[(row0 + ty + 48i) * 64i + (col0 + tx)] = v743_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l698_13: f32 = t698[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v741_13: f32 = acc3_1 + l698_13;
    let l723_13: f32 = t723[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l737_13: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v739_13: f32 = l723_13 + l737_13;
    let v742_13: f32 = v741_13 + v739_13;
    t742[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v742_13;
    let l115_13: f32 = p_layers_0_moe_norm_g[col0 + tx + 16i];
    let v743_13: f32 = v742_13 * l115_13;
    t743[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v743_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l698_14: f32 = t698[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v741_14: f32 = acc3_2 + l698_14;
    let l723_14: f32 = t723[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l737_14: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v739_14: f32 = l723_14 + l737_14;
    let v742_14: f32 = v741_14 + v739_14;
    t742[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v742_14;
    let l115_14: f32 = p_layers_0_moe_norm_g[col0 + tx + 32i];
    let v743_14: f32 = v742_14 * l115_14;
    t743[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v743_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l698_15: f32 = t698[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v741_15: f32 = acc3_3 + l698_15;
    let l723_15: f32 = t723[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l737_15: f32 = t737[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v739_15: f32 = l723_15 + l737_15;
    let v742_15: f32 = v741_15 + v739_15;
    t742[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v742_15;
    let l115_15: f32 = p_layers_0_moe_norm_g[col0 + tx + 48i];
    let v743_15: f32 = v742_15 * l115_15;
    t743[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v743_15;
  }
}
