// kernel k106_einsum
@group(0) @binding(0) var<storage, read> t666: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_output_w: array<f32>;
@group(0) @binding(2) var<storage, read> t129: array<f32>;
@group(0) @binding(3) var<storage, read_write> t673: array<f32>;
@group(0) @binding(4) var<storage, read> t116: array<f32>;
@group(0) @binding(5) var<storage, read_write> t676: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k106_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t666[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t666[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t666[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t666[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_blocks_0_att_output_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_blocks_0_att_output_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_blocks_0_att_output_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_blocks_0_att_output_w[bK + 12i + (col0 + bN) * 64i];
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
    let l129: f32 = t129[(row0 + ty) * 64i + (col0 + tx)];
    let v673: f32 = acc0_0 * l129;
    t673[(row0 + ty) * 64i + (col0 + tx)] = v673;
    let l119: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx)];
    let v672: f32 = acc0_0 * l119;
    let v674: f32 = 1.0f - l129;
    let v675: f32 = l129 * v674;
    let v676: f32 = v672 * v675;
    t676[(row0 + ty) * 64i + (col0 + tx)] = v676;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l129_1: f32 = t129[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v673_1: f32 = acc0_1 * l129_1;
    t673[(row0 + ty) * 64i + (col0 + tx) + 16i] = v673_1;
    let l119_1: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 16i];
    let v672_1: f32 = acc0_1 * l119_1;
    let v674_1: f32 = 1.0f - l129_1;
    let v675_1: f32 = l129_1 * v674_1;
    let v676_1: f32 = v672_1 * v675_1;
    t676[(row0 + ty) * 64i + (col0 + tx) + 16i] = v676_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l129_2: f32 = t129[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v673_2: f32 = acc0_2 * l129_2;
    t673[(row0 + ty) * 64i + (col0 + tx) + 32i] = v673_2;
    let l119_2: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 32i];
    let v672_2: f32 = acc0_2 * l119_2;
    let v674_2: f32 = 1.0f - l129_2;
    let v675_2: f32 = l129_2 * v674_2;
    let v676_2: f32 = v672_2 * v675_2;
    t676[(row0 + ty) * 64i + (col0 + tx) + 32i] = v676_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l129_3: f32 = t129[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v673_3: f32 = acc0_3 * l129_3;
    t673[(row0 + ty) * 64i + (col0 + tx) + 48i] = v673_3;
    let l119_3: f32 = t116[(row0 + ty) / 64i * 64i + (row0 + ty) % 64i * 1024i + (col0 + tx) + 48i];
    let v672_3: f32 = acc0_3 * l119_3;
    let v674_3: f32 = 1.0f - l129_3;
    let v675_3: f32 = l129_3 * v674_3;
    let v676_3: f32 = v672_3 * v675_3;
    t676[(row0 + ty) * 64i + (col0 + tx) + 48i] = v676_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l129_4: f32 = t129[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v673_4: f32 = acc1_0 * l129_4;
    t673[(row0 + ty + 16i) * 64i + (col0 + tx)] = v673_4;
    let l119_4: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx)];
    let v672_4: f32 = acc1_0 * l119_4;
    let v674_4: f32 = 1.0f - l129_4;
    let v675_4: f32 = l129_4 * v674_4;
    let v676_4: f32 = v672_4 * v675_4;
    t676[(row0 + ty + 16i) * 64i + (col0 + tx)] = v676_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l129_5: f32 = t129[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v673_5: f32 = acc1_1 * l129_5;
    t673[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v673_5;
    let l119_5: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 16i];
    let v672_5: f32 = acc1_1 * l119_5;
    let v674_5: f32 = 1.0f - l129_5;
    let v675_5: f32 = l129_5 * v674_5;
    let v676_5: f32 = v672_5 * v675_5;
    t676[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v676_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l129_6: f32 = t129[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v673_6: f32 = acc1_2 * l129_6;
    t673[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v673_6;
    let l119_6: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 32i];
    let v672_6: f32 = acc1_2 * l119_6;
    let v674_6: f32 = 1.0f - l129_6;
    let v675_6: f32 = l129_6 * v674_6;
    let v676_6: f32 = v672_6 * v675_6;
    t676[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v676_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l129_7: f32 = t129[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v673_7: f32 = acc1_3 * l129_7;
    t673[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v673_7;
    let l119_7: f32 = t116[(row0 + ty + 16i) / 64i * 64i + (row0 + ty + 16i) % 64i * 1024i + (col0 + tx) + 48i];
    let v672_7: f32 = acc1_3 * l119_7;
    let v674_7: f32 = 1.0f - l129_7;
    let v675_7: f32 = l129_7 * v674_7;
    let v676_7: f32 = v672_7 * v675_7;
    t676[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v676_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l129_8: f32 = t129[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v673_8: f32 = acc2_0 * l129_8;
    t673[(row0 + ty + 32i) * 64i + (col0 + tx)] = v673_8;
    let l119_8: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx)];
    let v672_8: f32 = acc2_0 * l119_8;
    let v674_8: f32 = 1.0f - l129_8;
    let v675_8: f32 = l129_8 * v674_8;
    let v676_8: f32 = v672_8 * v675_8;
    t676[(row0 + ty + 32i) * 64i + (col0 + tx)] = v676_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l129_9: f32 = t129[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v673_9: f32 = acc2_1 * l129_9;
    t673[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v673_9;
    let l119_9: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 16i];
    let v672_9: f32 = acc2_1 * l119_9;
    let v674_9: f32 = 1.0f - l129_9;
    let v675_9: f32 = l129_9 * v674_9;
    let v676_9: f32 = v672_9 * v675_9;
    t676[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v676_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l129_10: f32 = t129[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v673_10: f32 = acc2_2 * l129_10;
    t673[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v673_10;
    let l119_10: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 32i];
    let v672_10: f32 = acc2_2 * l119_10;
    let v674_10: f32 = 1.0f - l129_10;
    let v675_10: f32 = l129_10 * v674_10;
    let v676_10: f32 = v672_10 * v675_10;
    t676[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v676_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l129_11: f32 = t129[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v673_11: f32 = acc2_3 * l129_11;
    t673[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v673_11;
    let l119_11: f32 = t116[(row0 + ty + 32i) / 64i * 64i + (row0 + ty + 32i) % 64i * 1024i + (col0 + tx) + 48i];
    let v672_11: f32 = acc2_3 * l119_11;
    let v674_11: f32 = 1.0f - l129_11;
    let v675_11: f32 = l129_11 * v674_11;
    let v676_11: f32 = v672_11 * v675_11;
    t676[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v676_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l129_12: f32 = t129[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v673_12: f32 = acc3_0 * l129_12;
    t673[(row0 + ty + 48i) * 64i + (col0 + tx)] = v673_12;
    let l119_12: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx)];
    let v672_12: f32 = acc3_0 * l119_12;
    let v674_12: f32 = 1.0f - l129_12;
    let v675_12: f32 = l129_12 * v674_12;
    let v676_12: f32 = v672_12 * v675_12;
    t676[(row0 + ty + 48i) * 64i + (col0 + tx)] = v676_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l129_13: f32 = t129[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v673_13: f32 = acc3_1 * l129_13;
    t673[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v673_13;
    let l119_13: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 16i];
    let v672_13: f32 = acc3_1 * l119_13;
    let v674_13: f32 = 1.0f - l129_13;
    let v675_13: f32 = l129_13 * v674_13;
    let v676_13: f32 = v672_13 * v675_13;
    t676[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v676_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l129_14: f32 = t129[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v673_14: f32 = acc3_2 * l129_14;
    t673[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v673_14;
    let l119_14: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 32i];
    let v672_14: f32 = acc3_2 * l119_14;
    let v674_14: f32 = 1.0f - l129_14;
    let v675_14: f32 = l129_14 * v674_14;
    let v676_14: f32 = v672_14 * v675_14;
    t676[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v676_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l129_15: f32 = t129[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v673_15: f32 = acc3_3 * l129_15;
    t673[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v673_15;
    let l119_15: f32 = t116[(row0 + ty + 48i) / 64i * 64i + (row0 + ty + 48i) % 64i * 1024i + (col0 + tx) + 48i];
    let v672_15: f32 = acc3_3 * l119_15;
    let v674_15: f32 = 1.0f - l129_15;
    let v675_15: f32 = l129_15 * v674_15;
    let v676_15: f32 = v672_15 * v675_15;
    t676[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v676_15;
  }
}
