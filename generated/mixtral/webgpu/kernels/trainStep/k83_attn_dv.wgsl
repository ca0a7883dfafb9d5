// kernel k83_attn_dv
@group(0) @binding(0) var<storage, read_write> t454: array<f32>;
@group(0) @binding(1) var<storage, read> t236: array<f32>;
@group(0) @binding(2) var<storage, read> t221: array<f32>;
@group(0) @binding(3) var<storage, read> t446: array<f32>;
@group(0) @binding(4) var<storage, read> t449: array<f32>;
var<workgroup> t_q: array<f32, 1024>;
var<workgroup> t_dO: array<f32, 1024>;
var<workgroup> t_lse: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k83_attn_dv(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  var r_k0: f32 = 0.0f;
  var r_k1: f32 = 0.0f;
  var r_k2: f32 = 0.0f;
  var r_k3: f32 = 0.0f;
  var r_k4: f32 = 0.0f;
  var r_k5: f32 = 0.0f;
  var r_k6: f32 = 0.0f;
  var r_k7: f32 = 0.0f;
  var r_k8: f32 = 0.0f;
  var r_k9: f32 = 0.0f;
  var r_k10: f32 = 0.0f;
  var r_k11: f32 = 0.0f;
  var r_k12: f32 = 0.0f;
  var r_k13: f32 = 0.0f;
  var r_k14: f32 = 0.0f;
  var r_k15: f32 = 0.0f;
  let wg: i32 = i32(loom_wid.x);
  let g: i32 = wg % 2i;
  let lead: i32 = wg / 2i;
  let valid: bool = t < 64i;
  if (valid) {
    let l237: f32 = t236[lead * 2048i + g * 1024i + t * 16i];
    r_k0 = l237;
    let l237_1: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 1i];
    r_k1 = l237_1;
    let l237_2: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 2i];
    r_k2 = l237_2;
    let l237_3: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 3i];
    r_k3 = l237_3;
    let l237_4: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 4i];
    r_k4 = l237_4;
    let l237_5: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 5i];
    r_k5 = l237_5;
    let l237_6: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 6i];
    r_k6 = l237_6;
    let l237_7: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 7i];
    r_k7 = l237_7;
    let l237_8: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 8i];
    r_k8 = l237_8;
    let l237_9: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 9i];
    r_k9 = l237_9;
    let l237_10: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 10i];
    r_k10 = l237_10;
    let l237_11: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 11i];
    r_k11 = l237_11;
    let l237_12: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 12i];
    r_k12 = l237_12;
    let l237_13: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 13i];
    r_k13 = l237_13;
    let l237_14: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 14i];
    r_k14 = l237_14;
    let l237_15: f32 = t236[lead * 2048i + g * 1024i + t * 16i + 15i];
    r_k15 = l237_15;
  }
  let ilo: i32 = max(0i, t);
  for (var hh: i32 = 0i; hh < 2i; hh++) {
    let h: i32 = g * 2i + hh;
    for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
      workgroupBarrier();
      for (var e: i32 = t; e < 1024i; e += 64i) {
        let o: i32 = o0 + e / 16i;
        if (o < 64i) {
          let l222: f32 = t221[lead * 4096i + h * 1024i + o * 16i + e % 16i];
          t_q[e] = l222;
        } else {
          t_q[e] = 0.0f;
        }
      }
      for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
        let o_1: i32 = o0 + e_1 / 16i;
        if (o_1 < 64i) {
          let l446: f32 = t446[lead * 4096i + h * 1024i + o_1 * 16i + e_1 % 16i];
          t_dO[e_1] = l446;
        } else {
          t_dO[e_1] = 0.0f;
        }
      }
      for (var e_2: i32 = t; e_2 < 64i; e_2 += 64i) {
        let o_2: i32 = o0 + e_2;
        if (o_2 < 64i) {
          let l449: f32 = t449[lead * 256i + h * 64i + o_2];
          t_lse[e_2] = l449;
        } else {
          t_lse[e_2] = 0.0f;
        }
      }
      workgroupBarrier();
      let ofrom: i32 = max(0i, ilo - o0);
      let oto: i32 = min(64i, 64i - o0);
      if (valid) {
        for (var oo: i32 = ofrom; oo < oto; oo++) {
          var dot: f32 = 0.0f;
          dot += r_k0 * t_q[oo * 16i];
          dot += r_k1 * t_q[oo * 16i + 1i];
          dot += r_k2 * t_q[oo * 16i + 2i];
          dot += r_k3 * t_q[oo * 16i + 3i];
          dot += r_k4 * t_q[oo * 16i + 4i];
          dot += r_k5 * t_q[oo * 16i + 5i];
          dot += r_k6 * t_q[oo * 16i + 6i];
          dot += r_k7 * t_q[oo * 16i + 7i];
          dot += r_k8 * t_q[oo * 16i + 8i];
          dot += r_k9 * t_q[oo * 16i + 9i];
          dot += r_k10 * t_q[oo * 16i + 10i];
          dot += r_k11 * t_q[oo * 16i + 11i];
          dot += r_k12 * t_q[oo * 16i + 12i];
          dot += r_k13 * t_q[oo * 16i + 13i];
          dot += r_k14 * t_q[oo * 16i + 14i];
          dot += r_k15 * t_q[oo * 16i + 15i];
          let pj: f32 = exp(dot * 0.25f - t_lse[oo]);
          acc0 += pj * t_dO[oo * 16i];
          acc1 += pj * t_dO[oo * 16i + 1i];
          acc2 += pj * t_dO[oo * 16i + 2i];
          acc3 += pj * t_dO[oo * 16i + 3i];
          acc4 += pj * t_dO[oo * 16i + 4i];
          acc5 += pj * t_dO[oo * 16i + 5i];
          acc6 += pj * t_dO[oo * 16i + 6i];
          acc7 += pj * t_dO[oo * 16i + 7i];
          acc8 += pj * t_dO[oo * 16i + 8i];
          acc9 += pj * t_dO[oo * 16i + 9i];
          acc10 += pj * t_dO[oo * 16i + 10i];
          acc11 += pj * t_dO[oo * 16i + 11i];
          acc12 += pj * t_dO[oo * 16i + 12i];
          acc13 += pj * t_dO[oo * 16i + 13i];
          acc14 += pj * t_dO[oo * 16i + 14i];
          acc15 += pj * t_dO[oo * 16i + 15i];
        }
      }
    }
  }
  if (valid) {
    t454[((lead * 2i + g) * 64i + t) * 16i] = acc0;
    t454[((lead * 2i + g) * 64i + t) * 16i + 1i] = acc1;
    t454[((lead * 2i + g) * 64i + t) * 16i + 2i] = acc2;
    t454[((lead * 2i + g) * 64i + t) * 16i + 3i] = acc3;
    t454[((lead * 2i + g) * 64i + t) * 16i + 4i] = acc4;
    t454[((lead * 2i + g) * 64i + t) * 16i + 5i] = acc5;
    t454[((lead * 2i + g) * 64i + t) * 16i + 6i] = acc6;
    t454[((lead * 2i + g) * 64i + t) * 16i + 7i] = acc7;
    t454[((lead * 2i + g) * 64i + t) * 16i + 8i] = acc8;
    t454[((lead * 2i + g) * 64i + t) * 16i + 9i] = acc9;
    t454[((lead * 2i + g) * 64i + t) * 16i + 10i] = acc10;
    t454[((lead * 2i + g) * 64i + t) * 16i + 11i] = acc11;
    t454[((lead * 2i + g) * 64i + t) * 16i + 12i] = acc12;
    t454[((lead * 2i + g) * 64i + t) * 16i + 13i] = acc13;
    t454[((lead * 2i + g) * 64i + t) * 16i + 14i] = acc14;
    t454[((lead * 2i + g) * 64i + t) * 16i + 15i] = acc15;
  }
}
