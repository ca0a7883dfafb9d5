// kernel k15_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t124: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read> t132: array<f32>;
@group(0) @binding(3) var<storage, read_write> t133: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k15_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row0 + ty < 64i && kA < 64i) {
      tileA[tx * 64i + ty] = t124[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t124[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t124[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t124[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w1_w[bK * 176i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 4i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 8i) * 176i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w1_w[(bK + 12i) * 176i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 176i) {
    let v126: f32 = -acc0_0;
    let v127: f32 = exp(v126);
    let v129: f32 = 1.0f + v127;
    let v130: f32 = 1.0f / v129;
    let v131: f32 = acc0_0 * v130;
    let l132: f32 = t132[(row0 + ty) * 176i + (col0 + tx)];
    let v133: f32 = v131 * l132;
    t133[(row0 + ty) * 176i + (col0 + tx)] = v133;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 176i) {
    let v126_1: f32 = -acc0_1;
    let v127_1: f32 = exp(v126_1);
    let v129_1: f32 = 1.0f + v127_1;
    let v130_1: f32 = 1.0f / v129_1;
    let v131_1: f32 = acc0_1 * v130_1;
    let l132_1: f32 = t132[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v133_1: f32 = v131_1 * l132_1;
    t133[(row0 + ty) * 176i + (col0 + tx) + 16i] = v133_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 176i) {
    let v126_2: f32 = -acc0_2;
    let v127_2: f32 = exp(v126_2);
    let v129_2: f32 = 1.0f + v127_2;
    let v130_2: f32 = 1.0f / v129_2;
    let v131_2: f32 = acc0_2 * v130_2;
    let l132_2: f32 = t132[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v133_2: f32 = v131_2 * l132_2;
    t133[(row0 + ty) * 176i + (col0 + tx) + 32i] = v133_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 176i) {
    let v126_3: f32 = -acc0_3;
    let v127_3: f32 = exp(v126_3);
    let v129_3: f32 = 1.0f + v127_3;
    let v130_3: f32 = 1.0f / v129_3;
    let v131_3: f32 = acc0_3 * v130_3;
    let l132_3: f32 = t132[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v133_3: f32 = v131_3 * l132_3;
    t133[(row0 + ty) * 176i + (col0 + tx) + 48i] = v133_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 176i) {
    let v126_4: f32 = -acc1_0;
    let v127_4: f32 = exp(v126_4);
    let v129_4: f32 = 1.0f + v127_4;
    let v130_4: f32 = 1.0f / v129_4;
    let v131_4: f32 = acc1_0 * v130_4;
    let l132_4: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v133_4: f32 = v131_4 * l132_4;
    t133[(row0 + ty + 16i) * 176i + (col0 + tx)] = v133_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 176i) {
    let v126_5: f32 = -acc1_1;
    let v127_5: f32 = exp(v126_5);
    let v129_5: f32 = 1.0f + v127_5;
    let v130_5: f32 = 1.0f / v129_5;
    let v131_5: f32 = acc1_1 * v130_5;
    let l132_5: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v133_5: f32 = v131_5 * l132_5;
    t133[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v133_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 176i) {
    let v126_6: f32 = -acc1_2;
    let v127_6: f32 = exp(v126_6);
    let v129_6: f32 = 1.0f + v127_6;
    let v130_6: f32 = 1.0f / v129_6;
    let v131_6: f32 = acc1_2 * v130_6;
    let l132_6: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v133_6: f32 = v131_6 * l132_6;
    t133[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v133_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 176i) {
    let v126_7: f32 = -acc1_3;
    let v127_7: f32 = exp(v126_7);
    let v129_7: f32 = 1.0f + v127_7;
    let v130_7: f32 = 1.0f / v129_7;
    let v131_7: f32 = acc1_3 * v130_7;
    let l132_7: f32 = t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v133_7: f32 = v131_7 * l132_7;
    t133[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v133_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 176i) {
    let v126_8: f32 = -acc2_0;
    let v127_8: f32 = exp(v126_8);
    let v129_8: f32 = 1.0f + v127_8;
    let v130_8: f32 = 1.0f / v129_8;
    let v131_8: f32 = acc2_0 * v130_8;
    let l132_8: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v133_8: f32 = v131_8 * l132_8;
    t133[(row0 + ty + 32i) * 176i + (col0 + tx)] = v133_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 176i) {
    let v126_9: f32 = -acc2_1;
    let v127_9: f32 = exp(v126_9);
    let v129_9: f32 = 1.0f + v127_9;
    let v130_9: f32 = 1.0f / v129_9;
    let v131_9: f32 = acc2_1 * v130_9;
    let l132_9: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v133_9: f32 = v131_9 * l132_9;
    t133[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v133_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 176i) {
    let v126_10: f32 = -acc2_2;
    let v127_10: f32 = exp(v126_10);
    let v129_10: f32 = 1.0f + v127_10;
    let v130_10: f32 = 1.0f / v129_10;
    let v131_10: f32 = acc2_2 * v130_10;
    let l132_10: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v133_10: f32 = v131_10 * l132_10;
    t133[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v133_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 176i) {
    let v126_11: f32 = -acc2_3;
    let v127_11: f32 = exp(v126_11);
    let v129_11: f32 = 1.0f + v127_11;
    let v130_11: f32 = 1.0f / v129_11;
    let v131_11: f32 = acc2_3 * v130_11;
    let l132_11: f32 = t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v133_11: f32 = v131_11 * l132_11;
    t133[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v133_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 176i) {
    let v126_12: f32 = -acc3_0;
    let v127_12: f32 = exp(v126_12);
    let v129_12: f32 = 1.0f + v127_12;
    let v130_12: f32 = 1.0f / v129_12;
    let v131_12: f32 = acc3_0 * v130_12;
    let l132_12: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v133_12: f32 = v131_12 * l132_12;
    t133[(row0 + ty + 48i) * 176i + (col0 + tx)] = v133_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 176i) {
    let v126_13: f32 = -acc3_1;
    let v127_13: f32 = exp(v126_13);
    let v129_13: f32 = 1.0f + v127_13;
    let v130_13: f32 = 1.0f / v129_13;
    let v131_13: f32 = acc3_1 * v130_13;
    let l132_13: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v133_13: f32 = v131_13 * l132_13;
    t133[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v133_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 176i) {
    let v126_14: f32 = -acc3_2;
    let v127_14: f32 = exp(v126_14);
    let v129_14: f32 = 1.0f + v127_14;
    let v130_14: f32 = 1.0f / v129_14;
    let v131_14: f32 = acc3_2 * v130_14;
    let l132_14: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v133_14: f32 = v131_14 * l132_14;
    t133[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v133_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 176i) {
    let v126_15: f32 = -acc3_3;
    let v127_15: f32 = exp(v126_15);
    let v129_15: f32 = 1.0f + v127_15;
    let v130_15: f32 = 1.0f / v129_15;
    let v131_15: f32 = acc3_3 * v130_15;
    let l132_15: f32 = t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v133_15: f32 = v131_15 * l132_15;
    t133[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v133_15;
  }
}
