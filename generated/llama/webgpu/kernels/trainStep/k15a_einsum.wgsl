// kernel k15a_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t125: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t126: array<f32>;
@group(0) @binding(3) var<storage, read_write> t128: array<f32>;
@group(0) @binding(4) var<storage, read_write> t130: array<f32>;
@group(0) @binding(5) var<storage, read_write> t131: array<f32>;
@group(0) @binding(6) var<storage, read_write> t132: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k15a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t125[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t125[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t125[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t125[(row0 + ty + 48i) * 64i + kA];
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
  if (row0 + ty < 1024i && col0 + tx < 176i) {
    t126[(row0 + ty) * 176i + (col0 + tx)] = acc0_0;
    let v127: f32 = -acc0_0;
    let v128: f32 = exp(v127);
    t128[(row0 + ty) * 176i + (col0 + tx)] = v128;
    let v130: f32 = 1.0f + v128;
    t130[(row0 + ty) * 176i + (col0 + tx)] = v130;
    let v131: f32 = 1.0f / v130;
    t131[(row0 + ty) * 176i + (col0 + tx)] = v131;
    let v132: f32 = acc0_0 * v131;
    t132[(row0 + ty) * 176i + (col0 + tx)] = v132;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    t126[(row0 + ty) * 176i + (col0 + tx) + 16i] = acc0_1;
    let v127_1: f32 = -acc0_1;
    let v128_1: f32 = exp(v127_1);
    t128[(row0 + ty) * 176i + (col0 + tx) + 16i] = v128_1;
    let v130_1: f32 = 1.0f + v128_1;
    t130[(row0 + ty) * 176i + (col0 + tx) + 16i] = v130_1;
    let v131_1: f32 = 1.0f / v130_1;
    t131[(row0 + ty) * 176i + (col0 + tx) + 16i] = v131_1;
    let v132_1: f32 = acc0_1 * v131_1;
    t132[(row0 + ty) * 176i + (col0 + tx) + 16i] = v132_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    t126[(row0 + ty) * 176i + (col0 + tx) + 32i] = acc0_2;
    let v127_2: f32 = -acc0_2;
    let v128_2: f32 = exp(v127_2);
    t128[(row0 + ty) * 176i + (col0 + tx) + 32i] = v128_2;
    let v130_2: f32 = 1.0f + v128_2;
    t130[(row0 + ty) * 176i + (col0 + tx) + 32i] = v130_2;
    let v131_2: f32 = 1.0f / v130_2;
    t131[(row0 + ty) * 176i + (col0 + tx) + 32i] = v131_2;
    let v132_2: f32 = acc0_2 * v131_2;
    t132[(row0 + ty) * 176i + (col0 + tx) + 32i] = v132_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    t126[(row0 + ty) * 176i + (col0 + tx) + 48i] = acc0_3;
    let v127_3: f32 = -acc0_3;
    let v128_3: f32 = exp(v127_3);
    t128[(row0 + ty) * 176i + (col0 + tx) + 48i] = v128_3;
    let v130_3: f32 = 1.0f + v128_3;
    t130[(row0 + ty) * 176i + (col0 + tx) + 48i] = v130_3;
    let v131_3: f32 = 1.0f / v130_3;
    t131[(row0 + ty) * 176i + (col0 + tx) + 48i] = v131_3;
    let v132_3: f32 = acc0_3 * v131_3;
    t132[(row0 + ty) * 176i + (col0 + tx) + 48i] = v132_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    t126[(row0 + ty + 16i) * 176i + (col0 + tx)] = acc1_0;
    let v127_4: f32 = -acc1_0;
    let v128_4: f32 = exp(v127_4);
    t128[(row0 + ty + 16i) * 176i + (col0 + tx)] = v128_4;
    let v130_4: f32 = 1.0f + v128_4;
    t130[(row0 + ty + 16i) * 176i + (col0 + tx)] = v130_4;
    let v131_4: f32 = 1.0f / v130_4;
    t131[(row0 + ty + 16i) * 176i + (col0 + tx)] = v131_4;
    let v132_4: f32 = acc1_0 * v131_4;
    t132[(row0 + ty + 16i) * 176i + (col0 + tx)] = v132_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    t126[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = acc1_1;
    let v127_5: f32 = -acc1_1;
    let v128_5: f32 = exp(v127_5);
    t128[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v128_5;
    let v130_5: f32 = 1.0f + v128_5;
    t130[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v130_5;
    let v131_5: f32 = 1.0f / v130_5;
    t131[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v131_5;
    let v132_5: f32 = acc1_1 * v131_5;
    t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v132_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    t126[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = acc1_2;
    let v127_6: f32 = -acc1_2;
    let v128_6: f32 = exp(v127_6);
    t128[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v128_6;
    let v130_6: f32 = 1.0f + v128_6;
    t130[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v130_6;
    let v131_6: f32 = 1.0f / v130_6;
    t131[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v131_6;
    let v132_6: f32 = acc1_2 * v131_6;
    t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v132_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    t126[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = acc1_3;
    let v127_7: f32 = -acc1_3;
    let v128_7: f32 = exp(v127_7);
    t128[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v128_7;
    let v130_7: f32 = 1.0f + v128_7;
    t130[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v130_7;
    let v131_7: f32 = 1.0f / v130_7;
    t131[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v131_7;
    let v132_7: f32 = acc1_3 * v131_7;
    t132[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v132_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    t126[(row0 + ty + 32i) * 176i + (col0 + tx)] = acc2_0;
    let v127_8: f32 = -acc2_0;
    let v128_8: f32 = exp(v127_8);
    t128[(row0 + ty + 32i) * 176i + (col0 + tx)] = v128_8;
    let v130_8: f32 = 1.0f + v128_8;
    t130[(row0 + ty + 32i) * 176i + (col0 + tx)] = v130_8;
    let v131_8: f32 = 1.0f / v130_8;
    t131[(row0 + ty + 32i) * 176i + (col0 + tx)] = v131_8;
    let v132_8: f32 = acc2_0 * v131_8;
    t132[(row0 + ty + 32i) * 176i + (col0 + tx)] = v132_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    t126[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = acc2_1;
    let v127_9: f32 = -acc2_1;
    let v128_9: f32 = exp(v127_9);
    t128[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v128_9;
    let v130_9: f32 = 1.0f + v128_9;
    t130[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v130_9;
    let v131_9: f32 = 1.0f / v130_9;
    t131[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v131_9;
    let v132_9: f32 = acc2_1 * v131_9;
    t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v132_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    t126[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = acc2_2;
    let v127_10: f32 = -acc2_2;
    let v128_10: f32 = exp(v127_10);
    t128[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v128_10;
    let v130_10: f32 = 1.0f + v128_10;
    t130[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v130_10;
    let v131_10: f32 = 1.0f / v130_10;
    t131[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v131_10;
    let v132_10: f32 = acc2_2 * v131_10;
    t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v132_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    t126[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = acc2_3;
    let v127_11: f32 = -acc2_3;
    let v128_11: f32 = exp(v127_11);
    t128[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v128_11;
    let v130_11: f32 = 1.0f + v128_11;
    t130[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v130_11;
    let v131_11: f32 = 1.0f / v130_11;
    t131[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v131_11;
    let v132_11: f32 = acc2_3 * v131_11;
    t132[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v132_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    t126[(row0 + ty + 48i) * 176i + (col0 + tx)] = acc3_0;
    let v127_12: f32 = -acc3_0;
    let v128_12: f32 = exp(v127_12);
    t128[(row0 + ty + 48i) * 176i + (col0 + tx)] = v128_12;
    let v130_12: f32 = 1.0f + v128_12;
    t130[(row0 + ty + 48i) * 176i + (col0 + tx)] = v130_12;
    let v131_12: f32 = 1.0f / v130_12;
    t131[(row0 + ty + 48i) * 176i + (col0 + tx)] = v131_12;
    let v132_12: f32 = acc3_0 * v131_12;
    t132[(row0 + ty + 48i) * 176i + (col0 + tx)] = v132_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    t126[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = acc3_1;
    let v127_13: f32 = -acc3_1;
    let v128_13: f32 = exp(v127_13);
    t128[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v128_13;
    let v130_13: f32 = 1.0f + v128_13;
    t130[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v130_13;
    let v131_13: f32 = 1.0f / v130_13;
    t131[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v131_13;
    let v132_13: f32 = acc3_1 * v131_13;
    t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v132_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    t126[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = acc3_2;
    let v127_14: f32 = -acc3_2;
    let v128_14: f32 = exp(v127_14);
    t128[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v128_14;
    let v130_14: f32 = 1.0f + v128_14;
    t130[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v130_14;
    let v131_14: f32 = 1.0f / v130_14;
    t131[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v131_14;
    let v132_14: f32 = acc3_2 * v131_14;
    t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v132_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    t126[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = acc3_3;
    let v127_15: f32 = -acc3_3;
    let v128_15: f32 = exp(v127_15);
    t128[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v128_15;
    let v130_15: f32 = 1.0f + v128_15;
    t130[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v130_15;
    let v131_15: f32 = 1.0f / v130_15;
    t131[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v131_15;
    let v132_15: f32 = acc3_3 * v131_15;
    t132[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v132_15;
  }
}
