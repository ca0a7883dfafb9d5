// kernel k150a_einsum
@group(0) @binding(0) var<storage, read> t595: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> t697: array<f32>;
@group(0) @binding(3) var<storage, read> t701: array<f32>;
@group(0) @binding(4) var<storage, read> t705: array<f32>;
@group(0) @binding(5) var<storage, read> t710: array<f32>;
@group(0) @binding(6) var<storage, read_write> t715: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k150a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t595[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t595[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t595[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t595[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_0_attn_wr_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_attn_wr_w[bK + 12i + (col0 + bN) * 64i];
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
    let l697: f32 = t697[(row0 + ty) * 64i + (col0 + tx)];
    let v712: f32 = acc0_0 + l697;
    let l701: f32 = t701[(row0 + ty) * 64i + (col0 + tx)];
    let v713: f32 = v712 + l701;
    let l705: f32 = t705[(row0 + ty) * 64i + (col0 + tx)];
    let v714: f32 = v713 + l705;
    let l710: f32 = t710[(row0 + ty) * 64i + (col0 + tx)];
    let v715: f32 = v714 + l710;
    t715[(row0 + ty) * 64i + (col0 + tx)] = v715;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l697_1: f32 = t697[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v712_1: f32 = acc0_1 + l697_1;
    let l701_1: f32 = t701[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v713_1: f32 = v712_1 + l701_1;
    let l705_1: f32 = t705[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v714_1: f32 = v713_1 + l705_1;
    let l710_1: f32 = t710[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v715_1: f32 = v714_1 + l710_1;
    t715[(row0 + ty) * 64i + (col0 + tx) + 16i] = v715_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l697_2: f32 = t697[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v712_2: f32 = acc0_2 + l697_2;
    let l701_2: f32 = t701[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v713_2: f32 = v712_2 + l701_2;
    let l705_2: f32 = t705[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v714_2: f32 = v713_2 + l705_2;
    let l710_2: f32 = t710[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v715_2: f32 = v714_2 + l710_2;
    t715[(row0 + ty) * 64i + (col0 + tx) + 32i] = v715_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l697_3: f32 = t697[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v712_3: f32 = acc0_3 + l697_3;
    let l701_3: f32 = t701[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v713_3: f32 = v712_3 + l701_3;
    let l705_3: f32 = t705[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v714_3: f32 = v713_3 + l705_3;
    let l710_3: f32 = t710[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v715_3: f32 = v714_3 + l710_3;
    t715[(row0 + ty) * 64i + (col0 + tx) + 48i] = v715_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l697_4: f32 = t697[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v712_4: f32 = acc1_0 + l697_4;
    let l701_4: f32 = t701[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v713_4: f32 = v712_4 + l701_4;
    let l705_4: f32 = t705[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v714_4: f32 = v713_4 + l705_4;
    let l710_4: f32 = t710[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v715_4: f32 = v714_4 + l710_4;
    t715[(row0 + ty + 16i) * 64i + (col0 + tx)] = v715_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l697_5: f32 = t697[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v712_5: f32 = acc1_1 + l697_5;
    let l701_5: f32 = t701[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v713_5: f32 = v712_5 + l701_5;
    let l705_5: f32 = t705[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v714_5: f32 = v713_5 + l705_5;
    let l710_5: f32 = t710[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v715_5: f32 = v714_5 + l710_5;
    t715[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v715_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l697_6: f32 = t697[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v712_6: f32 = acc1_2 + l697_6;
    let l701_6: f32 = t701[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v713_6: f32 = v712_6 + l701_6;
    let l705_6: f32 = t705[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v714_6: f32 = v713_6 + l705_6;
    let l710_6: f32 = t710[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v715_6: f32 = v714_6 + l710_6;
    t715[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v715_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l697_7: f32 = t697[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v712_7: f32 = acc1_3 + l697_7;
    let l701_7: f32 = t701[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v713_7: f32 = v712_7 + l701_7;
    let l705_7: f32 = t705[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v714_7: f32 = v713_7 + l705_7;
    let l710_7: f32 = t710[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v715_7: f32 = v714_7 + l710_7;
    t715[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v715_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l697_8: f32 = t697[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v712_8: f32 = acc2_0 + l697_8;
    let l701_8: f32 = t701[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v713_8: f32 = v712_8 + l701_8;
    let l705_8: f32 = t705[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v714_8: f32 = v713_8 + l705_8;
    let l710_8: f32 = t710[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v715_8: f32 = v714_8 + l710_8;
    t715[(row0 + ty + 32i) * 64i + (col0 + tx)] = v715_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l697_9: f32 = t697[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v712_9: f32 = acc2_1 + l697_9;
    let l701_9: f32 = t701[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v713_9: f32 = v712_9 + l701_9;
    let l705_9: f32 = t705[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v714_9: f32 = v713_9 + l705_9;
    let l710_9: f32 = t710[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v715_9: f32 = v714_9 + l710_9;
    t715[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v715_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l697_10: f32 = t697[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v712_10: f32 = acc2_2 + l697_10;
    let l701_10: f32 = t701[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v713_10: f32 = v712_10 + l701_10;
    let l705_10: f32 = t705[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v714_10: f32 = v713_10 + l705_10;
    let l710_10: f32 = t710[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v715_10: f32 = v714_10 + l710_10;
    t715[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v715_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l697_11: f32 = t697[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v712_11: f32 = acc2_3 + l697_11;
    let l701_11: f32 = t701[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v713_11: f32 = v712_11 + l701_11;
    let l705_11: f32 = t705[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v714_11: f32 = v713_11 + l705_11;
    let l710_11: f32 = t710[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v715_11: f32 = v714_11 + l710_11;
    t715[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v715_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l697_12: f32 = t697[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v712_12: f32 = acc3_0 + l697_12;
    let l701_12: f32 = t701[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v713_12: f32 = v712_12 + l701_12;
    let l705_12: f32 = t705[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v714_12: f32 = v713_12 + l705_12;
    let l710_12: f32 = t710[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v715_12: f32 = v714_12 + l710_12;
    t715[(row0 + ty + 48i) * 64i + (col0 + tx)] = v715_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l697_13: f32 = t697[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v712_13: f32 = acc3_1 + l697_13;
    let l701_13: f32 = t701[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v713_13: f32 = v712_13 + l701_13;
    let l705_13: f32 = t705[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v714_13: f32 = v713_13 + l705_13;
    let l710_13: f32 = t710[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v715_13: f32 = v714_13 + l710_13;
    t715[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v715_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l697_14: f32 = t697[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v712_14: f32 = acc3_2 + l697_14;
    let l701_14: f32 = t701[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v713_14: f32 = v712_14 + l701_14;
    let l705_14: f32 = t705[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v714_14: f32 = v713_14 + l705_14;
    let l710_14: f32 = t710[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v715_14: f32 = v714_14 + l710_14;
    t715[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v715_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l697_15: f32 = t697[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v712_15: f32 = acc3_3 + l697_15;
    let l701_15: f32 = t701[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v713_15: f32 = v712_15 + l701_15;
    let l705_15: f32 = t705[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v714_15: f32 = v713_15 + l705_15;
    let l710_15: f32 = t710[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v715_15: f32 = v714_15 + l710_15;
    t715[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v715_15;
  }
}
