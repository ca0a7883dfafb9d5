// kernel k36_attn_dq
@group(0) @binding(0) var<storage, read_write> t320: array<f32>;
@group(0) @binding(1) var<storage, read> t140: array<f32>;
@group(0) @binding(2) var<storage, read> t314: array<f32>;
@group(0) @binding(3) var<storage, read> t317: array<f32>;
@group(0) @binding(4) var<storage, read> t319: array<f32>;
@group(0) @binding(5) var<storage, read> t146: array<f32>;
@group(0) @binding(6) var<storage, read> t152: array<f32>;
var<workgroup> t_k: array<f32, 1024>;
var<workgroup> t_v: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k36_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    let l142: f32 = t140[lead * 4096i + h * 16i + t * 64i];
    r_q0 = l142;
    let l142_1: f32 = t140[lead * 4096i + h * 16i + t * 64i + 1i];
    r_q1 = l142_1;
    let l142_2: f32 = t140[lead * 4096i + h * 16i + t * 64i + 2i];
    r_q2 = l142_2;
    let l142_3: f32 = t140[lead * 4096i + h * 16i + t * 64i + 3i];
    r_q3 = l142_3;
    let l142_4: f32 = t140[lead * 4096i + h * 16i + t * 64i + 4i];
    r_q4 = l142_4;
    let l142_5: f32 = t140[lead * 4096i + h * 16i + t * 64i + 5i];
    r_q5 = l142_5;
    let l142_6: f32 = t140[lead * 4096i + h * 16i + t * 64i + 6i];
    r_q6 = l142_6;
    let l142_7: f32 = t140[lead * 4096i + h * 16i + t * 64i + 7i];
    r_q7 = l142_7;
    let l142_8: f32 = t140[lead * 4096i + h * 16i + t * 64i + 8i];
    r_q8 = l142_8;
    let l142_9: f32 = t140[lead * 4096i + h * 16i + t * 64i + 9i];
    r_q9 = l142_9;
    let l142_10: f32 = t140[lead * 4096i + h * 16i + t * 64i + 10i];
    r_q10 = l142_10;
    let l142_11: f32 = t140[lead * 4096i + h * 16i + t * 64i + 11i];
    r_q11 = l142_11;
    let l142_12: f32 = t140[lead * 4096i + h * 16i + t * 64i + 12i];
    r_q12 = l142_12;
    let l142_13: f32 = t140[lead * 4096i + h * 16i + t * 64i + 13i];
    r_q13 = l142_13;
    let l142_14: f32 = t140[lead * 4096i + h * 16i + t * 64i + 14i];
    r_q14 = l142_14;
    let l142_15: f32 = t140[lead * 4096i + h * 16i + t * 64i + 15i];
    r_q15 = l142_15;
  }
  if (valid) {
    let l314: f32 = t314[lead * 4096i + h * 1024i + t * 16i];
    r_dO0 = l314;
    let l314_1: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 1i];
    r_dO1 = l314_1;
    let l314_2: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 2i];
    r_dO2 = l314_2;
    let l314_3: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 3i];
    r_dO3 = l314_3;
    let l314_4: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 4i];
    r_dO4 = l314_4;
    let l314_5: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 5i];
    r_dO5 = l314_5;
    let l314_6: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 6i];
    r_dO6 = l314_6;
    let l314_7: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 7i];
    r_dO7 = l314_7;
    let l314_8: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 8i];
    r_dO8 = l314_8;
    let l314_9: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 9i];
    r_dO9 = l314_9;
    let l314_10: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 10i];
    r_dO10 = l314_10;
    let l314_11: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 11i];
    r_dO11 = l314_11;
    let l314_12: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 12i];
    r_dO12 = l314_12;
    let l314_13: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 13i];
    r_dO13 = l314_13;
    let l314_14: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 14i];
    r_dO14 = l314_14;
    let l314_15: f32 = t314[lead * 4096i + h * 1024i + t * 16i + 15i];
    r_dO15 = l314_15;
  }
  let hi: i32 = min(64i, t + 1i);
  var lse: f32 = 0.0f;
  var delta: f32 = 0.0f;
  if (valid) {
    let l317: f32 = t317[lead * 256i + h * 64i + t];
    let l319: f32 = t319[lead * 256i + h * 64i + t];
    lse = l317;
    delta = l319;
  }
  for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 1024i; e += 64i) {
      let o: i32 = o0 + e / 16i;
      if (o < 64i) {
        let l148: f32 = t146[lead * 4096i + h * 16i + o * 64i + e % 16i];
        t_k[e] = l148;
      } else {
        t_k[e] = 0.0f;
      }
    }
    for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
      let o_1: i32 = o0 + e_1 / 16i;
      if (o_1 < 64i) {
        let l154: f32 = t152[lead * 4096i + h * 16i + o_1 * 64i + e_1 % 16i];
        t_v[e_1] = l154;
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
    t320[((lead * 4i + h) * 64i + t) * 16i] = acc0;
    t320[((lead * 4i + h) * 64i + t) * 16i + 1i] = acc1;
    t320[((lead * 4i + h) * 64i + t) * 16i + 2i] = acc2;
    t320[((lead * 4i + h) * 64i + t) * 16i + 3i] = acc3;
    t320[((lead * 4i + h) * 64i + t) * 16i + 4i] = acc4;
    t320[((lead * 4i + h) * 64i + t) * 16i + 5i] = acc5;
    t320[((lead * 4i + h) * 64i + t) * 16i + 6i] = acc6;
    t320[((lead * 4i + h) * 64i + t) * 16i + 7i] = acc7;
    t320[((lead * 4i + h) * 64i + t) * 16i + 8i] = acc8;
    t320[((lead * 4i + h) * 64i + t) * 16i + 9i] = acc9;
    t320[((lead * 4i + h) * 64i + t) * 16i + 10i] = acc10;
    t320[((lead * 4i + h) * 64i + t) * 16i + 11i] = acc11;
    t320[((lead * 4i + h) * 64i + t) * 16i + 12i] = acc12;
    t320[((lead * 4i + h) * 64i + t) * 16i + 13i] = acc13;
    t320[((lead * 4i + h) * 64i + t) * 16i + 14i] = acc14;
    t320[((lead * 4i + h) * 64i + t) * 16i + 15i] = acc15;
  }
}
