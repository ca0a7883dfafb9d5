// kernel k105a_einsum
@group(0) @binding(0) var<storage, read> t547: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t178: array<f32>;
@group(0) @binding(3) var<storage, read_write> t550: array<f32>;
@group(0) @binding(4) var<storage, read> t177: array<f32>;
@group(0) @binding(5) var<storage, read_write> t551: array<f32>;
@group(0) @binding(6) var<storage, read> t176: array<f32>;
@group(0) @binding(7) var<storage, read_write> t554: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k105a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t547[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t547[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t547[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t547[(row0 + ty + 48i) * 64i + kA];
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
    let l178: f32 = t178[(row0 + ty) * 176i + (col0 + tx)];
    let v550: f32 = acc0_0 * l178;
    t550[(row0 + ty) * 176i + (col0 + tx)] = v550;
    let l177: f32 = t177[(row0 + ty) * 176i + (col0 + tx)];
    let v551: f32 = acc0_0 * l177;
    t551[(row0 + ty) * 176i + (col0 + tx)] = v551;
    let l176: f32 = t176[(row0 + ty) * 176i + (col0 + tx)];
    let v554: f32 = v550 * l176;
    t554[(row0 + ty) * 176i + (col0 + tx)] = v554;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l178_1: f32 = t178[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v550_1: f32 = acc0_1 * l178_1;
    t550[(row0 + ty) * 176i + (col0 + tx) + 16i] = v550_1;
    let l177_1: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v551_1: f32 = acc0_1 * l177_1;
    t551[(row0 + ty) * 176i + (col0 + tx) + 16i] = v551_1;
    let l176_1: f32 = t176[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v554_1: f32 = v550_1 * l176_1;
    t554[(row0 + ty) * 176i + (col0 + tx) + 16i] = v554_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l178_2: f32 = t178[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v550_2: f32 = acc0_2 * l178_2;
    t550[(row0 + ty) * 176i + (col0 + tx) + 32i] = v550_2;
    let l177_2: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v551_2: f32 = acc0_2 * l177_2;
    t551[(row0 + ty) * 176i + (col0 + tx) + 32i] = v551_2;
    let l176_2: f32 = t176[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v554_2: f32 = v550_2 * l176_2;
    t554[(row0 + ty) * 176i + (col0 + tx) + 32i] = v554_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l178_3: f32 = t178[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v550_3: f32 = acc0_3 * l178_3;
    t550[(row0 + ty) * 176i + (col0 + tx) + 48i] = v550_3;
    let l177_3: f32 = t177[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v551_3: f32 = acc0_3 * l177_3;
    t551[(row0 + ty) * 176i + (col0 + tx) + 48i] = v551_3;
    let l176_3: f32 = t176[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v554_3: f32 = v550_3 * l176_3;
    t554[(row0 + ty) * 176i + (col0 + tx) + 48i] = v554_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l178_4: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v550_4: f32 = acc1_0 * l178_4;
    t550[(row0 + ty + 16i) * 176i + (col0 + tx)] = v550_4;
    let l177_4: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v551_4: f32 = acc1_0 * l177_4;
    t551[(row0 + ty + 16i) * 176i + (col0 + tx)] = v551_4;
    let l176_4: f32 = t176[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v554_4: f32 = v550_4 * l176_4;
    t554[(row0 + ty + 16i) * 176i + (col0 + tx)] = v554_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l178_5: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v550_5: f32 = acc1_1 * l178_5;
    t550[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v550_5;
    let l177_5: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v551_5: f32 = acc1_1 * l177_5;
    t551[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v551_5;
    let l176_5: f32 = t176[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v554_5: f32 = v550_5 * l176_5;
    t554[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v554_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l178_6: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v550_6: f32 = acc1_2 * l178_6;
    t550[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v550_6;
    let l177_6: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v551_6: f32 = acc1_2 * l177_6;
    t551[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v551_6;
    let l176_6: f32 = t176[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v554_6: f32 = v550_6 * l176_6;
    t554[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v554_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l178_7: f32 = t178[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v550_7: f32 = acc1_3 * l178_7;
    t550[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v550_7;
    let l177_7: f32 = t177[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v551_7: f32 = acc1_3 * l177_7;
    t551[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v551_7;
    let l176_7: f32 = t176[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v554_7: f32 = v550_7 * l176_7;
    t554[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v554_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l178_8: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v550_8: f32 = acc2_0 * l178_8;
    t550[(row0 + ty + 32i) * 176i + (col0 + tx)] = v550_8;
    let l177_8: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v551_8: f32 = acc2_0 * l177_8;
    t551[(row0 + ty + 32i) * 176i + (col0 + tx)] = v551_8;
    let l176_8: f32 = t176[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v554_8: f32 = v550_8 * l176_8;
    t554[(row0 + ty + 32i) * 176i + (col0 + tx)] = v554_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l178_9: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v550_9: f32 = acc2_1 * l178_9;
    t550[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v550_9;
    let l177_9: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v551_9: f32 = acc2_1 * l177_9;
    t551[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v551_9;
    let l176_9: f32 = t176[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v554_9: f32 = v550_9 * l176_9;
    t554[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v554_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l178_10: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v550_10: f32 = acc2_2 * l178_10;
    t550[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v550_10;
    let l177_10: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v551_10: f32 = acc2_2 * l177_10;
    t551[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v551_10;
    let l176_10: f32 = t176[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v554_10: f32 = v550_10 * l176_10;
    t554[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v554_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l178_11: f32 = t178[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v550_11: f32 = acc2_3 * l178_11;
    t550[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v550_11;
    let l177_11: f32 = t177[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v551_11: f32 = acc2_3 * l177_11;
    t551[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v551_11;
    let l176_11: f32 = t176[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v554_11: f32 = v550_11 * l176_11;
    t554[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v554_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l178_12: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v550_12: f32 = acc3_0 * l178_12;
    t550[(row0 + ty + 48i) * 176i + (col0 + tx)] = v550_12;
    let l177_12: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v551_12: f32 = acc3_0 * l177_12;
    t551[(row0 + ty + 48i) * 176i + (col0 + tx)] = v551_12;
    let l176_12: f32 = t176[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v554_12: f32 = v550_12 * l176_12;
    t554[(row0 + ty + 48i) * 176i + (col0 + tx)] = v554_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l178_13: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v550_13: f32 = acc3_1 * l178_13;
    t550[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v550_13;
    let l177_13: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v551_13: f32 = acc3_1 * l177_13;
    t551[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v551_13;
    let l176_13: f32 = t176[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v554_13: f32 = v550_13 * l176_13;
    t554[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v554_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l178_14: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v550_14: f32 = acc3_2 * l178_14;
    t550[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v550_14;
    let l177_14: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v551_14: f32 = acc3_2 * l177_14;
    t551[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v551_14;
    let l176_14: f32 = t176[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v554_14: f32 = v550_14 * l176_14;
    t554[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v554_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l178_15: f32 = t178[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v550_15: f32 = acc3_3 * l178_15;
    t550[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v550_15;
    let l177_15: f32 = t177[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v551_15: f32 = acc3_3 * l177_15;
    t551[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v551_15;
    let l176_15: f32 = t176[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v554_15: f32 = v550_15 * l176_15;
    t554[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v554_15;
  }
}
