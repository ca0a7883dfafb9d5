// kernel k64_attn_dv
@group(0) @binding(0) var<storage, read_write> t356: array<f32>;
@group(0) @binding(1) var<storage, read> t228: array<f32>;
@group(0) @binding(2) var<storage, read> t194: array<f32>;
@group(0) @binding(3) var<storage, read> t347: array<f32>;
@group(0) @binding(4) var<storage, read> t351: array<f32>;
var<workgroup> t_q: array<f32, 1536>;
var<workgroup> t_dO: array<f32, 1024>;
var<workgroup> t_lse: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k64_attn_dv(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  var r_k16: f32 = 0.0f;
  var r_k17: f32 = 0.0f;
  var r_k18: f32 = 0.0f;
  var r_k19: f32 = 0.0f;
  var r_k20: f32 = 0.0f;
  var r_k21: f32 = 0.0f;
  var r_k22: f32 = 0.0f;
  var r_k23: f32 = 0.0f;
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
    t356[((lead * 4i + g) * 64i + t) * 16i] = acc0;
    t356[((lead * 4i + g) * 64i + t) * 16i + 1i] = acc1;
    t356[((lead * 4i + g) * 64i + t) * 16i + 2i] = acc2;
    t356[((lead * 4i + g) * 64i + t) * 16i + 3i] = acc3;
    t356[((lead * 4i + g) * 64i + t) * 16i + 4i] = acc4;
    t356[((lead * 4i + g) * 64i + t) * 16i + 5i] = acc5;
    t356[((lead * 4i + g) * 64i + t) * 16i + 6i] = acc6;
    t356[((lead * 4i + g) * 64i + t) * 16i + 7i] = acc7;
    t356[((lead * 4i + g) * 64i + t) * 16i + 8i] = acc8;
    t356[((lead * 4i + g) * 64i + t) * 16i + 9i] = acc9;
    t356[((lead * 4i + g) * 64i + t) * 16i + 10i] = acc10;
    t356[((lead * 4i + g) * 64i + t) * 16i + 11i] = acc11;
    t356[((lead * 4i + g) * 64i + t) * 16i + 12i] = acc12;
    t356[((lead * 4i + g) * 64i + t) * 16i + 13i] = acc13;
    t356[((lead * 4i + g) * 64i + t) * 16i + 14i] = acc14;
    t356[((lead * 4i + g) * 64i + t) * 16i + 15i] = acc15;
  }
}
