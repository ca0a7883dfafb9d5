// kernel k93_einsum
@group(0) @binding(0) var<storage, read> t480: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(2) var<storage, read> t491: array<f32>;
@group(0) @binding(3) var<storage, read_write> t493: array<f32>;
@group(0) @binding(4) var<storage, read> p_layers_0_mlp_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t494: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k93_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var t: i32 = 0i; t < 11i; t++) {
    let kA: i32 = t * 16i + tx;
    if (row0 + ty < 1024i && kA < 176i) {
      tileA[tx * 64i + ty] = t480[(row0 + ty) * 176i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 16i] = t480[(row0 + ty + 16i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 32i] = t480[(row0 + ty + 32i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 176i) {
      tileA[tx * 64i + ty + 48i] = t480[(row0 + ty + 48i) * 176i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 176i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w3_w[bK + (col0 + bN) * 176i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w3_w[bK + 4i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w3_w[bK + 8i + (col0 + bN) * 176i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 176i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w3_w[bK + 12i + (col0 + bN) * 176i];
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
    let l491: f32 = t491[(row0 + ty) * 64i + (col0 + tx)];
    let v493: f32 = acc0_0 + l491;
    t493[(row0 + ty) * 64i + (col0 + tx)] = v493;
    let l144: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v494: f32 = v493 * l144;
    t494[(row0 + ty) * 64i + (col0 + tx)] = v494;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l491_1: f32 = t491[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v493_1: f32 = acc0_1 + l491_1;
    t493[(row0 + ty) * 64i + (col0 + tx) + 16i] = v493_1;
    let l144_1: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v494_1: f32 = v493_1 * l144_1;
    t494[(row0 + ty) * 64i + (col0 + tx) + 16i] = v494_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l491_2: f32 = t491[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v493_2: f32 = acc0_2 + l491_2;
    t493[(row0 + ty) * 64i + (col0 + tx) + 32i] = v493_2;
    let l144_2: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v494_2: f32 = v493_2 * l144_2;
    t494[(row0 + ty) * 64i + (col0 + tx) + 32i] = v494_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l491_3: f32 = t491[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v493_3: f32 = acc0_3 + l491_3;
    t493[(row0 + ty) * 64i + (col0 + tx) + 48i] = v493_3;
    let l144_3: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v494_3: f32 = v493_3 * l144_3;
    t494[(row0 + ty) * 64i + (col0 + tx) + 48i] = v494_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l491_4: f32 = t491[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v493_4: f32 = acc1_0 + l491_4;
    t493[(row0 + ty + 16i) * 64i + (col0 + tx)] = v493_4;
    let l144_4: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v494_4: f32 = v493_4 * l144_4;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx)] = v494_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l491_5: f32 = t491[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v493_5: f32 = acc1_1 + l491_5;
    t493[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v493_5;
    let l144_5: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v494_5: f32 = v493_5 * l144_5;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v494_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l491_6: f32 = t491[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v493_6: f32 = acc1_2 + l491_6;
    t493[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v493_6;
    let l144_6: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v494_6: f32 = v493_6 * l144_6;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v494_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l491_7: f32 = t491[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v493_7: f32 = acc1_3 + l491_7;
    t493[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v493_7;
    let l144_7: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v494_7: f32 = v493_7 * l144_7;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v494_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l491_8: f32 = t491[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v493_8: f32 = acc2_0 + l491_8;
    t493[(row0 + ty + 32i) * 64i + (col0 + tx)] = v493_8;
    let l144_8: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v494_8: f32 = v493_8 * l144_8;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx)] = v494_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l491_9: f32 = t491[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v493_9: f32 = acc2_1 + l491_9;
    t493[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v493_9;
    let l144_9: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v494_9: f32 = v493_9 * l144_9;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v494_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l491_10: f32 = t491[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v493_10: f32 = acc2_2 + l491_10;
    t493[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v493_10;
    let l144_10: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v494_10: f32 = v493_10 * l144_10;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v494_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l491_11: f32 = t491[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v493_11: f32 = acc2_3 + l491_11;
    t493[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v493_11;
    let l144_11: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v494_11: f32 = v493_11 * l144_11;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v494_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l491_12: f32 = t491[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v493_12: f32 = acc3_0 + l491_12;
    t493[(row0 + ty + 48i) * 64i + (col0 + tx)] = v493_12;
    let l144_12: f32 = p_layers_0_mlp_norm_g[col0 + tx];
    let v494_12: f32 = v493_12 * l144_12;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx)] = v494_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l491_13: f32 = t491[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v493_13: f32 = acc3_1 + l491_13;
    t493[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v493_13;
    let l144_13: f32 = p_layers_0_mlp_norm_g[col0 + tx + 16i];
    let v494_13: f32 = v493_13 * l144_13;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v494_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l491_14: f32 = t491[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v493_14: f32 = acc3_2 + l491_14;
    t493[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v493_14;
    let l144_14: f32 = p_layers_0_mlp_norm_g[col0 + tx + 32i];
    let v494_14: f32 = v493_14 * l144_14;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v494_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l491_15: f32 = t491[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v493_15: f32 = acc3_3 + l491_15;
    t493[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v493_15;
    let l144_15: f32 = p_layers_0_mlp_norm_g[col0 + tx + 48i];
    let v494_15: f32 = v493_15 * l144_15;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v494_15;
  }
}
