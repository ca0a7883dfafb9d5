// kernel k75_attn_dk
@group(0) @binding(0) var<storage, read_write> t394: array<f32>;
@group(0) @binding(1) var<storage, read> t91: array<f32>;
@group(0) @binding(2) var<storage, read> t42: array<f32>;
@group(0) @binding(3) var<storage, read> t76: array<f32>;
@group(0) @binding(4) var<storage, read> t387: array<f32>;
@group(0) @binding(5) var<storage, read> t390: array<f32>;
@group(0) @binding(6) var<storage, read> t392: array<f32>;
var<workgroup> t_q: array<f32, 1024>;
var<workgroup> t_dO: array<f32, 1024>;
var<workgroup> t_lse: array<f32, 64>;
var<workgroup> t_delta: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k75_attn_dk(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  var r_v0: f32 = 0.0f;
  var r_v1: f32 = 0.0f;
  var r_v2: f32 = 0.0f;
  var r_v3: f32 = 0.0f;
  var r_v4: f32 = 0.0f;
  var r_v5: f32 = 0.0f;
  var r_v6: f32 = 0.0f;
  var r_v7: f32 = 0.0f;
  var r_v8: f32 = 0.0f;
  var r_v9: f32 = 0.0f;
  var r_v10: f32 = 0.0f;
  var r_v11: f32 = 0.0f;
  var r_v12: f32 = 0.0f;
  var r_v13: f32 = 0.0f;
  var r_v14: f32 = 0.0f;
  var r_v15: f32 = 0.0f;
  let wg: i32 = i32(loom_wid.x);
  let g: i32 = wg % 4i;
  let lead: i32 = wg / 4i;
  let valid: bool = t < 64i;
  if (valid) {
    let l92: f32 = t91[lead * 4096i + g * 1024i + t * 16i];
    r_k0 = l92;
    let l92_1: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 1i];
    r_k1 = l92_1;
    let l92_2: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 2i];
    r_k2 = l92_2;
    let l92_3: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 3i];
    r_k3 = l92_3;
    let l92_4: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 4i];
    r_k4 = l92_4;
    let l92_5: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 5i];
    r_k5 = l92_5;
    let l92_6: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 6i];
    r_k6 = l92_6;
    let l92_7: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 7i];
    r_k7 = l92_7;
    let l92_8: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 8i];
    r_k8 = l92_8;
    let l92_9: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 9i];
    r_k9 = l92_9;
    let l92_10: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 10i];
    r_k10 = l92_10;
    let l92_11: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 11i];
    r_k11 = l92_11;
    let l92_12: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 12i];
    r_k12 = l92_12;
    let l92_13: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 13i];
    r_k13 = l92_13;
    let l92_14: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 14i];
    r_k14 = l92_14;
    let l92_15: f32 = t91[lead * 4096i + g * 1024i + t * 16i + 15i];
    r_k15 = l92_15;
  }
  if (valid) {
    let l44: f32 = t42[lead * 4096i + g * 16i + t * 64i];
    r_v0 = l44;
    let l44_1: f32 = t42[lead * 4096i + g * 16i + t * 64i + 1i];
    r_v1 = l44_1;
    let l44_2: f32 = t42[lead * 4096i + g * 16i + t * 64i + 2i];
    r_v2 = l44_2;
    let l44_3: f32 = t42[lead * 4096i + g * 16i + t * 64i + 3i];
    r_v3 = l44_3;
    let l44_4: f32 = t42[lead * 4096i + g * 16i + t * 64i + 4i];
    r_v4 = l44_4;
    let l44_5: f32 = t42[lead * 4096i + g * 16i + t * 64i + 5i];
    r_v5 = l44_5;
    let l44_6: f32 = t42[lead * 4096i + g * 16i + t * 64i + 6i];
    r_v6 = l44_6;
    let l44_7: f32 = t42[lead * 4096i + g * 16i + t * 64i + 7i];
    r_v7 = l44_7;
    let l44_8: f32 = t42[lead * 4096i + g * 16i + t * 64i + 8i];
    r_v8 = l44_8;
    let l44_9: f32 = t42[lead * 4096i + g * 16i + t * 64i + 9i];
    r_v9 = l44_9;
    let l44_10: f32 = t42[lead * 4096i + g * 16i + t * 64i + 10i];
    r_v10 = l44_10;
    let l44_11: f32 = t42[lead * 4096i + g * 16i + t * 64i + 11i];
    r_v11 = l44_11;
    let l44_12: f32 = t42[lead * 4096i + g * 16i + t * 64i + 12i];
    r_v12 = l44_12;
    let l44_13: f32 = t42[lead * 4096i + g * 16i + t * 64i + 13i];
    r_v13 = l44_13;
    let l44_14: f32 = t42[lead * 4096i + g * 16i + t * 64i + 14i];
    r_v14 = l44_14;
    let l44_15: f32 = t42[lead * 4096i + g * 16i + t * 64i + 15i];
    r_v15 = l44_15;
  }
  let ilo: i32 = max(0i, t);
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = g + hh;
    for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
      workgroupBarrier();
      for (var e: i32 = t; e < 1024i; e += 64i) {
        let o: i32 = o0 + e / 16i;
        if (o < 64i) {
          let l77: f32 = t76[lead * 4096i + h * 1024i + o * 16i + e % 16i];
          t_q[e] = l77;
        } else {
          t_q[e] = 0.0f;
        }
      }
      for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
        let o_1: i32 = o0 + e_1 / 16i;
        if (o_1 < 64i) {
          let l387: f32 = t387[lead * 4096i + h * 1024i + o_1 * 16i + e_1 % 16i];
          t_dO[e_1] = l387;
        } else {
          t_dO[e_1] = 0.0f;
        }
      }
      for (var e_2: i32 = t; e_2 < 64i; e_2 += 64i) {
        let o_2: i32 = o0 + e_2;
        if (o_2 < 64i) {
          let l390: f32 = t390[lead * 256i + h * 64i + o_2];
          t_lse[e_2] = l390;
        } else {
          t_lse[e_2] = 0.0f;
        }
      }
      for (var e_3: i32 = t; e_3 < 64i; e_3 += 64i) {
        let o_3: i32 = o0 + e_3;
        if (o_3 < 64i) {
          let l392: f32 = t392[lead * 256i + h * 64i + o_3];
          t_delta[e_3] = l392;
        } else {
          t_delta[e_3] = 0.0f;
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
          var dot_1: f32 = 0.0f;
          dot_1 += r_v0 * t_dO[oo * 16i];
          dot_1 += r_v1 * t_dO[oo * 16i + 1i];
          dot_1 += r_v2 * t_dO[oo * 16i + 2i];
          dot_1 += r_v3 * t_dO[oo * 16i + 3i];
          dot_1 += r_v4 * t_dO[oo * 16i + 4i];
          dot_1 += r_v5 * t_dO[oo * 16i + 5i];
          dot_1 += r_v6 * t_dO[oo * 16i + 6i];
          dot_1 += r_v7 * t_dO[oo * 16i + 7i];
          dot_1 += r_v8 * t_dO[oo * 16i + 8i];
          dot_1 += r_v9 * t_dO[oo * 16i + 9i];
          dot_1 += r_v10 * t_dO[oo * 16i + 10i];
          dot_1 += r_v11 * t_dO[oo * 16i + 11i];
          dot_1 += r_v12 * t_dO[oo * 16i + 12i];
          dot_1 += r_v13 * t_dO[oo * 16i + 13i];
          dot_1 += r_v14 * t_dO[oo * 16i + 14i];
          dot_1 += r_v15 * t_dO[oo * 16i + 15i];
          let ds: f32 = pj * (dot_1 - t_delta[oo]) * 0.25f;
          acc0 += ds * t_q[oo * 16i];
          acc1 += ds * t_q[oo * 16i + 1i];
          acc2 += ds * t_q[oo * 16i + 2i];
          acc3 += ds * t_q[oo * 16i + 3i];
          acc4 += ds * t_q[oo * 16i + 4i];
          acc5 += ds * t_q[oo * 16i + 5i];
          acc6 += ds * t_q[oo * 16i + 6i];
          acc7 += ds * t_q[oo * 16i + 7i];
          acc8 += ds * t_q[oo * 16i + 8i];
          acc9 += ds * t_q[oo * 16i + 9i];
          acc10 += ds * t_q[oo * 16i + 10i];
          acc11 += ds * t_q[oo * 16i + 11i];
          acc12 += ds * t_q[oo * 16i + 12i];
          acc13 += ds * t_q[oo * 16i + 13i];
          acc14 += ds * t_q[oo * 16i + 14i];
          acc15 += ds * t_q[oo * 16i + 15i];
        }
      }
    }
  }
  if (valid) {
    t394[((lead * 4i + g) * 64i + t) * 16i] = acc0;
    t394[((lead * 4i + g) * 64i + t) * 16i + 1i] = acc1;
    t394[((lead * 4i + g) * 64i + t) * 16i + 2i] = acc2;
    t394[((lead * 4i + g) * 64i + t) * 16i + 3i] = acc3;
    t394[((lead * 4i + g) * 64i + t) * 16i + 4i] = acc4;
    t394[((lead * 4i + g) * 64i + t) * 16i + 5i] = acc5;
    t394[((lead * 4i + g) * 64i + t) * 16i + 6i] = acc6;
    t394[((lead * 4i + g) * 64i + t) * 16i + 7i] = acc7;
    t394[((lead * 4i + g) * 64i + t) * 16i + 8i] = acc8;
    t394[((lead * 4i + g) * 64i + t) * 16i + 9i] = acc9;
    t394[((lead * 4i + g) * 64i + t) * 16i + 10i] = acc10;
    t394[((lead * 4i + g) * 64i + t) * 16i + 11i] = acc11;
    t394[((lead * 4i + g) * 64i + t) * 16i + 12i] = acc12;
    t394[((lead * 4i + g) * 64i + t) * 16i + 13i] = acc13;
    t394[((lead * 4i + g) * 64i + t) * 16i + 14i] = acc14;
    t394[((lead * 4i + g) * 64i + t) * 16i + 15i] = acc15;
  }
}
