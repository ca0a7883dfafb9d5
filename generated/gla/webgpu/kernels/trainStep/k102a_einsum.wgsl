// kernel k102a_einsum
@group(0) @binding(0) var<storage, read> t381: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> t476: array<f32>;
@group(0) @binding(3) var<storage, read> t480: array<f32>;
@group(0) @binding(4) var<storage, read> t484: array<f32>;
@group(0) @binding(5) var<storage, read> t489: array<f32>;
@group(0) @binding(6) var<storage, read_write> t494: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k102a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t381[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t381[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t381[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t381[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wr_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wr_w[bK + 12i + (col0 + bN) * 64i];
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
    let l476: f32 = t476[(row0 + ty) * 64i + (col0 + tx)];
    let v491: f32 = acc0_0 + l476;
    let l480: f32 = t480[(row0 + ty) * 64i + (col0 + tx)];
    let v492: f32 = v491 + l480;
    let l484: f32 = t484[(row0 + ty) * 64i + (col0 + tx)];
    let v493: f32 = v492 + l484;
    let l489: f32 = t489[(row0 + ty) * 64i + (col0 + tx)];
    let v494: f32 = v493 + l489;
    t494[(row0 + ty) * 64i + (col0 + tx)] = v494;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l476_1: f32 = t476[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v491_1: f32 = acc0_1 + l476_1;
    let l480_1: f32 = t480[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v492_1: f32 = v491_1 + l480_1;
    let l484_1: f32 = t484[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v493_1: f32 = v492_1 + l484_1;
    let l489_1: f32 = t489[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v494_1: f32 = v493_1 + l489_1;
    t494[(row0 + ty) * 64i + (col0 + tx) + 16i] = v494_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l476_2: f32 = t476[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v491_2: f32 = acc0_2 + l476_2;
    let l480_2: f32 = t480[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v492_2: f32 = v491_2 + l480_2;
    let l484_2: f32 = t484[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v493_2: f32 = v492_2 + l484_2;
    let l489_2: f32 = t489[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v494_2: f32 = v493_2 + l489_2;
    t494[(row0 + ty) * 64i + (col0 + tx) + 32i] = v494_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l476_3: f32 = t476[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v491_3: f32 = acc0_3 + l476_3;
    let l480_3: f32 = t480[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v492_3: f32 = v491_3 + l480_3;
    let l484_3: f32 = t484[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v493_3: f32 = v492_3 + l484_3;
    let l489_3: f32 = t489[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v494_3: f32 = v493_3 + l489_3;
    t494[(row0 + ty) * 64i + (col0 + tx) + 48i] = v494_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l476_4: f32 = t476[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v491_4: f32 = acc1_0 + l476_4;
    let l480_4: f32 = t480[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v492_4: f32 = v491_4 + l480_4;
    let l484_4: f32 = t484[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v493_4: f32 = v492_4 + l484_4;
    let l489_4: f32 = t489[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v494_4: f32 = v493_4 + l489_4;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx)] = v494_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l476_5: f32 = t476[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v491_5: f32 = acc1_1 + l476_5;
    let l480_5: f32 = t480[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v492_5: f32 = v491_5 + l480_5;
    let l484_5: f32 = t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v493_5: f32 = v492_5 + l484_5;
    let l489_5: f32 = t489[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v494_5: f32 = v493_5 + l489_5;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v494_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l476_6: f32 = t476[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v491_6: f32 = acc1_2 + l476_6;
    let l480_6: f32 = t480[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v492_6: f32 = v491_6 + l480_6;
    let l484_6: f32 = t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v493_6: f32 = v492_6 + l484_6;
    let l489_6: f32 = t489[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v494_6: f32 = v493_6 + l489_6;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v494_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l476_7: f32 = t476[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v491_7: f32 = acc1_3 + l476_7;
    let l480_7: f32 = t480[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v492_7: f32 = v491_7 + l480_7;
    let l484_7: f32 = t484[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v493_7: f32 = v492_7 + l484_7;
    let l489_7: f32 = t489[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v494_7: f32 = v493_7 + l489_7;
    t494[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v494_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l476_8: f32 = t476[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v491_8: f32 = acc2_0 + l476_8;
    let l480_8: f32 = t480[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v492_8: f32 = v491_8 + l480_8;
    let l484_8: f32 = t484[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v493_8: f32 = v492_8 + l484_8;
    let l489_8: f32 = t489[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v494_8: f32 = v493_8 + l489_8;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx)] = v494_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l476_9: f32 = t476[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v491_9: f32 = acc2_1 + l476_9;
    let l480_9: f32 = t480[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v492_9: f32 = v491_9 + l480_9;
    let l484_9: f32 = t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v493_9: f32 = v492_9 + l484_9;
    let l489_9: f32 = t489[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v494_9: f32 = v493_9 + l489_9;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v494_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l476_10: f32 = t476[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v491_10: f32 = acc2_2 + l476_10;
    let l480_10: f32 = t480[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v492_10: f32 = v491_10 + l480_10;
    let l484_10: f32 = t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v493_10: f32 = v492_10 + l484_10;
    let l489_10: f32 = t489[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v494_10: f32 = v493_10 + l489_10;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v494_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l476_11: f32 = t476[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v491_11: f32 = acc2_3 + l476_11;
    let l480_11: f32 = t480[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v492_11: f32 = v491_11 + l480_11;
    let l484_11: f32 = t484[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v493_11: f32 = v492_11 + l484_11;
    let l489_11: f32 = t489[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v494_11: f32 = v493_11 + l489_11;
    t494[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v494_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l476_12: f32 = t476[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v491_12: f32 = acc3_0 + l476_12;
    let l480_12: f32 = t480[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v492_12: f32 = v491_12 + l480_12;
    let l484_12: f32 = t484[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v493_12: f32 = v492_12 + l484_12;
    let l489_12: f32 = t489[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v494_12: f32 = v493_12 + l489_12;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx)] = v494_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l476_13: f32 = t476[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v491_13: f32 = acc3_1 + l476_13;
    let l480_13: f32 = t480[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v492_13: f32 = v491_13 + l480_13;
    let l484_13: f32 = t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v493_13: f32 = v492_13 + l484_13;
    let l489_13: f32 = t489[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v494_13: f32 = v493_13 + l489_13;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v494_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l476_14: f32 = t476[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v491_14: f32 = acc3_2 + l476_14;
    let l480_14: f32 = t480[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v492_14: f32 = v491_14 + l480_14;
    let l484_14: f32 = t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v493_14: f32 = v492_14 + l484_14;
    let l489_14: f32 = t489[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v494_14: f32 = v493_14 + l489_14;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v494_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l476_15: f32 = t476[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v491_15: f32 = acc3_3 + l476_15;
    let l480_15: f32 = t480[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v492_15: f32 = v491_15 + l480_15;
    let l484_15: f32 = t484[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v493_15: f32 = v492_15 + l484_15;
    let l489_15: f32 = t489[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v494_15: f32 = v493_15 + l489_15;
    t494[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v494_15;
  }
}
