// kernel k63_attn_dk
@group(0) @binding(0) var<storage, read_write> t355: array<f32>;
@group(0) @binding(1) var<storage, read> t228: array<f32>;
@group(0) @binding(2) var<storage, read> t223: array<f32>;
@group(0) @binding(3) var<storage, read> t194: array<f32>;
@group(0) @binding(4) var<storage, read> t347: array<f32>;
@group(0) @binding(5) var<storage, read> t351: array<f32>;
@group(0) @binding(6) var<storage, read> t353: array<f32>;
var<workgroup> t_q: array<f32, 1536>;
var<workgroup> t_dO: array<f32, 1024>;
var<workgroup> t_lse: array<f32, 64>;
var<workgroup> t_delta: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k63_attn_dk(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  var acc16: f32 = 0.0f;
  var acc17: f32 = 0.0f;
  var acc18: f32 = 0.0f;
  var acc19: f32 = 0.0f;
  var acc20: f32 = 0.0f;
  var acc21: f32 = 0.0f;
  var acc22: f32 = 0.0f;
  var acc23: f32 = 0.0f;
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
  var r_k16: f32 = 0.0f;
  var r_k17: f32 = 0.0f;
  var r_k18: f32 = 0.0f;
  var r_k19: f32 = 0.0f;
  var r_k20: f32 = 0.0f;
  var r_k21: f32 = 0.0f;
  var r_k22: f32 = 0.0f;
  var r_k23: f32 = 0.0f;
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
    let l228: f32 = t228[lead * 6144i + g * 1536i + t * 24i];
    r_k0 = l228;
    let l228_1: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 1i];
    r_k1 = l228_1;
    let l228_2: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 2i];
    r_k2 = l228_2;
    let l228_3: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 3i];
    r_k3 = l228_3;
    let l228_4: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 4i];
    r_k4 = l228_4;
    let l228_5: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 5i];
    r_k5 = l228_5;
    let l228_6: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 6i];
    r_k6 = l228_6;
    let l228_7: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 7i];
    r_k7 = l228_7;
    let l228_8: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 8i];
    r_k8 = l228_8;
    let l228_9: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 9i];
    r_k9 = l228_9;
    let l228_10: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 10i];
    r_k10 = l228_10;
    let l228_11: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 11i];
    r_k11 = l228_11;
    let l228_12: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 12i];
    r_k12 = l228_12;
    let l228_13: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 13i];
    r_k13 = l228_13;
    let l228_14: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 14i];
    r_k14 = l228_14;
    let l228_15: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 15i];
    r_k15 = l228_15;
    let l228_16: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 16i];
    r_k16 = l228_16;
    let l228_17: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 17i];
    r_k17 = l228_17;
    let l228_18: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 18i];
    r_k18 = l228_18;
    let l228_19: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 19i];
    r_k19 = l228_19;
    let l228_20: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 20i];
    r_k20 = l228_20;
    let l228_21: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 21i];
    r_k21 = l228_21;
    let l228_22: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 22i];
    r_k22 = l228_22;
    let l228_23: f32 = t228[lead * 6144i + g * 1536i + t * 24i + 23i];
    r_k23 = l228_23;
  }
  if (valid) {
    let l229: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i];
    r_v0 = l229;
    let l229_1: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 1i];
    r_v1 = l229_1;
    let l229_2: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 2i];
    r_v2 = l229_2;
    let l229_3: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 3i];
    r_v3 = l229_3;
    let l229_4: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 4i];
    r_v4 = l229_4;
    let l229_5: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 5i];
    r_v5 = l229_5;
    let l229_6: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 6i];
    r_v6 = l229_6;
    let l229_7: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 7i];
    r_v7 = l229_7;
    let l229_8: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 8i];
    r_v8 = l229_8;
    let l229_9: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 9i];
    r_v9 = l229_9;
    let l229_10: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 10i];
    r_v10 = l229_10;
    let l229_11: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 11i];
    r_v11 = l229_11;
    let l229_12: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 12i];
    r_v12 = l229_12;
    let l229_13: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 13i];
    r_v13 = l229_13;
    let l229_14: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 14i];
    r_v14 = l229_14;
    let l229_15: f32 = t223[16i + lead * 8192i + g * 32i + t * 128i + 15i];
    r_v15 = l229_15;
  }
  let ilo: i32 = max(0i, t);
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = g + hh;
    for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
      workgroupBarrier();
      for (var e: i32 = t; e < 1536i; e += 64i) {
        let o: i32 = o0 + e / 24i;
        if (o < 64i) {
          let l194: f32 = t194[lead * 6144i + h * 1536i + o * 24i + e % 24i];
          t_q[e] = l194;
        } else {
          t_q[e] = 0.0f;
        }
      }
      for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
        let o_1: i32 = o0 + e_1 / 16i;
        if (o_1 < 64i) {
          let l350: f32 = t347[lead * 4096i + h * 16i + o_1 * 64i + e_1 % 16i];
          t_dO[e_1] = l350;
        } else {
          t_dO[e_1] = 0.0f;
        }
      }
      for (var e_2: i32 = t; e_2 < 64i; e_2 += 64i) {
        let o_2: i32 = o0 + e_2;
        if (o_2 < 64i) {
          let l351: f32 = t351[lead * 256i + h * 64i + o_2];
          t_lse[e_2] = l351;
        } else {
          t_lse[e_2] = 0.0f;
        }
      }
      for (var e_3: i32 = t; e_3 < 64i; e_3 += 64i) {
        let o_3: i32 = o0 + e_3;
        if (o_3 < 64i) {
          let l353: f32 = t353[lead * 256i + h * 64i + o_3];
          t_delta[e_3] = l353;
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
          dot += r_k0 * t_q[oo * 24i];
          dot += r_k1 * t_q[oo * 24i + 1i];
          dot += r_k2 * t_q[oo * 24i + 2i];
          dot += r_k3 * t_q[oo * 24i + 3i];
          dot += r_k4 * t_q[oo * 24i + 4i];
          dot += r_k5 * t_q[oo * 24i + 5i];
          dot += r_k6 * t_q[oo * 24i + 6i];
          dot += r_k7 * t_q[oo * 24i + 7i];
          dot += r_k8 * t_q[oo * 24i + 8i];
          dot += r_k9 * t_q[oo * 24i + 9i];
          dot += r_k10 * t_q[oo * 24i + 10i];
          dot += r_k11 * t_q[oo * 24i + 11i];
          dot += r_k12 * t_q[oo * 24i + 12i];
          dot += r_k13 * t_q[oo * 24i + 13i];
          dot += r_k14 * t_q[oo * 24i + 14i];
          dot += r_k15 * t_q[oo * 24i + 15i];
          dot += r_k16 * t_q[oo * 24i + 16i];
          dot += r_k17 * t_q[oo * 24i + 17i];
          dot += r_k18 * t_q[oo * 24i + 18i];
          dot += r_k19 * t_q[oo * 24i + 19i];
          dot += r_k20 * t_q[oo * 24i + 20i];
          dot += r_k21 * t_q[oo * 24i + 21i];
          dot += r_k22 * t_q[oo * 24i + 22i];
          dot += r_k23 * t_q[oo * 24i + 23i];
          let pj: f32 = exp(dot * 0.20412415f - t_lse[oo]);
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
          let ds: f32 = pj * (dot_1 - t_delta[oo]) * 0.20412415f;
          acc0 += ds * t_q[oo * 24i];
          acc1 += ds * t_q[oo * 24i + 1i];
          acc2 += ds * t_q[oo * 24i + 2i];
          acc3 += ds * t_q[oo * 24i + 3i];
          acc4 += ds * t_q[oo * 24i + 4i];
          acc5 += ds * t_q[oo * 24i + 5i];
          acc6 += ds * t_q[oo * 24i + 6i];
          acc7 += ds * t_q[oo * 24i + 7i];
          acc8 += ds * t_q[oo * 24i + 8i];
          acc9 += ds * t_q[oo * 24i + 9i];
          acc10 += ds * t_q[oo * 24i + 10i];
          acc11 += ds * t_q[oo * 24i + 11i];
          acc12 += ds * t_q[oo * 24i + 12i];
          acc13 += ds * t_q[oo * 24i + 13i];
          acc14 += ds * t_q[oo * 24i + 14i];
          acc15 += ds * t_q[oo * 24i + 15i];
          acc16 += ds * t_q[oo * 24i + 16i];
          acc17 += ds * t_q[oo * 24i + 17i];
          acc18 += ds * t_q[oo * 24i + 18i];
          acc19 += ds * t_q[oo * 24i + 19i];
          acc20 += ds * t_q[oo * 24i + 20i];
          acc21 += ds * t_q[oo * 24i + 21i];
          acc22 += ds * t_q[oo * 24i + 22i];
          acc23 += ds * t_q[oo * 24i + 23i];
        }
      }
    }
  }
  if (valid) {
    t355[((lead * 4i + g) * 64i + t) * 24i] = acc0;
    t355[((lead * 4i + g) * 64i + t) * 24i + 1i] = acc1;
    t355[((lead * 4i + g) * 64i + t) * 24i + 2i] = acc2;
    t355[((lead * 4i + g) * 64i + t) * 24i + 3i] = acc3;
    t355[((lead * 4i + g) * 64i + t) * 24i + 4i] = acc4;
    t355[((lead * 4i + g) * 64i + t) * 24i + 5i] = acc5;
    t355[((lead * 4i + g) * 64i + t) * 24i + 6i] = acc6;
    t355[((lead * 4i + g) * 64i + t) * 24i + 7i] = acc7;
    t355[((lead * 4i + g) * 64i + t) * 24i + 8i] = acc8;
    t355[((lead * 4i + g) * 64i + t) * 24i + 9i] = acc9;
    t355[((lead * 4i + g) * 64i + t) * 24i + 10i] = acc10;
    t355[((lead * 4i + g) * 64i + t) * 24i + 11i] = acc11;
    t355[((lead * 4i + g) * 64i + t) * 24i + 12i] = acc12;
    t355[((lead * 4i + g) * 64i + t) * 24i + 13i] = acc13;
    t355[((lead * 4i + g) * 64i + t) * 24i + 14i] = acc14;
    t355[((lead * 4i + g) * 64i + t) * 24i + 15i] = acc15;
    t355[((lead * 4i + g) * 64i + t) * 24i + 16i] = acc16;
    t355[((lead * 4i + g) * 64i + t) * 24i + 17i] = acc17;
    t355[((lead * 4i + g) * 64i + t) * 24i + 18i] = acc18;
    t355[((lead * 4i + g) * 64i + t) * 24i + 19i] = acc19;
    t355[((lead * 4i + g) * 64i + t) * 24i + 20i] = acc20;
    t355[((lead * 4i + g) * 64i + t) * 24i + 21i] = acc21;
    t355[((lead * 4i + g) * 64i + t) * 24i + 22i] = acc22;
    t355[((lead * 4i + g) * 64i + t) * 24i + 23i] = acc23;
  }
}
