// kernel k105_einsum
@group(0) @binding(0) var<storage, read> t511: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t164: array<f32>;
@group(0) @binding(3) var<storage, read_write> t515: array<f32>;
@group(0) @binding(4) var<storage, read> t165: array<f32>;
@group(0) @binding(5) var<storage, read> t163: array<f32>;
@group(0) @binding(6) var<storage, read> t162: array<f32>;
@group(0) @binding(7) var<storage, read_write> t523: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k105_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t511[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t511[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t511[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t511[(row0 + ty + 48i) * 64i + kA];
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
    let l164: f32 = t164[(row0 + ty) * 176i + (col0 + tx)];
    let v515: f32 = acc0_0 * l164;
    t515[(row0 + ty) * 176i + (col0 + tx)] = v515;
    let l165: f32 = t165[(row0 + ty) * 176i + (col0 + tx)];
    let v514: f32 = acc0_0 * l165;
    let l163: f32 = t163[(row0 + ty) * 176i + (col0 + tx)];
    let v518: f32 = v514 * l163;
    let l162: f32 = t162[(row0 + ty) * 176i + (col0 + tx)];
    let v519: f32 = v514 * l162;
    let v520: f32 = 1.0f - l163;
    let v521: f32 = l163 * v520;
    let v522: f32 = v519 * v521;
    let v523: f32 = v518 + v522;
    t523[(row0 + ty) * 176i + (col0 + tx)] = v523;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 176i) {
    let l164_1: f32 = t164[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v515_1: f32 = acc0_1 * l164_1;
    t515[(row0 + ty) * 176i + (col0 + tx) + 16i] = v515_1;
    let l165_1: f32 = t165[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v514_1: f32 = acc0_1 * l165_1;
    let l163_1: f32 = t163[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v518_1: f32 = v514_1 * l163_1;
    let l162_1: f32 = t162[(row0 + ty) * 176i + (col0 + tx) + 16i];
    let v519_1: f32 = v514_1 * l162_1;
    let v520_1: f32 = 1.0f - l163_1;
    let v521_1: f32 = l163_1 * v520_1;
    let v522_1: f32 = v519_1 * v521_1;
    let v523_1: f32 = v518_1 + v522_1;
    t523[(row0 + ty) * 176i + (col0 + tx) + 16i] = v523_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 176i) {
    let l164_2: f32 = t164[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v515_2: f32 = acc0_2 * l164_2;
    t515[(row0 + ty) * 176i + (col0 + tx) + 32i] = v515_2;
    let l165_2: f32 = t165[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v514_2: f32 = acc0_2 * l165_2;
    let l163_2: f32 = t163[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v518_2: f32 = v514_2 * l163_2;
    let l162_2: f32 = t162[(row0 + ty) * 176i + (col0 + tx) + 32i];
    let v519_2: f32 = v514_2 * l162_2;
    let v520_2: f32 = 1.0f - l163_2;
    let v521_2: f32 = l163_2 * v520_2;
    let v522_2: f32 = v519_2 * v521_2;
    let v523_2: f32 = v518_2 + v522_2;
    t523[(row0 + ty) * 176i + (col0 + tx) + 32i] = v523_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 176i) {
    let l164_3: f32 = t164[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v515_3: f32 = acc0_3 * l164_3;
    t515[(row0 + ty) * 176i + (col0 + tx) + 48i] = v515_3;
    let l165_3: f32 = t165[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v514_3: f32 = acc0_3 * l165_3;
    let l163_3: f32 = t163[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v518_3: f32 = v514_3 * l163_3;
    let l162_3: f32 = t162[(row0 + ty) * 176i + (col0 + tx) + 48i];
    let v519_3: f32 = v514_3 * l162_3;
    let v520_3: f32 = 1.0f - l163_3;
    let v521_3: f32 = l163_3 * v520_3;
    let v522_3: f32 = v519_3 * v521_3;
    let v523_3: f32 = v518_3 + v522_3;
    t523[(row0 + ty) * 176i + (col0 + tx) + 48i] = v523_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 176i) {
    let l164_4: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v515_4: f32 = acc1_0 * l164_4;
    t515[(row0 + ty + 16i) * 176i + (col0 + tx)] = v515_4;
    let l165_4: f32 = t165[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v514_4: f32 = acc1_0 * l165_4;
    let l163_4: f32 = t163[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v518_4: f32 = v514_4 * l163_4;
    let l162_4: f32 = t162[(row0 + ty + 16i) * 176i + (col0 + tx)];
    let v519_4: f32 = v514_4 * l162_4;
    let v520_4: f32 = 1.0f - l163_4;
    let v521_4: f32 = l163_4 * v520_4;
    let v522_4: f32 = v519_4 * v521_4;
    let v523_4: f32 = v518_4 + v522_4;
    t523[(row0 + ty + 16i) * 176i + (col0 + tx)] = v523_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 176i) {
    let l164_5: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v515_5: f32 = acc1_1 * l164_5;
    t515[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v515_5;
    let l165_5: f32 = t165[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v514_5: f32 = acc1_1 * l165_5;
    let l163_5: f32 = t163[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v518_5: f32 = v514_5 * l163_5;
    let l162_5: f32 = t162[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i];
    let v519_5: f32 = v514_5 * l162_5;
    let v520_5: f32 = 1.0f - l163_5;
    let v521_5: f32 = l163_5 * v520_5;
    let v522_5: f32 = v519_5 * v521_5;
    let v523_5: f32 = v518_5 + v522_5;
    t523[(row0 + ty + 16i) * 176i + (col0 + tx) + 16i] = v523_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 176i) {
    let l164_6: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v515_6: f32 = acc1_2 * l164_6;
    t515[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v515_6;
    let l165_6: f32 = t165[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v514_6: f32 = acc1_2 * l165_6;
    let l163_6: f32 = t163[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v518_6: f32 = v514_6 * l163_6;
    let l162_6: f32 = t162[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i];
    let v519_6: f32 = v514_6 * l162_6;
    let v520_6: f32 = 1.0f - l163_6;
    let v521_6: f32 = l163_6 * v520_6;
    let v522_6: f32 = v519_6 * v521_6;
    let v523_6: f32 = v518_6 + v522_6;
    t523[(row0 + ty + 16i) * 176i + (col0 + tx) + 32i] = v523_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 176i) {
    let l164_7: f32 = t164[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v515_7: f32 = acc1_3 * l164_7;
    t515[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v515_7;
    let l165_7: f32 = t165[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v514_7: f32 = acc1_3 * l165_7;
    let l163_7: f32 = t163[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v518_7: f32 = v514_7 * l163_7;
    let l162_7: f32 = t162[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i];
    let v519_7: f32 = v514_7 * l162_7;
    let v520_7: f32 = 1.0f - l163_7;
    let v521_7: f32 = l163_7 * v520_7;
    let v522_7: f32 = v519_7 * v521_7;
    let v523_7: f32 = v518_7 + v522_7;
    t523[(row0 + ty + 16i) * 176i + (col0 + tx) + 48i] = v523_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 176i) {
    let l164_8: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v515_8: f32 = acc2_0 * l164_8;
    t515[(row0 + ty + 32i) * 176i + (col0 + tx)] = v515_8;
    let l165_8: f32 = t165[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v514_8: f32 = acc2_0 * l165_8;
    let l163_8: f32 = t163[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v518_8: f32 = v514_8 * l163_8;
    let l162_8: f32 = t162[(row0 + ty + 32i) * 176i + (col0 + tx)];
    let v519_8: f32 = v514_8 * l162_8;
    let v520_8: f32 = 1.0f - l163_8;
    let v521_8: f32 = l163_8 * v520_8;
    let v522_8: f32 = v519_8 * v521_8;
    let v523_8: f32 = v518_8 + v522_8;
    t523[(row0 + ty + 32i) * 176i + (col0 + tx)] = v523_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 176i) {
    let l164_9: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v515_9: f32 = acc2_1 * l164_9;
    t515[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v515_9;
    let l165_9: f32 = t165[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v514_9: f32 = acc2_1 * l165_9;
    let l163_9: f32 = t163[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v518_9: f32 = v514_9 * l163_9;
    let l162_9: f32 = t162[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i];
    let v519_9: f32 = v514_9 * l162_9;
    let v520_9: f32 = 1.0f - l163_9;
    let v521_9: f32 = l163_9 * v520_9;
    let v522_9: f32 = v519_9 * v521_9;
    let v523_9: f32 = v518_9 + v522_9;
    t523[(row0 + ty + 32i) * 176i + (col0 + tx) + 16i] = v523_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 176i) {
    let l164_10: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v515_10: f32 = acc2_2 * l164_10;
    t515[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v515_10;
    let l165_10: f32 = t165[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v514_10: f32 = acc2_2 * l165_10;
    let l163_10: f32 = t163[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v518_10: f32 = v514_10 * l163_10;
    let l162_10: f32 = t162[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i];
    let v519_10: f32 = v514_10 * l162_10;
    let v520_10: f32 = 1.0f - l163_10;
    let v521_10: f32 = l163_10 * v520_10;
    let v522_10: f32 = v519_10 * v521_10;
    let v523_10: f32 = v518_10 + v522_10;
    t523[(row0 + ty + 32i) * 176i + (col0 + tx) + 32i] = v523_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 176i) {
    let l164_11: f32 = t164[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v515_11: f32 = acc2_3 * l164_11;
    t515[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v515_11;
    let l165_11: f32 = t165[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v514_11: f32 = acc2_3 * l165_11;
    let l163_11: f32 = t163[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v518_11: f32 = v514_11 * l163_11;
    let l162_11: f32 = t162[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i];
    let v519_11: f32 = v514_11 * l162_11;
    let v520_11: f32 = 1.0f - l163_11;
    let v521_11: f32 = l163_11 * v520_11;
    let v522_11: f32 = v519_11 * v521_11;
    let v523_11: f32 = v518_11 + v522_11;
    t523[(row0 + ty + 32i) * 176i + (col0 + tx) + 48i] = v523_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 176i) {
    let l164_12: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v515_12: f32 = acc3_0 * l164_12;
    t515[(row0 + ty + 48i) * 176i + (col0 + tx)] = v515_12;
    let l165_12: f32 = t165[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v514_12: f32 = acc3_0 * l165_12;
    let l163_12: f32 = t163[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v518_12: f32 = v514_12 * l163_12;
    let l162_12: f32 = t162[(row0 + ty + 48i) * 176i + (col0 + tx)];
    let v519_12: f32 = v514_12 * l162_12;
    let v520_12: f32 = 1.0f - l163_12;
    let v521_12: f32 = l163_12 * v520_12;
    let v522_12: f32 = v519_12 * v521_12;
    let v523_12: f32 = v518_12 + v522_12;
    t523[(row0 + ty + 48i) * 176i + (col0 + tx)] = v523_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 176i) {
    let l164_13: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v515_13: f32 = acc3_1 * l164_13;
    t515[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v515_13;
    let l165_13: f32 = t165[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v514_13: f32 = acc3_1 * l165_13;
    let l163_13: f32 = t163[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v518_13: f32 = v514_13 * l163_13;
    let l162_13: f32 = t162[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i];
    let v519_13: f32 = v514_13 * l162_13;
    let v520_13: f32 = 1.0f - l163_13;
    let v521_13: f32 = l163_13 * v520_13;
    let v522_13: f32 = v519_13 * v521_13;
    let v523_13: f32 = v518_13 + v522_13;
    t523[(row0 + ty + 48i) * 176i + (col0 + tx) + 16i] = v523_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 176i) {
    let l164_14: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v515_14: f32 = acc3_2 * l164_14;
    t515[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v515_14;
    let l165_14: f32 = t165[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v514_14: f32 = acc3_2 * l165_14;
    let l163_14: f32 = t163[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v518_14: f32 = v514_14 * l163_14;
    let l162_14: f32 = t162[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i];
    let v519_14: f32 = v514_14 * l162_14;
    let v520_14: f32 = 1.0f - l163_14;
    let v521_14: f32 = l163_14 * v520_14;
    let v522_14: f32 = v519_14 * v521_14;
    let v523_14: f32 = v518_14 + v522_14;
    t523[(row0 + ty + 48i) * 176i + (col0 + tx) + 32i] = v523_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 176i) {
    let l164_15: f32 = t164[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v515_15: f32 = acc3_3 * l164_15;
    t515[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v515_15;
    let l165_15: f32 = t165[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v514_15: f32 = acc3_3 * l165_15;
    let l163_15: f32 = t163[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v518_15: f32 = v514_15 * l163_15;
    let l162_15: f32 = t162[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i];
    let v519_15: f32 = v514_15 * l162_15;
    let v520_15: f32 = 1.0f - l163_15;
    let v521_15: f32 = l163_15 * v520_15;
    let v522_15: f32 = v519_15 * v521_15;
    let v523_15: f32 = v518_15 + v522_15;
    t523[(row0 + ty + 48i) * 176i + (col0 + tx) + 48i] = v523_15;
  }
}
