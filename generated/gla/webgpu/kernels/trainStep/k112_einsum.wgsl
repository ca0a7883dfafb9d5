// kernel k112_einsum
@group(0) @binding(0) var<storage, read> t543: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t146: array<f32>;
@group(0) @binding(3) var<storage, read_write> t547: array<f32>;
@group(0) @binding(4) var<storage, read> t147: array<f32>;
@group(0) @binding(5) var<storage, read> t145: array<f32>;
@group(0) @binding(6) var<storage, read> t144: array<f32>;
@group(0) @binding(7) var<storage, read_write> t555: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k112_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t543[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t543[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t543[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t543[(row0 + ty + 48i) * 64i + kA];
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
    let l146: f32 = t146[(row0 + ty) * 64i + (col0 + tx)];
    let v547: f32 = acc0_0 * l146;
    t547[(row0 + ty) * 64i + (col0 + tx)] = v547;
    let l148: f32 = t147[(row0 + ty) * 64i + (col0 + tx)];
    let v546: f32 = acc0_0 * l148;
    let l145: f32 = t145[(row0 + ty) * 64i + (col0 + tx)];
    let v550: f32 = v546 * l145;
    let l144: f32 = t144[(row0 + ty) * 64i + (col0 + tx)];
    let v551: f32 = v546 * l144;
    let v552: f32 = 1.0f - l145;
    let v553: f32 = l145 * v552;
    let v554: f32 = v551 * v553;
    let v555: f32 = v550 + v554;
    t555[(row0 + ty) * 64i + (col0 + tx)] = v555;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l146_1: f32 = t146[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v547_1: f32 = acc0_1 * l146_1;
    t547[(row0 + ty) * 64i + (col0 + tx) + 16i] = v547_1;
    let l148_1: f32 = t147[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v546_1: f32 = acc0_1 * l148_1;
    let l145_1: f32 = t145[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v550_1: f32 = v546_1 * l145_1;
    let l144_1: f32 = t144[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v551_1: f32 = v546_1 * l144_1;
    let v552_1: f32 = 1.0f - l145_1;
    let v553_1: f32 = l145_1 * v552_1;
    let v554_1: f32 = v551_1 * v553_1;
    let v555_1: f32 = v550_1 + v554_1;
    t555[(row0 + ty) * 64i + (col0 + tx) + 16i] = v555_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l146_2: f32 = t146[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v547_2: f32 = acc0_2 * l146_2;
    t547[(row0 + ty) * 64i + (col0 + tx) + 32i] = v547_2;
    let l148_2: f32 = t147[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v546_2: f32 = acc0_2 * l148_2;
    let l145_2: f32 = t145[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v550_2: f32 = v546_2 * l145_2;
    let l144_2: f32 = t144[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v551_2: f32 = v546_2 * l144_2;
    let v552_2: f32 = 1.0f - l145_2;
    let v553_2: f32 = l145_2 * v552_2;
    let v554_2: f32 = v551_2 * v553_2;
    let v555_2: f32 = v550_2 + v554_2;
    t555[(row0 + ty) * 64i + (col0 + tx) + 32i] = v555_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l146_3: f32 = t146[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v547_3: f32 = acc0_3 * l146_3;
    t547[(row0 + ty) * 64i + (col0 + tx) + 48i] = v547_3;
    let l148_3: f32 = t147[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v546_3: f32 = acc0_3 * l148_3;
    let l145_3: f32 = t145[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v550_3: f32 = v546_3 * l145_3;
    let l144_3: f32 = t144[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v551_3: f32 = v546_3 * l144_3;
    let v552_3: f32 = 1.0f - l145_3;
    let v553_3: f32 = l145_3 * v552_3;
    let v554_3: f32 = v551_3 * v553_3;
    let v555_3: f32 = v550_3 + v554_3;
    t555[(row0 + ty) * 64i + (col0 + tx) + 48i] = v555_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l146_4: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v547_4: f32 = acc1_0 * l146_4;
    t547[(row0 + ty + 16i) * 64i + (col0 + tx)] = v547_4;
    let l148_4: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v546_4: f32 = acc1_0 * l148_4;
    let l145_4: f32 = t145[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v550_4: f32 = v546_4 * l145_4;
    let l144_4: f32 = t144[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v551_4: f32 = v546_4 * l144_4;
    let v552_4: f32 = 1.0f - l145_4;
    let v553_4: f32 = l145_4 * v552_4;
    let v554_4: f32 = v551_4 * v553_4;
    let v555_4: f32 = v550_4 + v554_4;
    t555[(row0 + ty + 16i) * 64i + (col0 + tx)] = v555_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l146_5: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v547_5: f32 = acc1_1 * l146_5;
    t547[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v547_5;
    let l148_5: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v546_5: f32 = acc1_1 * l148_5;
    let l145_5: f32 = t145[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v550_5: f32 = v546_5 * l145_5;
    let l144_5: f32 = t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v551_5: f32 = v546_5 * l144_5;
    let v552_5: f32 = 1.0f - l145_5;
    let v553_5: f32 = l145_5 * v552_5;
    let v554_5: f32 = v551_5 * v553_5;
    let v555_5: f32 = v550_5 + v554_5;
    t555[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v555_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l146_6: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v547_6: f32 = acc1_2 * l146_6;
    t547[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v547_6;
    let l148_6: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v546_6: f32 = acc1_2 * l148_6;
    let l145_6: f32 = t145[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v550_6: f32 = v546_6 * l145_6;
    let l144_6: f32 = t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v551_6: f32 = v546_6 * l144_6;
    let v552_6: f32 = 1.0f - l145_6;
    let v553_6: f32 = l145_6 * v552_6;
    let v554_6: f32 = v551_6 * v553_6;
    let v555_6: f32 = v550_6 + v554_6;
    t555[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v555_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l146_7: f32 = t146[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v547_7: f32 = acc1_3 * l146_7;
    t547[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v547_7;
    let l148_7: f32 = t147[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v546_7: f32 = acc1_3 * l148_7;
    let l145_7: f32 = t145[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v550_7: f32 = v546_7 * l145_7;
    let l144_7: f32 = t144[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v551_7: f32 = v546_7 * l144_7;
    let v552_7: f32 = 1.0f - l145_7;
    let v553_7: f32 = l145_7 * v552_7;
    let v554_7: f32 = v551_7 * v553_7;
    let v555_7: f32 = v550_7 + v554_7;
    t555[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v555_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l146_8: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v547_8: f32 = acc2_0 * l146_8;
    t547[(row0 + ty + 32i) * 64i + (col0 + tx)] = v547_8;
    let l148_8: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v546_8: f32 = acc2_0 * l148_8;
    let l145_8: f32 = t145[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v550_8: f32 = v546_8 * l145_8;
    let l144_8: f32 = t144[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v551_8: f32 = v546_8 * l144_8;
    let v552_8: f32 = 1.0f - l145_8;
    let v553_8: f32 = l145_8 * v552_8;
    let v554_8: f32 = v551_8 * v553_8;
    let v555_8: f32 = v550_8 + v554_8;
    t555[(row0 + ty + 32i) * 64i + (col0 + tx)] = v555_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l146_9: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v547_9: f32 = acc2_1 * l146_9;
    t547[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v547_9;
    let l148_9: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v546_9: f32 = acc2_1 * l148_9;
    let l145_9: f32 = t145[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v550_9: f32 = v546_9 * l145_9;
    let l144_9: f32 = t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v551_9: f32 = v546_9 * l144_9;
    let v552_9: f32 = 1.0f - l145_9;
    let v553_9: f32 = l145_9 * v552_9;
    let v554_9: f32 = v551_9 * v553_9;
    let v555_9: f32 = v550_9 + v554_9;
    t555[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v555_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l146_10: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v547_10: f32 = acc2_2 * l146_10;
    t547[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v547_10;
    let l148_10: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v546_10: f32 = acc2_2 * l148_10;
    let l145_10: f32 = t145[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v550_10: f32 = v546_10 * l145_10;
    let l144_10: f32 = t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v551_10: f32 = v546_10 * l144_10;
    let v552_10: f32 = 1.0f - l145_10;
    let v553_10: f32 = l145_10 * v552_10;
    let v554_10: f32 = v551_10 * v553_10;
    let v555_10: f32 = v550_10 + v554_10;
    t555[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v555_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l146_11: f32 = t146[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v547_11: f32 = acc2_3 * l146_11;
    t547[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v547_11;
    let l148_11: f32 = t147[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v546_11: f32 = acc2_3 * l148_11;
    let l145_11: f32 = t145[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v550_11: f32 = v546_11 * l145_11;
    let l144_11: f32 = t144[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v551_11: f32 = v546_11 * l144_11;
    let v552_11: f32 = 1.0f - l145_11;
    let v553_11: f32 = l145_11 * v552_11;
    let v554_11: f32 = v551_11 * v553_11;
    let v555_11: f32 = v550_11 + v554_11;
    t555[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v555_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l146_12: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v547_12: f32 = acc3_0 * l146_12;
    t547[(row0 + ty + 48i) * 64i + (col0 + tx)] = v547_12;
    let l148_12: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v546_12: f32 = acc3_0 * l148_12;
    let l145_12: f32 = t145[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v550_12: f32 = v546_12 * l145_12;
    let l144_12: f32 = t144[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v551_12: f32 = v546_12 * l144_12;
    let v552_12: f32 = 1.0f - l145_12;
    let v553_12: f32 = l145_12 * v552_12;
    let v554_12: f32 = v551_12 * v553_12;
    let v555_12: f32 = v550_12 + v554_12;
    t555[(row0 + ty + 48i) * 64i + (col0 + tx)] = v555_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l146_13: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v547_13: f32 = acc3_1 * l146_13;
    t547[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v547_13;
    let l148_13: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v546_13: f32 = acc3_1 * l148_13;
    let l145_13: f32 = t145[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v550_13: f32 = v546_13 * l145_13;
    let l144_13: f32 = t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v551_13: f32 = v546_13 * l144_13;
    let v552_13: f32 = 1.0f - l145_13;
    let v553_13: f32 = l145_13 * v552_13;
    let v554_13: f32 = v551_13 * v553_13;
    let v555_13: f32 = v550_13 + v554_13;
    t555[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v555_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l146_14: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v547_14: f32 = acc3_2 * l146_14;
    t547[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v547_14;
    let l148_14: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v546_14: f32 = acc3_2 * l148_14;
    let l145_14: f32 = t145[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v550_14: f32 = v546_14 * l145_14;
    let l144_14: f32 = t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v551_14: f32 = v546_14 * l144_14;
    let v552_14: f32 = 1.0f - l145_14;
    let v553_14: f32 = l145_14 * v552_14;
    let v554_14: f32 = v551_14 * v553_14;
    let v555_14: f32 = v550_14 + v554_14;
    t555[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v555_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l146_15: f32 = t146[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v547_15: f32 = acc3_3 * l146_15;
    t547[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v547_15;
    let l148_15: f32 = t147[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v546_15: f32 = acc3_3 * l148_15;
    let l145_15: f32 = t145[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v550_15: f32 = v546_15 * l145_15;
    let l144_15: f32 = t144[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v551_15: f32 = v546_15 * l144_15;
    let v552_15: f32 = 1.0f - l145_15;
    let v553_15: f32 = l145_15 * v552_15;
    let v554_15: f32 = v551_15 * v553_15;
    let v555_15: f32 = v550_15 + v554_15;
    t555[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v555_15;
  }
}
