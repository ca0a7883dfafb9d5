// kernel k10_attn_out (compiler/std/functional.loom:47:10)
@group(0) @binding(0) var<storage, read_write> t104: array<f32>;
@group(0) @binding(1) var<storage, read> t85: array<f32>;
@group(0) @binding(2) var<storage, read> t100: array<f32>;
@group(0) @binding(3) var<storage, read> t51: array<f32>;
var<workgroup> t_k: array<f32, 1024>;
var<workgroup> t_v: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k10_attn_out(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  let wg: i32 = i32(loom_wid.x);
  let h: i32 = wg % 4i;
  let lead: i32 = wg / 4i;
  let valid: bool = t < 64i;
  if (valid) {
    let l86: f32 = t85[h * 1024i + t * 16i];
    r_q0 = l86;
    let l86_1: f32 = t85[h * 1024i + t * 16i + 1i];
    r_q1 = l86_1;
    let l86_2: f32 = t85[h * 1024i + t * 16i + 2i];
    r_q2 = l86_2;
    let l86_3: f32 = t85[h * 1024i + t * 16i + 3i];
    r_q3 = l86_3;
    let l86_4: f32 = t85[h * 1024i + t * 16i + 4i];
    r_q4 = l86_4;
    let l86_5: f32 = t85[h * 1024i + t * 16i + 5i];
    r_q5 = l86_5;
    let l86_6: f32 = t85[h * 1024i + t * 16i + 6i];
    r_q6 = l86_6;
    let l86_7: f32 = t85[h * 1024i + t * 16i + 7i];
    r_q7 = l86_7;
    let l86_8: f32 = t85[h * 1024i + t * 16i + 8i];
    r_q8 = l86_8;
    let l86_9: f32 = t85[h * 1024i + t * 16i + 9i];
    r_q9 = l86_9;
    let l86_10: f32 = t85[h * 1024i + t * 16i + 10i];
    r_q10 = l86_10;
    let l86_11: f32 = t85[h * 1024i + t * 16i + 11i];
    r_q11 = l86_11;
    let l86_12: f32 = t85[h * 1024i + t * 16i + 12i];
    r_q12 = l86_12;
    let l86_13: f32 = t85[h * 1024i + t * 16i + 13i];
    r_q13 = l86_13;
    let l86_14: f32 = t85[h * 1024i + t * 16i + 14i];
    r_q14 = l86_14;
    let l86_15: f32 = t85[h * 1024i + t * 16i + 15i];
    r_q15 = l86_15;
  }
  let hi: i32 = min(64i, t + 1i);
  var m: f32 = -3e+38f;
  var l: f32 = 0.0f;
  for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 1024i; e += 64i) {
      let o: i32 = o0 + e / 16i;
      if (o < 64i) {
        let l101: f32 = t100[h * 1024i + o * 16i + e % 16i];
        t_k[e] = l101;
      } else {
        t_k[e] = 0.0f;
      }
    }
    for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
      let o_1: i32 = o0 + e_1 / 16i;
      if (o_1 < 64i) {
        let l53: f32 = t51[h * 16i + o_1 * 64i + e_1 % 16i];
        t_v[e_1] = l53;
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
        let s: f32 = dot * 0.25f;
        if (s > m) {
          let corr: f32 = exp(m - s);
          l *= corr;
          acc0 *= corr;
          acc1 *= corr;
          acc2 *= corr;
          acc3 *= corr;
          acc4 *= corr;
          acc5 *= corr;
          acc6 *= corr;
          acc7 *= corr;
          acc8 *= corr;
          acc9 *= corr;
          acc10 *= corr;
          acc11 *= corr;
          acc12 *= corr;
          acc13 *= corr;
          acc14 *= corr;
          acc15 *= corr;
          m = s;
        }
        let pj: f32 = exp(s - m);
        l += pj;
        acc0 += pj * t_v[oo * 16i];
        acc1 += pj * t_v[oo * 16i + 1i];
        acc2 += pj * t_v[oo * 16i + 2i];
        acc3 += pj * t_v[oo * 16i + 3i];
        acc4 += pj * t_v[oo * 16i + 4i];
        acc5 += pj * t_v[oo * 16i + 5i];
        acc6 += pj * t_v[oo * 16i + 6i];
        acc7 += pj * t_v[oo * 16i + 7i];
        acc8 += pj * t_v[oo * 16i + 8i];
        acc9 += pj * t_v[oo * 16i + 9i];
        acc10 += pj * t_v[oo * 16i + 10i];
        acc11 += pj * t_v[oo * 16i + 11i];
        acc12 += pj * t_v[oo * 16i + 12i];
        acc13 += pj * t_v[oo * 16i + 13i];
        acc14 += pj * t_v[oo * 16i + 14i];
        acc15 += pj * t_v[oo * 16i + 15i];
      }
    }
  }
  if (valid) {
    let inv: f32 = select(0.0f, 1.0f / select(1.0f, l, l > 0.0f), l > 0.0f);
    t104[((lead * 4i + h) * 64i + t) * 16i] = acc0 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 1i] = acc1 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 2i] = acc2 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 3i] = acc3 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 4i] = acc4 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 5i] = acc5 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 6i] = acc6 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 7i] = acc7 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 8i] = acc8 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 9i] = acc9 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 10i] = acc10 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 11i] = acc11 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 12i] = acc12 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 13i] = acc13 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 14i] = acc14 * inv;
    t104[((lead * 4i + h) * 64i + t) * 16i + 15i] = acc15 * inv;
  }
}
