// kernel k137_attn_lse
@group(0) @binding(0) var<storage, read_write> t685: array<f32>;
@group(0) @binding(1) var<storage, read> t78: array<f32>;
@group(0) @binding(2) var<storage, read> t95: array<f32>;
var<workgroup> t_k: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k137_attn_lse(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let t: i32 = i32(loom_lid.x);
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
    let l79: f32 = t78[lead * 4096i + h * 1024i + t * 16i];
    r_q0 = l79;
    let l79_1: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 1i];
    r_q1 = l79_1;
    let l79_2: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 2i];
    r_q2 = l79_2;
    let l79_3: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 3i];
    r_q3 = l79_3;
    let l79_4: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 4i];
    r_q4 = l79_4;
    let l79_5: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 5i];
    r_q5 = l79_5;
    let l79_6: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 6i];
    r_q6 = l79_6;
    let l79_7: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 7i];
    r_q7 = l79_7;
    let l79_8: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 8i];
    r_q8 = l79_8;
    let l79_9: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 9i];
    r_q9 = l79_9;
    let l79_10: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 10i];
    r_q10 = l79_10;
    let l79_11: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 11i];
    r_q11 = l79_11;
    let l79_12: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 12i];
    r_q12 = l79_12;
    let l79_13: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 13i];
    r_q13 = l79_13;
    let l79_14: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 14i];
    r_q14 = l79_14;
    let l79_15: f32 = t78[lead * 4096i + h * 1024i + t * 16i + 15i];
    r_q15 = l79_15;
  }
  let g: i32 = h / 2i;
  let hi: i32 = min(64i, t + 1i);
  var m: f32 = -3e+38f;
  var l: f32 = 0.0f;
  for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 1024i; e += 64i) {
      let o: i32 = o0 + e / 16i;
      if (o < 64i) {
        let l96: f32 = t95[lead * 2048i + g * 1024i + o * 16i + e % 16i];
        t_k[e] = l96;
      } else {
        t_k[e] = 0.0f;
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
          m = s;
        }
        let pj: f32 = exp(s - m);
        l += pj;
      }
    }
  }
  if (valid) {
    t685[(lead * 4i + h) * 64i + t] = select(-0x1.fffffep+127f, m + log(select(1.0f, l, l > 0.0f)), l > 0.0f);
  }
}
