// kernel k63_attn_dk
@group(0) @binding(0) var<storage, read_write> t355: array<f32>;
@group(0) @binding(1) var<storage, read> t228: array<f32>;
@group(0) @binding(2) var<storage, read> t223: array<f32>;
@group(0) @binding(3) var<storage, read> t194: array<f32>;
@group(0) @binding(4) var<storage, read> t347: array<f32>;
@group(0) @binding(5) var<storage, read> t351: array<f32>;
@group(0) @binding(6) var<storage, read> t353: array<f32>;
var<workgroup> acc: array<f32, 768>;
var<workgroup> r_k: array<f32, 768>;
var<workgroup> r_v: array<f32, 512>;
var<workgroup> t_q: array<f32, 768>;
var<workgroup> t_dO: array<f32, 512>;
var<workgroup> t_lse: array<f32, 32>;
var<workgroup> t_delta: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k63_attn_dk(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let wg: i32 = i32(loom_wid.x);
  let blk: i32 = wg % 2i;
  let hl: i32 = wg / 2i;
  let g: i32 = hl % 4i;
  let lead: i32 = hl / 4i;
  let t: i32 = i32(loom_lid.x);
  let r0: i32 = blk * 32i;
  let row: i32 = r0 + t;
  let valid: bool = row < 64i;
  let rlast: i32 = min(64i, r0 + 32i) + -1i;
  for (var c: i32 = 0i; c < 24i; c++) {
    acc[c * 32i + t] = 0.0f;
  }
  if (valid) {
    for (var c_1: i32 = 0i; c_1 < 24i; c_1++) {
      let l228: f32 = t228[lead * 6144i + g * 1536i + row * 24i + c_1];
      r_k[c_1 * 32i + t] = l228;
    }
  }
  if (valid) {
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l229: f32 = t223[16i + lead * 8192i + g * 32i + row * 128i + c_2];
      r_v[c_2 * 32i + t] = l229;
    }
  }
  let ilo: i32 = max(0i, row);
  let blo: i32 = max(0i, r0);
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = g + hh;
    for (var o0: i32 = blo; o0 < 64i; o0 += 32i) {
      workgroupBarrier();
      for (var e: i32 = t; e < 768i; e += 32i) {
        let o: i32 = o0 + e / 24i;
        if (o < 64i) {
          let l194: f32 = t194[lead * 6144i + h * 1536i + o * 24i + e % 24i];
          t_q[e] = l194;
        } else {
          t_q[e] = 0.0f;
        }
      }
      for (var e_1: i32 = t; e_1 < 512i; e_1 += 32i) {
        let o_1: i32 = o0 + e_1 / 16i;
        if (o_1 < 64i) {
          let l350: f32 = t347[lead * 4096i + h * 16i + o_1 * 64i + e_1 % 16i];
          t_dO[e_1] = l350;
        } else {
          t_dO[e_1] = 0.0f;
        }
      }
      for (var e_2: i32 = t; e_2 < 32i; e_2 += 32i) {
        let o_2: i32 = o0 + e_2;
        if (o_2 < 64i) {
          let l351: f32 = t351[lead * 256i + h * 64i + o_2];
          t_lse[e_2] = l351;
        } else {
          t_lse[e_2] = 0.0f;
        }
      }
      for (var e_3: i32 = t; e_3 < 32i; e_3 += 32i) {
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
      let oto: i32 = min(32i, 64i - o0);
      if (valid) {
        for (var oo: i32 = ofrom; oo < oto; oo++) {
          var dot: f32 = 0.0f;
          for (var c_3: i32 = 0i; c_3 < 24i; c_3++) {
            dot += t_q[oo * 24i + c_3] * r_k[c_3 * 32i + t];
          }
          let pj: f32 = exp(dot * 0.20412415f - t_lse[oo]);
          var dot_1: f32 = 0.0f;
          for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
            dot_1 += t_dO[oo * 16i + c_4] * r_v[c_4 * 32i + t];
          }
          let ds: f32 = pj * (dot_1 - t_delta[oo]) * 0.20412415f;
          for (var c_5: i32 = 0i; c_5 < 24i; c_5++) {
            acc[c_5 * 32i + t] = acc[c_5 * 32i + t] + ds * t_q[oo * 24i + c_5];
          }
        }
      }
    }
  }
  if (valid) {
    for (var c_6: i32 = 0i; c_6 < 24i; c_6++) {
      t355[((lead * 4i + g) * 64i + row) * 24i + c_6] = acc[c_6 * 32i + t];
    }
  }
}
