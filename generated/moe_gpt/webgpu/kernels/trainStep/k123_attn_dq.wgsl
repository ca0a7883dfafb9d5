// kernel k123_attn_dq
@group(0) @binding(0) var<storage, read_write> t635: array<f32>;
@group(0) @binding(1) var<storage, read> t262: array<f32>;
@group(0) @binding(2) var<storage, read> t630: array<f32>;
@group(0) @binding(3) var<storage, read> t531: array<f32>;
@group(0) @binding(4) var<storage, read> t634: array<f32>;
@group(0) @binding(5) var<storage, read> t277: array<f32>;
@group(0) @binding(6) var<storage, read> t246: array<f32>;
var<workgroup> t_k: array<f32, 1024>;
var<workgroup> t_v: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k123_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let t: i32 = i32(loom_lid.x);
  var acc0: f32 = 0.0f;
  var acc1: f32 = 0.0f;
  var acc2: f32 = 0.0f;
  var acc3: f32 = 0.0f;
  var acc4: f32 = 0.0f;
  var acc5: f32 = 0.0f;
  var acc6: f32 = 0.0f;
  var acc7: f32 = 0.0f;
  var acc8: f32 = 0.0f;
  var acc9: f32 = 0.0f;
  var acc10: f32 = 0.0f;
  var acc11: f32 = 0.0f;
  var acc12: f32 = 0.0f;
  var acc13: f32 = 0.0f;
  var acc14: f32 = 0.0f;
  var acc15: f32 = 0.0f;
  var r_q0: f32 = 0.0f;
  var r_q1: f32 = 0.0f;
  var r_q2: f32 = 0.0f;
  var r_q3: f32 = 0.0f;
  var r_q4: f32 = 0.0f;
  var r_q5: f32 = 0.0f;
  var r_q6: f32 = 0.0f;
  var r_q7: f32 = 0.0f;
  var r_q8: f32 = 0.0f;
  var r_q9: f32 = 0.0f;
  var r_q10: f32 = 0.0f;
  var r_q11: f32 = 0.0f;
  var r_q12: f32 = 0.0f;
  var r_q13: f32 = 0.0f;
  var r_q14: f32 = 0.0f;
  var r_q15: f32 = 0.0f;
  var r_dO0: f32 = 0.0f;
  var r_dO1: f32 = 0.0f;
  var r_dO2: f32 = 0.0f;
  var r_dO3: f32 = 0.0f;
  var r_dO4: f32 = 0.0f;
  var r_dO5: f32 = 0.0f;
  var r_dO6: f32 = 0.0f;
  var r_dO7: f32 = 0.0f;
  var r_dO8: f32 = 0.0f;
  var r_dO9: f32 = 0.0f;
  var r_dO10: f32 = 0.0f;
  var r_dO11: f32 = 0.0f;
  var r_dO12: f32 = 0.0f;
  var r_dO13: f32 = 0.0f;
  var r_dO14: f32 = 0.0f;
  var r_dO15: f32 = 0.0f;
  let wg: i32 = i32(loom_wid.x);
  let h: i32 = wg % 4i;
  let lead: i32 = wg / 4i;
  let valid: bool = t < 64i;
  if (valid) {
    let l263: f32 = t262[lead * 4096i + h * 1024i + t * 16i];
    r_q0 = l263;
    let l263_1: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 1i];
    r_q1 = l263_1;
    let l263_2: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 2i];
    r_q2 = l263_2;
    let l263_3: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 3i];
    r_q3 = l263_3;
    let l263_4: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 4i];
    r_q4 = l263_4;
    let l263_5: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 5i];
    r_q5 = l263_5;
    let l263_6: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 6i];
    r_q6 = l263_6;
    let l263_7: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 7i];
    r_q7 = l263_7;
    let l263_8: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 8i];
    r_q8 = l263_8;
    let l263_9: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 9i];
    r_q9 = l263_9;
    let l263_10: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 10i];
    r_q10 = l263_10;
    let l263_11: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 11i];
    r_q11 = l263_11;
    let l263_12: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 12i];
    r_q12 = l263_12;
    let l263_13: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 13i];
    r_q13 = l263_13;
    let l263_14: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 14i];
    r_q14 = l263_14;
    let l263_15: f32 = t262[lead * 4096i + h * 1024i + t * 16i + 15i];
    r_q15 = l263_15;
  }
  if (valid) {
    let l630: f32 = t630[lead * 4096i + h * 1024i + t * 16i];
    r_dO0 = l630;
    let l630_1: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 1i];
    r_dO1 = l630_1;
    let l630_2: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 2i];
    r_dO2 = l630_2;
    let l630_3: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 3i];
    r_dO3 = l630_3;
    let l630_4: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 4i];
    r_dO4 = l630_4;
    let l630_5: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 5i];
    r_dO5 = l630_5;
    let l630_6: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 6i];
    r_dO6 = l630_6;
    let l630_7: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 7i];
    r_dO7 = l630_7;
    let l630_8: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 8i];
    r_dO8 = l630_8;
    let l630_9: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 9i];
    r_dO9 = l630_9;
    let l630_10: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 10i];
    r_dO10 = l630_10;
    let l630_11: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 11i];
    r_dO11 = l630_11;
    let l630_12: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 12i];
    r_dO12 = l630_12;
    let l630_13: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 13i];
    r_dO13 = l630_13;
    let l630_14: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 14i];
    r_dO14 = l630_14;
    let l630_15: f32 = t630[lead * 4096i + h * 1024i + t * 16i + 15i];
    r_dO15 = l630_15;
  }
  let hi: i32 = min(64i, t + 1i);
  var lse: f32 = 0.0f;
  var delta: f32 = 0.0f;
  if (valid) {
    let l531: f32 = t531[lead * 256i + h * 64i + t];
    let l634: f32 = t634[lead * 256i + h * 64i + t];
    lse = l531;
    delta = l634;
  }
  for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 1024i; e += 64i) {
      let o: i32 = o0 + e / 16i;
      if (o < 64i) {
        let l278: f32 = t277[lead * 4096i + h * 1024i + o * 16i + e % 16i];
        t_k[e] = l278;
      } else {
        t_k[e] = 0.0f;
      }
    }
    for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
      let o_1: i32 = o0 + e_1 / 16i;
      if (o_1 < 64i) {
        let l248: f32 = t246[lead * 4096i + h * 16i + o_1 * 64i + e_1 % 16i];
        t_v[e_1] = l248;
      } else {
        t_v[e_1] = 0.0f;
      }
    }
    workgroupBarrier();
    let ofrom: i32 = max(0i, 0i - o0);
    let oto: i32 = min(64i, hi - o0);
    if (valid) {
      for (var oo: i32 = ofrom; oo < oto; oo++) {
        var dot: f32 = 0.0f;
        dot += r_q0 * t_k[oo * 16i];
        dot += r_q1 * t_k[oo * 16i + 1i];
        dot += r_q2 * t_k[oo * 16i + 2i];
        dot += r_q3 * t_k[oo * 16i + 3i];
        dot += r_q4 * t_k[oo * 16i + 4i];
        dot += r_q5 * t_k[oo * 16i + 5i];
        dot += r_q6 * t_k[oo * 16i + 6i];
        dot += r_q7 * t_k[oo * 16i + 7i];
        dot += r_q8 * t_k[oo * 16i + 8i];
        dot += r_q9 * t_k[oo * 16i + 9i];
        dot += r_q10 * t_k[oo * 16i + 10i];
        dot += r_q11 * t_k[oo * 16i + 11i];
        dot += r_q12 * t_k[oo * 16i + 12i];
        dot += r_q13 * t_k[oo * 16i + 13i];
        dot += r_q14 * t_k[oo * 16i + 14i];
        dot += r_q15 * t_k[oo * 16i + 15i];
        let pj: f32 = exp(dot * 0.25f - lse);
        var dot_1: f32 = 0.0f;
        dot_1 += r_dO0 * t_v[oo * 16i];
        dot_1 += r_dO1 * t_v[oo * 16i + 1i];
        dot_1 += r_dO2 * t_v[oo * 16i + 2i];
        dot_1 += r_dO3 * t_v[oo * 16i + 3i];
        dot_1 += r_dO4 * t_v[oo * 16i + 4i];
        dot_1 += r_dO5 * t_v[oo * 16i + 5i];
        dot_1 += r_dO6 * t_v[oo * 16i + 6i];
        dot_1 += r_dO7 * t_v[oo * 16i + 7i];
        dot_1 += r_dO8 * t_v[oo * 16i + 8i];
        dot_1 += r_dO9 * t_v[oo * 16i + 9i];
        dot_1 += r_dO10 * t_v[oo * 16i + 10i];
        dot_1 += r_dO11 * t_v[oo * 16i + 11i];
        dot_1 += r_dO12 * t_v[oo * 16i + 12i];
        dot_1 += r_dO13 * t_v[oo * 16i + 13i];
        dot_1 += r_dO14 * t_v[oo * 16i + 14i];
        dot_1 += r_dO15 * t_v[oo * 16i + 15i];
        let ds: f32 = pj * (dot_1 - delta) * 0.25f;
        acc0 += ds * t_k[oo * 16i];
        acc1 += ds * t_k[oo * 16i + 1i];
        acc2 += ds * t_k[oo * 16i + 2i];
        acc3 += ds * t_k[oo * 16i + 3i];
        acc4 += ds * t_k[oo * 16i + 4i];
        acc5 += ds * t_k[oo * 16i + 5i];
        acc6 += ds * t_k[oo * 16i + 6i];
        acc7 += ds * t_k[oo * 16i + 7i];
        acc8 += ds * t_k[oo * 16i + 8i];
        acc9 += ds * t_k[oo * 16i + 9i];
        acc10 += ds * t_k[oo * 16i + 10i];
        acc11 += ds * t_k[oo * 16i + 11i];
        acc12 += ds * t_k[oo * 16i + 12i];
        acc13 += ds * t_k[oo * 16i + 13i];
        acc14 += ds * t_k[oo * 16i + 14i];
        acc15 += ds * t_k[oo * 16i + 15i];
      }
    }
  }
  if (valid) {
    t635[((lead * 4i + h) * 64i + t) * 16i] = acc0;
    t635[((lead * 4i + h) * 64i + t) * 16i + 1i] = acc1;
    t635[((lead * 4i + h) * 64i + t) * 16i + 2i] = acc2;
    t635[((lead * 4i + h) * 64i + t) * 16i + 3i] = acc3;
    t635[((lead * 4i + h) * 64i + t) * 16i + 4i] = acc4;
    t635[((lead * 4i + h) * 64i + t) * 16i + 5i] = acc5;
    t635[((lead * 4i + h) * 64i + t) * 16i + 6i] = acc6;
    t635[((lead * 4i + h) * 64i + t) * 16i + 7i] = acc7;
    t635[((lead * 4i + h) * 64i + t) * 16i + 8i] = acc8;
    t635[((lead * 4i + h) * 64i + t) * 16i + 9i] = acc9;
    t635[((lead * 4i + h) * 64i + t) * 16i + 10i] = acc10;
    t635[((lead * 4i + h) * 64i + t) * 16i + 11i] = acc11;
    t635[((lead * 4i + h) * 64i + t) * 16i + 12i] = acc12;
    t635[((lead * 4i + h) * 64i + t) * 16i + 13i] = acc13;
    t635[((lead * 4i + h) * 64i + t) * 16i + 14i] = acc14;
    t635[((lead * 4i + h) * 64i + t) * 16i + 15i] = acc15;
  }
}
