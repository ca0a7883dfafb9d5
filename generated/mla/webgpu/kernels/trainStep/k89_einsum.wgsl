// kernel k89_einsum
@group(0) @binding(0) var<storage, read> t468: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t148: array<f32>;
@group(0) @binding(3) var<storage, read_write> t472: array<f32>;
@group(0) @binding(4) var<storage, read> t149: array<f32>;
@group(0) @binding(5) var<storage, read> t147: array<f32>;
@group(0) @binding(6) var<storage, read> t146: array<f32>;
@group(0) @binding(7) var<storage, read_write> t480: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k89_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t468[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t468[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t468[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t468[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 176i) {
      tileB[bRow * 64i + bN] = p_layers_0_mlp_w2_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 176i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mlp_w2_w[bK + 12i + (col0 + bN) * 64i];
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
    let l148: f32 = t148[(row0 + ty) * 176i + (col0 + tx)];
    let v472: f32 = acc0_0 * l148;
    t472[(row0 + ty) * 176i + (col0 + tx)] = v472;
    let l149: f32 = t149[(row0 + ty) * 176i + (col0 + tx)];
    let v471: f32 = acc0_0 * l149;
    let l147: f32 = t147[(row0 + ty) * 176i + (col0 + tx)];
    let v475: f32 = v471 * l147;
    let l146: f32 = t146[(row0 + ty) * 176i + (col0 + tx)];
    let v476: f32 = v471 * l146;
    let v477: f32 = 1.0f - l147;
    let v478: f32 = l147 * v477;
    let v479: f32 = v476 * v478;
    let v480: f32 = v475 + v479;
    t480[(row0 + ty) * 176i + (col0 + tx)] = v480;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l148_1: f32 = t148[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v472_1: f32 = acc0_1 * l148_1;
    t472[(row0 + ty) * 176i + (col0 + tx) + 16i] = v472_1;
    let l149_1: f32 = t149[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v471_1: f32 = acc0_1 * l149_1;
    let l147_1: f32 = t147[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v475_1: f32 = v471_1 * l147_1;
    let l146_1: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v476_1: f32 = v471_1 * l146_1;
    let v477_1: f32 = 1.0f - l147_1;
    let v478_1: f32 = l147_1 * v477_1;
    let v479_1: f32 = v476_1 * v478_1;
    let v480_1: f32 = v475_1 + v479_1;
    t480[(row0 + ty) * 176i + (col0 + tx) + 16i] = v480_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l148_2: f32 = t148[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v472_2: f32 = acc0_2 * l148_2;
    t472[(row0 + ty) * 176i + (col0 + tx) + 32i] = v472_2;
    let l149_2: f32 = t149[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v471_2: f32 = acc0_2 * l149_2;
    let l147_2: f32 = t147[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v475_2: f32 = v471_2 * l147_2;
    let l146_2: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v476_2: f32 = v471_2 * l146_2;
    let v477_2: f32 = 1.0f - l147_2;
    let v478_2: f32 = l147_2 * v477_2;
    let v479_2: f32 = v476_2 * v478_2;
    let v480_2: f32 = v475_2 + v479_2;
    t480[(row0 + ty) * 176i + (col0 + tx) + 32i] = v480_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l148_3: f32 = t148[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v472_3: f32 = acc0_3 * l148_3;
    t472[(row0 + ty) * 176i + (col0 + tx) + 48i] = v472_3;
    let l149_3: f32 = t149[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v471_3: f32 = acc0_3 * l149_3;
    let l147_3: f32 = t147[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v475_3: f32 = v471_3 * l147_3;
    let l146_3: f32 = t146[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v476_3: f32 = v471_3 * l146_3;
    let v477_3: f32 = 1.0f - l147_3;
    let v478_3: f32 = l147_3 * v477_3;
    let v479_3: f32 = v476_3 * v478_3;
    let v480_3: f32 = v475_3 + v479_3;
    t480[(row0 + ty) * 176i + (col0 + tx) + 48i] = v480_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l148_4: f32 = t148[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v472_4: f32 = acc1_0 * l148_4;
    t472[(row0 + ty + 16i) * 176i + (col0 + tx)] = v472_4;
    let l149_4: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v471_4: f32 = acc1_0 * l149_4;
    let l147_4: f32 = t147[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v475_4: f32 = v471_4 * l147_4;
    let l146_4: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v476_4: f32 = v471_4 * l146_4;
    let v477_4: f32 = 1.0f - l147_4;
    let v478_4: f32 = l147_4 * v477_4;
    let v479_4: f32 = v476_4 * v478_4;
    let v480_4: f32 = v475_4 + v479_4;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx)] = v480_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l148_5: f32 = t148[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v472_5: f32 = acc1_1 * l148_5;
    t472[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v472_5;
    let l149_5: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v471_5: f32 = acc1_1 * l149_5;
    let l147_5: f32 = t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v475_5: f32 = v471_5 * l147_5;
    let l146_5: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v476_5: f32 = v471_5 * l146_5;
    let v477_5: f32 = 1.0f - l147_5;
    let v478_5: f32 = l147_5 * v477_5;
    let v479_5: f32 = v476_5 * v478_5;
    let v480_5: f32 = v475_5 + v479_5;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v480_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l148_6: f32 = t148[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v472_6: f32 = acc1_2 * l148_6;
    t472[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v472_6;
    let l149_6: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v471_6: f32 = acc1_2 * l149_6;
    let l147_6: f32 = t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v475_6: f32 = v471_6 * l147_6;
    let l146_6: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v476_6: f32 = v471_6 * l146_6;
    let v477_6: f32 = 1.0f - l147_6;
    let v478_6: f32 = l147_6 * v477_6;
    let v479_6: f32 = v476_6 * v478_6;
    let v480_6: f32 = v475_6 + v479_6;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v480_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l148_7: f32 = t148[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v472_7: f32 = acc1_3 * l148_7;
    t472[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v472_7;
    let l149_7: f32 = t149[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v471_7: f32 = acc1_3 * l149_7;
    let l147_7: f32 = t147[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v475_7: f32 = v471_7 * l147_7;
    let l146_7: f32 = t146[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v476_7: f32 = v471_7 * l146_7;
    let v477_7: f32 = 1.0f - l147_7;
    let v478_7: f32 = l147_7 * v477_7;
    let v479_7: f32 = v476_7 * v478_7;
    let v480_7: f32 = v475_7 + v479_7;
    t480[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v480_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l148_8: f32 = t148[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v472_8: f32 = acc2_0 * l148_8;
    t472[(row0 + ty + 32i) * 176i + (col0 + tx)] = v472_8;
    let l149_8: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v471_8: f32 = acc2_0 * l149_8;
    let l147_8: f32 = t147[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v475_8: f32 = v471_8 * l147_8;
    let l146_8: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v476_8: f32 = v471_8 * l146_8;
    let v477_8: f32 = 1.0f - l147_8;
    let v478_8: f32 = l147_8 * v477_8;
    let v479_8: f32 = v476_8 * v478_8;
    let v480_8: f32 = v475_8 + v479_8;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx)] = v480_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l148_9: f32 = t148[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v472_9: f32 = acc2_1 * l148_9;
    t472[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v472_9;
    let l149_9: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v471_9: f32 = acc2_1 * l149_9;
    let l147_9: f32 = t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v475_9: f32 = v471_9 * l147_9;
    let l146_9: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v476_9: f32 = v471_9 * l146_9;
    let v477_9: f32 = 1.0f - l147_9;
    let v478_9: f32 = l147_9 * v477_9;
    let v479_9: f32 = v476_9 * v478_9;
    let v480_9: f32 = v475_9 + v479_9;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v480_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l148_10: f32 = t148[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v472_10: f32 = acc2_2 * l148_10;
    t472[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v472_10;
    let l149_10: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v471_10: f32 = acc2_2 * l149_10;
    let l147_10: f32 = t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v475_10: f32 = v471_10 * l147_10;
    let l146_10: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v476_10: f32 = v471_10 * l146_10;
    let v477_10: f32 = 1.0f - l147_10;
    let v478_10: f32 = l147_10 * v477_10;
    let v479_10: f32 = v476_10 * v478_10;
    let v480_10: f32 = v475_10 + v479_10;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v480_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l148_11: f32 = t148[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v472_11: f32 = acc2_3 * l148_11;
    t472[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v472_11;
    let l149_11: f32 = t149[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v471_11: f32 = acc2_3 * l149_11;
    let l147_11: f32 = t147[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v475_11: f32 = v471_11 * l147_11;
    let l146_11: f32 = t146[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v476_11: f32 = v471_11 * l146_11;
    let v477_11: f32 = 1.0f - l147_11;
    let v478_11: f32 = l147_11 * v477_11;
    let v479_11: f32 = v476_11 * v478_11;
    let v480_11: f32 = v475_11 + v479_11;
    t480[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v480_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l148_12: f32 = t148[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v472_12: f32 = acc3_0 * l148_12;
    t472[(row0 + ty + 48i) * 176i + (col0 + tx)] = v472_12;
    let l149_12: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v471_12: f32 = acc3_0 * l149_12;
    let l147_12: f32 = t147[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v475_12: f32 = v471_12 * l147_12;
    let l146_12: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v476_12: f32 = v471_12 * l146_12;
    let v477_12: f32 = 1.0f - l147_12;
    let v478_12: f32 = l147_12 * v477_12;
    let v479_12: f32 = v476_12 * v478_12;
    let v480_12: f32 = v475_12 + v479_12;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx)] = v480_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l148_13: f32 = t148[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v472_13: f32 = acc3_1 * l148_13;
    t472[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v472_13;
    let l149_13: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v471_13: f32 = acc3_1 * l149_13;
    let l147_13: f32 = t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v475_13: f32 = v471_13 * l147_13;
    let l146_13: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v476_13: f32 = v471_13 * l146_13;
    let v477_13: f32 = 1.0f - l147_13;
    let v478_13: f32 = l147_13 * v477_13;
    let v479_13: f32 = v476_13 * v478_13;
    let v480_13: f32 = v475_13 + v479_13;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v480_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l148_14: f32 = t148[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v472_14: f32 = acc3_2 * l148_14;
    t472[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v472_14;
    let l149_14: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v471_14: f32 = acc3_2 * l149_14;
    let l147_14: f32 = t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v475_14: f32 = v471_14 * l147_14;
    let l146_14: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v476_14: f32 = v471_14 * l146_14;
    let v477_14: f32 = 1.0f - l147_14;
    let v478_14: f32 = l147_14 * v477_14;
    let v479_14: f32 = v476_14 * v478_14;
    let v480_14: f32 = v475_14 + v479_14;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v480_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l148_15: f32 = t148[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v472_15: f32 = acc3_3 * l148_15;
    t472[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v472_15;
    let l149_15: f32 = t149[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v471_15: f32 = acc3_3 * l149_15;
    let l147_15: f32 = t147[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v475_15: f32 = v471_15 * l147_15;
    let l146_15: f32 = t146[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v476_15: f32 = v471_15 * l146_15;
    let v477_15: f32 = 1.0f - l147_15;
    let v478_15: f32 = l147_15 * v477_15;
    let v479_15: f32 = v476_15 * v478_15;
    let v480_15: f32 = v475_15 + v479_15;
    t480[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v480_15;
  }
}
