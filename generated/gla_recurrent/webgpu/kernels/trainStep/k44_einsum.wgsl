// kernel k44_einsum
@group(0) @binding(0) var<storage, read> t281: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(2) var<storage, read> t164: array<f32>;
@group(0) @binding(3) var<storage, read_write> t285: array<f32>;
@group(0) @binding(4) var<storage, read> t165: array<f32>;
@group(0) @binding(5) var<storage, read> t163: array<f32>;
@group(0) @binding(6) var<storage, read> t162: array<f32>;
@group(0) @binding(7) var<storage, read_write> t294: array<f32>;
var<workgroup> tileA: array<f32, 1024>;
var<workgroup> tileB: array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn k44_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[tx * 64i + ty] = t281[(row0 + ty) * 64i + kA];
    } else {
      tileA[tx * 64i + ty] = 0.0f;
    }
    if (row0 + ty + 16i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 16i] = t281[(row0 + ty + 16i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 16i] = 0.0f;
    }
    if (row0 + ty + 32i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 32i] = t281[(row0 + ty + 32i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 32i] = 0.0f;
    }
    if (row0 + ty + 48i < 1024i && kA < 64i) {
      tileA[tx * 64i + ty + 48i] = t281[(row0 + ty + 48i) * 64i + kA];
    } else {
      tileA[tx * 64i + ty + 48i] = 0.0f;
    }
    let bK: i32 = t * 16i + bRow;
    if (bK < 64i && col0 + bN < 64i) {
      tileB[bRow * 64i + bN] = p_layers_1_attn_wo_w[bK + (col0 + bN) * 64i];
    } else {
      tileB[bRow * 64i + bN] = 0.0f;
    }
    if (bK + 4i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 4i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 4i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 4i) * 64i + bN] = 0.0f;
    }
    if (bK + 8i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 8i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 8i + (col0 + bN) * 64i];
    } else {
      tileB[(bRow + 8i) * 64i + bN] = 0.0f;
    }
    if (bK + 12i < 64i && col0 + bN < 64i) {
      tileB[(bRow + 12i) * 64i + bN] = p_layers_1_attn_wo_w[bK + 12i + (col0 + bN) * 64i];
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
    let l164: f32 = t164[(row0 + ty) * 64i + (col0 + tx)];
    let v285: f32 = acc0_0 * l164;
    t285[(row0 + ty) * 64i + (col0 + tx)] = v285;
    let l166: f32 = t165[(row0 + ty) * 64i + (col0 + tx)];
    let v284: f32 = acc0_0 * l166;
    let l163: f32 = t163[(row0 + ty) * 64i + (col0 + tx)];
    let v288: f32 = v284 * l163;
    let l162: f32 = t162[(row0 + ty) * 64i + (col0 + tx)];
    let v289: f32 = v284 * l162;
    let v291: f32 = 1.0f - l163;
    let v292: f32 = l163 * v291;
    let v293: f32 = v289 * v292;
    let v294: f32 = v288 + v293;
    t294[(row0 + ty) * 64i + (col0 + tx)] = v294;
  }
  if (row0 + ty < 1024i && col0 + tx + 16i < 64i) {
    let l164_1: f32 = t164[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v285_1: f32 = acc0_1 * l164_1;
    t285[(row0 + ty) * 64i + (col0 + tx) + 16i] = v285_1;
    let l166_1: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v284_1: f32 = acc0_1 * l166_1;
    let l163_1: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v288_1: f32 = v284_1 * l163_1;
    let l162_1: f32 = t162[(row0 + ty) * 64i + (col0 + tx) + 16i];
    let v289_1: f32 = v284_1 * l162_1;
    let v291_1: f32 = 1.0f - l163_1;
    let v292_1: f32 = l163_1 * v291_1;
    let v293_1: f32 = v289_1 * v292_1;
    let v294_1: f32 = v288_1 + v293_1;
    t294[(row0 + ty) * 64i + (col0 + tx) + 16i] = v294_1;
  }
  if (row0 + ty < 1024i && col0 + tx + 32i < 64i) {
    let l164_2: f32 = t164[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v285_2: f32 = acc0_2 * l164_2;
    t285[(row0 + ty) * 64i + (col0 + tx) + 32i] = v285_2;
    let l166_2: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v284_2: f32 = acc0_2 * l166_2;
    let l163_2: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v288_2: f32 = v284_2 * l163_2;
    let l162_2: f32 = t162[(row0 + ty) * 64i + (col0 + tx) + 32i];
    let v289_2: f32 = v284_2 * l162_2;
    let v291_2: f32 = 1.0f - l163_2;
    let v292_2: f32 = l163_2 * v291_2;
    let v293_2: f32 = v289_2 * v292_2;
    let v294_2: f32 = v288_2 + v293_2;
    t294[(row0 + ty) * 64i + (col0 + tx) + 32i] = v294_2;
  }
  if (row0 + ty < 1024i && col0 + tx + 48i < 64i) {
    let l164_3: f32 = t164[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v285_3: f32 = acc0_3 * l164_3;
    t285[(row0 + ty) * 64i + (col0 + tx) + 48i] = v285_3;
    let l166_3: f32 = t165[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v284_3: f32 = acc0_3 * l166_3;
    let l163_3: f32 = t163[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v288_3: f32 = v284_3 * l163_3;
    let l162_3: f32 = t162[(row0 + ty) * 64i + (col0 + tx) + 48i];
    let v289_3: f32 = v284_3 * l162_3;
    let v291_3: f32 = 1.0f - l163_3;
    let v292_3: f32 = l163_3 * v291_3;
    let v293_3: f32 = v289_3 * v292_3;
    let v294_3: f32 = v288_3 + v293_3;
    t294[(row0 + ty) * 64i + (col0 + tx) + 48i] = v294_3;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx < 64i) {
    let l164_4: f32 = t164[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v285_4: f32 = acc1_0 * l164_4;
    t285[(row0 + ty + 16i) * 64i + (col0 + tx)] = v285_4;
    let l166_4: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v284_4: f32 = acc1_0 * l166_4;
    let l163_4: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v288_4: f32 = v284_4 * l163_4;
    let l162_4: f32 = t162[(row0 + ty + 16i) * 64i + (col0 + tx)];
    let v289_4: f32 = v284_4 * l162_4;
    let v291_4: f32 = 1.0f - l163_4;
    let v292_4: f32 = l163_4 * v291_4;
    let v293_4: f32 = v289_4 * v292_4;
    let v294_4: f32 = v288_4 + v293_4;
    t294[(row0 + ty + 16i) * 64i + (col0 + tx)] = v294_4;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 16i < 64i) {
    let l164_5: f32 = t164[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v285_5: f32 = acc1_1 * l164_5;
    t285[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v285_5;
    let l166_5: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v284_5: f32 = acc1_1 * l166_5;
    let l163_5: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v288_5: f32 = v284_5 * l163_5;
    let l162_5: f32 = t162[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i];
    let v289_5: f32 = v284_5 * l162_5;
    let v291_5: f32 = 1.0f - l163_5;
    let v292_5: f32 = l163_5 * v291_5;
    let v293_5: f32 = v289_5 * v292_5;
    let v294_5: f32 = v288_5 + v293_5;
    t294[(row0 + ty + 16i) * 64i + (col0 + tx) + 16i] = v294_5;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 32i < 64i) {
    let l164_6: f32 = t164[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v285_6: f32 = acc1_2 * l164_6;
    t285[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v285_6;
    let l166_6: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v284_6: f32 = acc1_2 * l166_6;
    let l163_6: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v288_6: f32 = v284_6 * l163_6;
    let l162_6: f32 = t162[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i];
    let v289_6: f32 = v284_6 * l162_6;
    let v291_6: f32 = 1.0f - l163_6;
    let v292_6: f32 = l163_6 * v291_6;
    let v293_6: f32 = v289_6 * v292_6;
    let v294_6: f32 = v288_6 + v293_6;
    t294[(row0 + ty + 16i) * 64i + (col0 + tx) + 32i] = v294_6;
  }
  if (row0 + ty + 16i < 1024i && col0 + tx + 48i < 64i) {
    let l164_7: f32 = t164[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v285_7: f32 = acc1_3 * l164_7;
    t285[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v285_7;
    let l166_7: f32 = t165[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v284_7: f32 = acc1_3 * l166_7;
    let l163_7: f32 = t163[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v288_7: f32 = v284_7 * l163_7;
    let l162_7: f32 = t162[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i];
    let v289_7: f32 = v284_7 * l162_7;
    let v291_7: f32 = 1.0f - l163_7;
    let v292_7: f32 = l163_7 * v291_7;
    let v293_7: f32 = v289_7 * v292_7;
    let v294_7: f32 = v288_7 + v293_7;
    t294[(row0 + ty + 16i) * 64i + (col0 + tx) + 48i] = v294_7;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx < 64i) {
    let l164_8: f32 = t164[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v285_8: f32 = acc2_0 * l164_8;
    t285[(row0 + ty + 32i) * 64i + (col0 + tx)] = v285_8;
    let l166_8: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v284_8: f32 = acc2_0 * l166_8;
    let l163_8: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v288_8: f32 = v284_8 * l163_8;
    let l162_8: f32 = t162[(row0 + ty + 32i) * 64i + (col0 + tx)];
    let v289_8: f32 = v284_8 * l162_8;
    let v291_8: f32 = 1.0f - l163_8;
    let v292_8: f32 = l163_8 * v291_8;
    let v293_8: f32 = v289_8 * v292_8;
    let v294_8: f32 = v288_8 + v293_8;
    t294[(row0 + ty + 32i) * 64i + (col0 + tx)] = v294_8;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 16i < 64i) {
    let l164_9: f32 = t164[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v285_9: f32 = acc2_1 * l164_9;
    t285[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v285_9;
    let l166_9: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v284_9: f32 = acc2_1 * l166_9;
    let l163_9: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v288_9: f32 = v284_9 * l163_9;
    let l162_9: f32 = t162[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i];
    let v289_9: f32 = v284_9 * l162_9;
    let v291_9: f32 = 1.0f - l163_9;
    let v292_9: f32 = l163_9 * v291_9;
    let v293_9: f32 = v289_9 * v292_9;
    let v294_9: f32 = v288_9 + v293_9;
    t294[(row0 + ty + 32i) * 64i + (col0 + tx) + 16i] = v294_9;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 32i < 64i) {
    let l164_10: f32 = t164[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v285_10: f32 = acc2_2 * l164_10;
    t285[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v285_10;
    let l166_10: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v284_10: f32 = acc2_2 * l166_10;
    let l163_10: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v288_10: f32 = v284_10 * l163_10;
    let l162_10: f32 = t162[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i];
    let v289_10: f32 = v284_10 * l162_10;
    let v291_10: f32 = 1.0f - l163_10;
    let v292_10: f32 = l163_10 * v291_10;
    let v293_10: f32 = v289_10 * v292_10;
    let v294_10: f32 = v288_10 + v293_10;
    t294[(row0 + ty + 32i) * 64i + (col0 + tx) + 32i] = v294_10;
  }
  if (row0 + ty + 32i < 1024i && col0 + tx + 48i < 64i) {
    let l164_11: f32 = t164[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v285_11: f32 = acc2_3 * l164_11;
    t285[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v285_11;
    let l166_11: f32 = t165[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v284_11: f32 = acc2_3 * l166_11;
    let l163_11: f32 = t163[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v288_11: f32 = v284_11 * l163_11;
    let l162_11: f32 = t162[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i];
    let v289_11: f32 = v284_11 * l162_11;
    let v291_11: f32 = 1.0f - l163_11;
    let v292_11: f32 = l163_11 * v291_11;
    let v293_11: f32 = v289_11 * v292_11;
    let v294_11: f32 = v288_11 + v293_11;
    t294[(row0 + ty + 32i) * 64i + (col0 + tx) + 48i] = v294_11;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx < 64i) {
    let l164_12: f32 = t164[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v285_12: f32 = acc3_0 * l164_12;
    t285[(row0 + ty + 48i) * 64i + (col0 + tx)] = v285_12;
    let l166_12: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v284_12: f32 = acc3_0 * l166_12;
    let l163_12: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v288_12: f32 = v284_12 * l163_12;
    let l162_12: f32 = t162[(row0 + ty + 48i) * 64i + (col0 + tx)];
    let v289_12: f32 = v284_12 * l162_12;
    let v291_12: f32 = 1.0f - l163_12;
    let v292_12: f32 = l163_12 * v291_12;
    let v293_12: f32 = v289_12 * v292_12;
    let v294_12: f32 = v288_12 + v293_12;
    t294[(row0 + ty + 48i) * 64i + (col0 + tx)] = v294_12;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 16i < 64i) {
    let l164_13: f32 = t164[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v285_13: f32 = acc3_1 * l164_13;
    t285[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v285_13;
    let l166_13: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v284_13: f32 = acc3_1 * l166_13;
    let l163_13: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v288_13: f32 = v284_13 * l163_13;
    let l162_13: f32 = t162[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i];
    let v289_13: f32 = v284_13 * l162_13;
    let v291_13: f32 = 1.0f - l163_13;
    let v292_13: f32 = l163_13 * v291_13;
    let v293_13: f32 = v289_13 * v292_13;
    let v294_13: f32 = v288_13 + v293_13;
    t294[(row0 + ty + 48i) * 64i + (col0 + tx) + 16i] = v294_13;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 32i < 64i) {
    let l164_14: f32 = t164[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v285_14: f32 = acc3_2 * l164_14;
    t285[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v285_14;
    let l166_14: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v284_14: f32 = acc3_2 * l166_14;
    let l163_14: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v288_14: f32 = v284_14 * l163_14;
    let l162_14: f32 = t162[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i];
    let v289_14: f32 = v284_14 * l162_14;
    let v291_14: f32 = 1.0f - l163_14;
    let v292_14: f32 = l163_14 * v291_14;
    let v293_14: f32 = v289_14 * v292_14;
    let v294_14: f32 = v288_14 + v293_14;
    t294[(row0 + ty + 48i) * 64i + (col0 + tx) + 32i] = v294_14;
  }
  if (row0 + ty + 48i < 1024i && col0 + tx + 48i < 64i) {
    let l164_15: f32 = t164[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v285_15: f32 = acc3_3 * l164_15;
    t285[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v285_15;
    let l166_15: f32 = t165[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v284_15: f32 = acc3_3 * l166_15;
    let l163_15: f32 = t163[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v288_15: f32 = v284_15 * l163_15;
    let l162_15: f32 = t162[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i];
    let v289_15: f32 = v284_15 * l162_15;
    let v291_15: f32 = 1.0f - l163_15;
    let v292_15: f32 = l163_15 * v291_15;
    let v293_15: f32 = v289_15 * v292_15;
    let v294_15: f32 = v288_15 + v293_15;
    t294[(row0 + ty + 48i) * 64i + (col0 + tx) + 48i] = v294_15;
  }
}
