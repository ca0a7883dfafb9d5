// kernel k119a_einsum
@group(0) @binding(0) var<storage, read> t676: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t677: array<f32>;
@group(0) @binding(3) var<storage, read> t123: array<f32>;
@group(0) @binding(4) var<storage, read_write> t679: array<f32>;
@group(0) @binding(5) var<storage, read> t715: array<f32>;
@group(0) @binding(6) var<storage, read> t107: array<f32>;
@group(0) @binding(7) var<storage, read_write> t717: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k119a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t676[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t676[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t676[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t676[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_att_receptance_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_att_receptance_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_att_receptance_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_att_receptance_w[bK + 12i + (col0 + bN) * 64i];
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
    t677[(row0 + ty) * 64i + (col0 + tx)] = acc0_0;
    let l125: f32 = t123[col0 + tx];
    let v679: f32 = acc0_0 * l125;
    t679[(row0 + ty) * 64i + (col0 + tx)] = v679;
    let l715: f32 = t715[(row0 + ty) * 64i + (col0 + tx)];
    let l109: f32 = t107[col0 + tx];
    let v717: f32 = l715 * l109;
    t717[(row0 + ty) * 64i + (col0 + tx)] = v717;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    t677[(row0 + ty) * 64i + (col0 + tx) + 16i] = acc0_1;
    let l125_1: f32 = t123[col0 + tx + 16i];
    let v679_1: f32 = acc0_1 * l125_1;
    t679[(row0 + ty) * 64i + (col0 + tx) + 16i] = v679_1;
    let l715_1: f32 = t715[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l109_1: f32 = t107[col0 + tx + 16i];
    let v717_1: f32 = l715_1 * l109_1;
    t717[(row0 + ty) * 64i + (col0 + tx) + 16i] = v717_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    t677[(row0 + ty) * 64i + (col0 + tx) + 32i] = acc0_2;
    let l125_2: f32 = t123[col0 + tx + 32i];
    let v679_2: f32 = acc0_2 * l125_2;
    t679[(row0 + ty) * 64i + (col0 + tx) + 32i] = v679_2;
    let l715_2: f32 = t715[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l109_2: f32 = t107[col0 + tx + 32i];
    let v717_2: f32 = l715_2 * l109_2;
    t717[(row0 + ty) * 64i + (col0 + tx) + 32i] = v717_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    t677[(row0 + ty) * 64i + (col0 + tx) + 48i] = acc0_3;
    let l125_3: f32 = t123[col0 + tx + 48i];
    let v679_3: f32 = acc0_3 * l125_3;
    t679[(row0 + ty) * 64i + (col0 + tx) + 48i] = v679_3;
    let l715_3: f32 = t715[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l109_3: f32 = t107[col0 + tx + 48i];
    let v717_3: f32 = l715_3 * l109_3;
    t717[(row0 + ty) * 64i + (col0 + tx) + 48i] = v717_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    t677[(row0 + ty + 16i) * 64i + (col0 + tx)] = acc1_0;
    let l125_4: f32 = t123[col0 + tx];
    let v679_4: f32 = acc1_0 * l125_4;
    t679[(row0 + ty + 16i) * 64i + (col0 + tx)] = v679_4;
    let l715_4: f32 = t715[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l109_4: f32 = t107[col0 + tx];
    let v717_4: f32 = l715_4 * l109_4;
    t717[(row0 + ty + 16i) * 64i + (col0 + tx)] = v717_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    t677[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = acc1_1;
    let l125_5: f32 = t123[col0 + tx + 16i];
    let v679_5: f32 = acc1_1 * l125_5;
    t679[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v679_5;
    let l715_5: f32 = t715[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l109_5: f32 = t107[col0 + tx + 16i];
    let v717_5: f32 = l715_5 * l109_5;
    t717[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v717_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    t677[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = acc1_2;
    let l125_6: f32 = t123[col0 + tx + 32i];
    let v679_6: f32 = acc1_2 * l125_6;
    t679[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v679_6;
    let l715_6: f32 = t715[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l109_6: f32 = t107[col0 + tx + 32i];
    let v717_6: f32 = l715_6 * l109_6;
    t717[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v717_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    t677[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = acc1_3;
    let l125_7: f32 = t123[col0 + tx + 48i];
    let v679_7: f32 = acc1_3 * l125_7;
    t679[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v679_7;
    let l715_7: f32 = t715[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l109_7: f32 = t107[col0 + tx + 48i];
    let v717_7: f32 = l715_7 * l109_7;
    t717[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v717_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    t677[(row0 + ty + 32i) * 64i + (col0 + tx)] = acc2_0;
    let l125_8: f32 = t123[col0 + tx];
    let v679_8: f32 = acc2_0 * l125_8;
    t679[(row0 + ty + 32i) * 64i + (col0 + tx)] = v679_8;
    let l715_8: f32 = t715[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l109_8: f32 = t107[col0 + tx];
    let v717_8: f32 = l715_8 * l109_8;
    t717[(row0 + ty + 32i) * 64i + (col0 + tx)] = v717_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    t677[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = acc2_1;
    let l125_9: f32 = t123[col0 + tx + 16i];
    let v679_9: f32 = acc2_1 * l125_9;
    t679[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v679_9;
    let l715_9: f32 = t715[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l109_9: f32 = t107[col0 + tx + 16i];
    let v717_9: f32 = l715_9 * l109_9;
    t717[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v717_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    t677[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = acc2_2;
    let l125_10: f32 = t123[col0 + tx + 32i];
    let v679_10: f32 = acc2_2 * l125_10;
    t679[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v679_10;
    let l715_10: f32 = t715[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l109_10: f32 = t107[col0 + tx + 32i];
    let v717_10: f32 = l715_10 * l109_10;
    t717[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v717_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    t677[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = acc2_3;
    let l125_11: f32 = t123[col0 + tx + 48i];
    let v679_11: f32 = acc2_3 * l125_11;
    t679[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v679_11;
    let l715_11: f32 = t715[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l109_11: f32 = t107[col0 + tx + 48i];
    let v717_11: f32 = l715_11 * l109_11;
    t717[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v717_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    t677[(row0 + ty + 48i) * 64i + (col0 + tx)] = acc3_0;
    let l125_12: f32 = t123[col0 + tx];
    let v679_12: f32 = acc3_0 * l125_12;
    t679[(row0 + ty + 48i) * 64i + (col0 + tx)] = v679_12;
    let l715_12: f32 = t715[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l109_12: f32 = t107[col0 + tx];
    let v717_12: f32 = l715_12 * l109_12;
    t717[(row0 + ty + 48i) * 64i + (col0 + tx)] = v717_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    t677[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = acc3_1;
    let l125_13: f32 = t123[col0 + tx + 16i];
    let v679_13: f32 = acc3_1 * l125_13;
    t679[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v679_13;
    let l715_13: f32 = t715[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l109_13: f32 = t107[col0 + tx + 16i];
    let v717_13: f32 = l715_13 * l109_13;
    t717[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v717_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    t677[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = acc3_2;
    let l125_14: f32 = t123[col0 + tx + 32i];
    let v679_14: f32 = acc3_2 * l125_14;
    t679[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v679_14;
    let l715_14: f32 = t715[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l109_14: f32 = t107[col0 + tx + 32i];
    let v717_14: f32 = l715_14 * l109_14;
    t717[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v717_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    t677[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = acc3_3;
    let l125_15: f32 = t123[col0 + tx + 48i];
    let v679_15: f32 = acc3_3 * l125_15;
    t679[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v679_15;
    let l715_15: f32 = t715[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l109_15: f32 = t107[col0 + tx + 48i];
    let v717_15: f32 = l715_15 * l109_15;
    t717[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v717_15;
  }
}
