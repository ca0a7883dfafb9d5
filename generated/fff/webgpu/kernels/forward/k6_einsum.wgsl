// kernel k6_einsum (compiler/std/nn.loom:70:9)
@group(0) @binding(0) var<storage, read> t73: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t35: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t79: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k6_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t73[(row0 + ty) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t73[(row0 + ty + 16i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t73[(row0 + ty + 32i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 64i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t73[(row0 + ty + 48i) * 16i + (kA / 16i * 1024i + kA % 16i)];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_attn_wo_w[bK * 64i + (col0 + bN)];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_attn_wo_w[(bK + 4i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_attn_wo_w[(bK + 8i) * 64i + (col0 + bN)];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_attn_wo_w[(bK + 12i) * 64i + (col0 + bN)];
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
  if (row0 + ty < 64i && col0 + tx < 64i) {
    let l35: f32 = t35[(row0 + ty) * 64i + (col0 + tx)];
    let l77: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v78: f32 = acc0_0 + l77;
    let v79: f32 = l35 + v78;
    t79[(row0 + ty) * 64i + (col0 + tx)] = v79;
  }
  if (row0 + ty < 64i && col0 + tx + 16i < 64i) {
    let l35_1: f32 = t35[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let l77_1: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v78_1: f32 = acc0_1 + l77_1;
    let v79_1: f32 = l35_1 + v78_1;
    t79[(row0 + ty) * 64i + (col0 + tx) + 16i] = v79_1;
  }
  if (row0 + ty < 64i && col0 + tx + 32i < 64i) {
    let l35_2: f32 = t35[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let l77_2: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v78_2: f32 = acc0_2 + l77_2;
    let v79_2: f32 = l35_2 + v78_2;
    t79[(row0 + ty) * 64i + (col0 + tx) + 32i] = v79_2;
  }
  if (row0 + ty < 64i && col0 + tx + 48i < 64i) {
    let l35_3: f32 = t35[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let l77_3: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v78_3: f32 = acc0_3 + l77_3;
    let v79_3: f32 = l35_3 + v78_3;
    t79[(row0 + ty) * 64i + (col0 + tx) + 48i] = v79_3;
  }
  if (row0 + ty + 16i < 64i && col0 + tx < 64i) {
    let l35_4: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let l77_4: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v78_4: f32 = acc1_0 + l77_4;
    let v79_4: f32 = l35_4 + v78_4;
    t79[(row0 + ty + 16i) * 64i + (col0 + tx)] = v79_4;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 16i < 64i) {
    let l35_5: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let l77_5: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v78_5: f32 = acc1_1 + l77_5;
    let v79_5: f32 = l35_5 + v78_5;
    t79[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v79_5;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 32i < 64i) {
    let l35_6: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let l77_6: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v78_6: f32 = acc1_2 + l77_6;
    let v79_6: f32 = l35_6 + v78_6;
    t79[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v79_6;
  }
  if (row0 + ty + 16i < 64i && col0 + tx + 48i < 64i) {
    let l35_7: f32 = t35[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let l77_7: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v78_7: f32 = acc1_3 + l77_7;
    let v79_7: f32 = l35_7 + v78_7;
    t79[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v79_7;
  }
  if (row0 + ty + 32i < 64i && col0 + tx < 64i) {
    let l35_8: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let l77_8: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v78_8: f32 = acc2_0 + l77_8;
    let v79_8: f32 = l35_8 + v78_8;
    t79[(row0 + ty + 32i) * 64i + (col0 + tx)] = v79_8;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 16i < 64i) {
    let l35_9: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let l77_9: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v78_9: f32 = acc2_1 + l77_9;
    let v79_9: f32 = l35_9 + v78_9;
    t79[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v79_9;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 32i < 64i) {
    let l35_10: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let l77_10: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v78_10: f32 = acc2_2 + l77_10;
    let v79_10: f32 = l35_10 + v78_10;
    t79[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v79_10;
  }
  if (row0 + ty + 32i < 64i && col0 + tx + 48i < 64i) {
    let l35_11: f32 = t35[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let l77_11: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v78_11: f32 = acc2_3 + l77_11;
    let v79_11: f32 = l35_11 + v78_11;
    t79[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v79_11;
  }
  if (row0 + ty + 48i < 64i && col0 + tx < 64i) {
    let l35_12: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let l77_12: f32 = p_blocks_0_attn_wo_b[col0 + tx];
    let v78_12: f32 = acc3_0 + l77_12;
    let v79_12: f32 = l35_12 + v78_12;
    t79[(row0 + ty + 48i) * 64i + (col0 + tx)] = v79_12;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 16i < 64i) {
    let l35_13: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let l77_13: f32 = p_blocks_0_attn_wo_b[col0 + tx + 16i];
    let v78_13: f32 = acc3_1 + l77_13;
    let v79_13: f32 = l35_13 + v78_13;
    t79[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v79_13;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 32i < 64i) {
    let l35_14: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let l77_14: f32 = p_blocks_0_attn_wo_b[col0 + tx + 32i];
    let v78_14: f32 = acc3_2 + l77_14;
    let v79_14: f32 = l35_14 + v78_14;
    t79[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v79_14;
  }
  if (row0 + ty + 48i < 64i && col0 + tx + 48i < 64i) {
    let l35_15: f32 = t35[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let l77_15: f32 = p_blocks_0_attn_wo_b[col0 + tx + 48i];
    let v78_15: f32 = acc3_3 + l77_15;
    let v79_15: f32 = l35_15 + v78_15;
    t79[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v79_15;
  }
}
