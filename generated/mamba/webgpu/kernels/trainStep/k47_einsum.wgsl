// kernel k47_einsum
@group(0) @binding(0) var<storage, read> t329: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mixer_out_proj_w: array<f32>;
@group(0) @binding(2) var<storage, read> t89: array<f32>;
@group(0) @binding(3) var<storage, read_write> t332: array<f32>;
@group(0) @binding(4) var<storage, read> t83: array<f32>;
@group(0) @binding(5) var<storage, read> t88: array<f32>;
@group(0) @binding(6) var<storage, read> t38: array<f32>;
@group(0) @binding(7) var<storage, read_write> t339: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k47_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t329[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t329[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t329[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t329[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 128i) {
      tileB[bRow * 64i + bN] = p_layers_0_mixer_out_proj_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 128i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_0_mixer_out_proj_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 128i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_0_mixer_out_proj_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 128i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_0_mixer_out_proj_w[bK + 12i + (col0 + bN) * 64i];
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
  if (row0 + ty < 1024i && col0 + tx < 128i) {
    let l89: f32 = t89[(row0 + ty) * 128i + (col0 + tx)];
    let v332: f32 = acc0_0 * l89;
    t332[(row0 + ty) * 128i + (col0 + tx)] = v332;
    let l86: f32 = t83[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx)];
    let v333: f32 = acc0_0 * l86;
    let l88: f32 = t88[(row0 + ty) * 128i + (col0 + tx)];
    let v334: f32 = v333 * l88;
    let l87: f32 = t38[128i + (row0 + ty) * 256i + (col0 + tx)];
    let v335: f32 = v333 * l87;
    let v336: f32 = 1.0f - l88;
    let v337: f32 = l88 * v336;
    let v338: f32 = v335 * v337;
    let v339: f32 = v334 + v338;
    t339[(row0 + ty) * 128i + (col0 + tx)] = v339;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 128i) {
    let l89_1: f32 = t89[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v332_1: f32 = acc0_1 * l89_1;
    t332[(row0 + ty) * 128i + (col0 + tx) + 16i] = v332_1;
    let l86_1: f32 = t83[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 16i];
    let v333_1: f32 = acc0_1 * l86_1;
    let l88_1: f32 = t88[(row0 + ty) * 128i + (col0 + tx) + 16i];
    let v334_1: f32 = v333_1 * l88_1;
    let l87_1: f32 = t38[128i + (row0 + ty) * 256i + (col0 + tx) + 16i];
    let v335_1: f32 = v333_1 * l87_1;
    let v336_1: f32 = 1.0f - l88_1;
    let v337_1: f32 = l88_1 * v336_1;
    let v338_1: f32 = v335_1 * v337_1;
    let v339_1: f32 = v334_1 + v338_1;
    t339[(row0 + ty) * 128i + (col0 + tx) + 16i] = v339_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 128i) {
    let l89_2: f32 = t89[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v332_2: f32 = acc0_2 * l89_2;
    t332[(row0 + ty) * 128i + (col0 + tx) + 32i] = v332_2;
    let l86_2: f32 = t83[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 32i];
    let v333_2: f32 = acc0_2 * l86_2;
    let l88_2: f32 = t88[(row0 + ty) * 128i + (col0 + tx) + 32i];
    let v334_2: f32 = v333_2 * l88_2;
    let l87_2: f32 = t38[128i + (row0 + ty) * 256i + (col0 + tx) + 32i];
    let v335_2: f32 = v333_2 * l87_2;
    let v336_2: f32 = 1.0f - l88_2;
    let v337_2: f32 = l88_2 * v336_2;
    let v338_2: f32 = v335_2 * v337_2;
    let v339_2: f32 = v334_2 + v338_2;
    t339[(row0 + ty) * 128i + (col0 + tx) + 32i] = v339_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 128i) {
    let l89_3: f32 = t89[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v332_3: f32 = acc0_3 * l89_3;
    t332[(row0 + ty) * 128i + (col0 + tx) + 48i] = v332_3;
    let l86_3: f32 = t83[(row0 + ty) / 64i * 128i + (row0 + ty) % 64i * 2048i + (col0 + tx) + 48i];
    let v333_3: f32 = acc0_3 * l86_3;
    let l88_3: f32 = t88[(row0 + ty) * 128i + (col0 + tx) + 48i];
    let v334_3: f32 = v333_3 * l88_3;
    let l87_3: f32 = t38[128i + (row0 + ty) * 256i + (col0 + tx) + 48i];
    let v335_3: f32 = v333_3 * l87_3;
    let v336_3: f32 = 1.0f - l88_3;
    let v337_3: f32 = l88_3 * v336_3;
    let v338_3: f32 = v335_3 * v337_3;
    let v339_3: f32 = v334_3 + v338_3;
    t339[(row0 + ty) * 128i + (col0 + tx) + 48i] = v339_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 128i) {
    let l89_4: f32 = t89[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v332_4: f32 = acc1_0 * l89_4;
    t332[(row0 + ty + 16i) * 128i + (col0 + tx)] = v332_4;
    let l86_4: f32 = t83[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx)];
    let v333_4: f32 = acc1_0 * l86_4;
    let l88_4: f32 = t88[(row0 + ty + 16i) * 128i + (col0 + tx)];
    let v334_4: f32 = v333_4 * l88_4;
    let l87_4: f32 = t38[128i + (row0 + ty + 16i) * 256i + (col0 + tx)];
    let v335_4: f32 = v333_4 * l87_4;
    let v336_4: f32 = 1.0f - l88_4;
    let v337_4: f32 = l88_4 * v336_4;
    let v338_4: f32 = v335_4 * v337_4;
    let v339_4: f32 = v334_4 + v338_4;
    t339[(row0 + ty + 16i) * 128i + (col0 + tx)] = v339_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 128i) {
    let l89_5: f32 = t89[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v332_5: f32 = acc1_1 * l89_5;
    t332[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v332_5;
    let l86_5: f32 = t83[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 16i];
    let v333_5: f32 = acc1_1 * l86_5;
    let l88_5: f32 = t88[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i];
    let v334_5: f32 = v333_5 * l88_5;
    let l87_5: f32 = t38[128i + (row0 + ty + 16i) * 256i + (col0 + tx) + 16i];
    let v335_5: f32 = v333_5 * l87_5;
    let v336_5: f32 = 1.0f - l88_5;
    let v337_5: f32 = l88_5 * v336_5;
    let v338_5: f32 = v335_5 * v337_5;
    let v339_5: f32 = v334_5 + v338_5;
    t339[(row0 + ty + 16i) * 128i + (col0 + tx) + 16i] = v339_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 128i) {
    let l89_6: f32 = t89[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v332_6: f32 = acc1_2 * l89_6;
    t332[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v332_6;
    let l86_6: f32 = t83[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 32i];
    let v333_6: f32 = acc1_2 * l86_6;
    let l88_6: f32 = t88[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i];
    let v334_6: f32 = v333_6 * l88_6;
    let l87_6: f32 = t38[128i + (row0 + ty + 16i) * 256i + (col0 + tx) + 32i];
    let v335_6: f32 = v333_6 * l87_6;
    let v336_6: f32 = 1.0f - l88_6;
    let v337_6: f32 = l88_6 * v336_6;
    let v338_6: f32 = v335_6 * v337_6;
    let v339_6: f32 = v334_6 + v338_6;
    t339[(row0 + ty + 16i) * 128i + (col0 + tx) + 32i] = v339_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 128i) {
    let l89_7: f32 = t89[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v332_7: f32 = acc1_3 * l89_7;
    t332[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v332_7;
    let l86_7: f32 = t83[(row0 + ty + 16i) / 64i * 128i + (row0 + ty + 16i) % 64i * 2048i + (col0 + tx) + 48i];
    let v333_7: f32 = acc1_3 * l86_7;
    let l88_7: f32 = t88[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i];
    let v334_7: f32 = v333_7 * l88_7;
    let l87_7: f32 = t38[128i + (row0 + ty + 16i) * 256i + (col0 + tx) + 48i];
    let v335_7: f32 = v333_7 * l87_7;
    let v336_7: f32 = 1.0f - l88_7;
    let v337_7: f32 = l88_7 * v336_7;
    let v338_7: f32 = v335_7 * v337_7;
    let v339_7: f32 = v334_7 + v338_7;
    t339[(row0 + ty + 16i) * 128i + (col0 + tx) + 48i] = v339_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 128i) {
    let l89_8: f32 = t89[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v332_8: f32 = acc2_0 * l89_8;
    t332[(row0 + ty + 32i) * 128i + (col0 + tx)] = v332_8;
    let l86_8: f32 = t83[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx)];
    let v333_8: f32 = acc2_0 * l86_8;
    let l88_8: f32 = t88[(row0 + ty + 32i) * 128i + (col0 + tx)];
    let v334_8: f32 = v333_8 * l88_8;
    let l87_8: f32 = t38[128i + (row0 + ty + 32i) * 256i + (col0 + tx)];
    let v335_8: f32 = v333_8 * l87_8;
    let v336_8: f32 = 1.0f - l88_8;
    let v337_8: f32 = l88_8 * v336_8;
    let v338_8: f32 = v335_8 * v337_8;
    let v339_8: f32 = v334_8 + v338_8;
    t339[(row0 + ty + 32i) * 128i + (col0 + tx)] = v339_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 128i) {
    let l89_9: f32 = t89[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v332_9: f32 = acc2_1 * l89_9;
    t332[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v332_9;
    let l86_9: f32 = t83[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 16i];
    let v333_9: f32 = acc2_1 * l86_9;
    let l88_9: f32 = t88[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i];
    let v334_9: f32 = v333_9 * l88_9;
    let l87_9: f32 = t38[128i + (row0 + ty + 32i) * 256i + (col0 + tx) + 16i];
    let v335_9: f32 = v333_9 * l87_9;
    let v336_9: f32 = 1.0f - l88_9;
    let v337_9: f32 = l88_9 * v336_9;
    let v338_9: f32 = v335_9 * v337_9;
    let v339_9: f32 = v334_9 + v338_9;
    t339[(row0 + ty + 32i) * 128i + (col0 + tx) + 16i] = v339_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 128i) {
    let l89_10: f32 = t89[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v332_10: f32 = acc2_2 * l89_10;
    t332[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v332_10;
    let l86_10: f32 = t83[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 32i];
    let v333_10: f32 = acc2_2 * l86_10;
    let l88_10: f32 = t88[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i];
    let v334_10: f32 = v333_10 * l88_10;
    let l87_10: f32 = t38[128i + (row0 + ty + 32i) * 256i + (col0 + tx) + 32i];
    let v335_10: f32 = v333_10 * l87_10;
    let v336_10: f32 = 1.0f - l88_10;
    let v337_10: f32 = l88_10 * v336_10;
    let v338_10: f32 = v335_10 * v337_10;
    let v339_10: f32 = v334_10 + v338_10;
    t339[(row0 + ty + 32i) * 128i + (col0 + tx) + 32i] = v339_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 128i) {
    let l89_11: f32 = t89[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v332_11: f32 = acc2_3 * l89_11;
    t332[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v332_11;
    let l86_11: f32 = t83[(row0 + ty + 32i) / 64i * 128i + (row0 + ty + 32i) % 64i * 2048i + (col0 + tx) + 48i];
    let v333_11: f32 = acc2_3 * l86_11;
    let l88_11: f32 = t88[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i];
    let v334_11: f32 = v333_11 * l88_11;
    let l87_11: f32 = t38[128i + (row0 + ty + 32i) * 256i + (col0 + tx) + 48i];
    let v335_11: f32 = v333_11 * l87_11;
    let v336_11: f32 = 1.0f - l88_11;
    let v337_11: f32 = l88_11 * v336_11;
    let v338_11: f32 = v335_11 * v337_11;
    let v339_11: f32 = v334_11 + v338_11;
    t339[(row0 + ty + 32i) * 128i + (col0 + tx) + 48i] = v339_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 128i) {
    let l89_12: f32 = t89[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v332_12: f32 = acc3_0 * l89_12;
    t332[(row0 + ty + 48i) * 128i + (col0 + tx)] = v332_12;
    let l86_12: f32 = t83[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx)];
    let v333_12: f32 = acc3_0 * l86_12;
    let l88_12: f32 = t88[(row0 + ty + 48i) * 128i + (col0 + tx)];
    let v334_12: f32 = v333_12 * l88_12;
    let l87_12: f32 = t38[128i + (row0 + ty + 48i) * 256i + (col0 + tx)];
    let v335_12: f32 = v333_12 * l87_12;
    let v336_12: f32 = 1.0f - l88_12;
    let v337_12: f32 = l88_12 * v336_12;
    let v338_12: f32 = v335_12 * v337_12;
    let v339_12: f32 = v334_12 + v338_12;
    t339[(row0 + ty + 48i) * 128i + (col0 + tx)] = v339_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 128i) {
    let l89_13: f32 = t89[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v332_13: f32 = acc3_1 * l89_13;
    t332[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v332_13;
    let l86_13: f32 = t83[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 16i];
    let v333_13: f32 = acc3_1 * l86_13;
    let l88_13: f32 = t88[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i];
    let v334_13: f32 = v333_13 * l88_13;
    let l87_13: f32 = t38[128i + (row0 + ty + 48i) * 256i + (col0 + tx) + 16i];
    let v335_13: f32 = v333_13 * l87_13;
    let v336_13: f32 = 1.0f - l88_13;
    let v337_13: f32 = l88_13 * v336_13;
    let v338_13: f32 = v335_13 * v337_13;
    let v339_13: f32 = v334_13 + v338_13;
    t339[(row0 + ty + 48i) * 128i + (col0 + tx) + 16i] = v339_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 128i) {
    let l89_14: f32 = t89[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v332_14: f32 = acc3_2 * l89_14;
    t332[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v332_14;
    let l86_14: f32 = t83[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 32i];
    let v333_14: f32 = acc3_2 * l86_14;
    let l88_14: f32 = t88[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i];
    let v334_14: f32 = v333_14 * l88_14;
    let l87_14: f32 = t38[128i + (row0 + ty + 48i) * 256i + (col0 + tx) + 32i];
    let v335_14: f32 = v333_14 * l87_14;
    let v336_14: f32 = 1.0f - l88_14;
    let v337_14: f32 = l88_14 * v336_14;
    let v338_14: f32 = v335_14 * v337_14;
    let v339_14: f32 = v334_14 + v338_14;
    t339[(row0 + ty + 48i) * 128i + (col0 + tx) + 32i] = v339_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 128i) {
    let l89_15: f32 = t89[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v332_15: f32 = acc3_3 * l89_15;
    t332[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v332_15;
    let l86_15: f32 = t83[(row0 + ty + 48i) / 64i * 128i + (row0 + ty + 48i) % 64i * 2048i + (col0 + tx) + 48i];
    let v333_15: f32 = acc3_3 * l86_15;
    let l88_15: f32 = t88[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i];
    let v334_15: f32 = v333_15 * l88_15;
    let l87_15: f32 = t38[128i + (row0 + ty + 48i) * 256i + (col0 + tx) + 48i];
    let v335_15: f32 = v333_15 * l87_15;
    let v336_15: f32 = 1.0f - l88_15;
    let v337_15: f32 = l88_15 * v336_15;
    let v338_15: f32 = v335_15 * v337_15;
    let v339_15: f32 = v334_15 + v338_15;
    t339[(row0 + ty + 48i) * 128i + (col0 + tx) + 48i] = v339_15;
  }
}
