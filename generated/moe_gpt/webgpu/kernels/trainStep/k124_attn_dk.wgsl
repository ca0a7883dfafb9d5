// kernel k124_attn_dk
@group(0) @binding(0) var<storage, read_write> t636: array<f32>;
@group(0) @binding(1) var<storage, read> t277: array<f32>;
@group(0) @binding(2) var<storage, read> t246: array<f32>;
@group(0) @binding(3) var<storage, read> t262: array<f32>;
@group(0) @binding(4) var<storage, read> t630: array<f32>;
@group(0) @binding(5) var<storage, read> t531: array<f32>;
@group(0) @binding(6) var<storage, read> t634: array<f32>;
var<workgroup> acc: array<f32, 512>;
var<workgroup> r_k: array<f32, 512>;
var<workgroup> r_v: array<f32, 512>;
var<workgroup> t_q: array<f32, 1024>;
var<workgroup> t_dO: array<f32, 1024>;
var<workgroup> t_lse: array<f32, 64>;
var<workgroup> t_delta: array<f32, 64>;
@compute @workgroup_size(32, 1, 1)
fn k124_attn_dk(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[c * 32i + t] = 0.0f;
  }
  if (valid) {
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l278: f32 = t277[lead * 4096i + g * 1024i + row * 16i + c_1];
      r_k[c_1 * 32i + t] = l278;
    }
  }
  if (valid) {
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l248: f32 = t246[lead * 4096i + g * 16i + row * 64i + c_2];
      r_v[c_2 * 32i + t] = l248;
    }
  }
  let ilo: i32 = max(0i, row);
  let blo: i32 = max(0i, r0);
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = g + hh;
    for (var o0: i32 = blo; o0 < 64i; o0 += 64i) {
      workgroupBarrier();
      for (var e: i32 = t; e < 1024i; e += 32i) {
        let o: i32 = o0 + e / 16i;
        if (o < 64i) {
          let l263: f32 = t262[lead * 4096i + h * 1024i + o * 16i + e % 16i];
          t_q[e] = l263;
        } else {
          t_q[e] = 0.0f;
        }
      }
      for (var e_1: i32 = t; e_1 < 1024i; e_1 += 32i) {
        let o_1: i32 = o0 + e_1 / 16i;
        if (o_1 < 64i) {
          let l630: f32 = t630[lead * 4096i + h * 1024i + o_1 * 16i + e_1 % 16i];
          t_dO[e_1] = l630;
        } else {
          t_dO[e_1] = 0.0f;
        }
      }
      for (var e_2: i32 = t; e_2 < 64i; e_2 += 32i) {
        let o_2: i32 = o0 + e_2;
        if (o_2 < 64i) {
          let l531: f32 = t531[lead * 256i + h * 64i + o_2];
          t_lse[e_2] = l531;
        } else {
          t_lse[e_2] = 0.0f;
        }
      }
      for (var e_3: i32 = t; e_3 < 64i; e_3 += 32i) {
        let o_3: i32 = o0 + e_3;
        if (o_3 < 64i) {
          let l634: f32 = t634[lead * 256i + h * 64i + o_3];
          t_delta[e_3] = l634;
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
          for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
            dot += t_q[oo * 16i + c_3] * r_k[c_3 * 32i + t];
          }
          let pj: f32 = exp(dot * 0.25f - t_lse[oo]);
          var dot_1: f32 = 0.0f;
          for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
            dot_1 += t_dO[oo * 16i + c_4] * r_v[c_4 * 32i + t];
          }
          let ds: f32 = pj * (dot_1 - t_delta[oo]) * 0.25f;
          for (var c_5: i32 = 0i; c_5 < 16i; c_5++) {
            acc[c_5 * 32i + t] = acc[c_5 * 32i + t] + ds * t_q[oo * 16i + c_5];
          }
        }
      }
    }
  }
  if (valid) {
    for (var c_6: i32 = 0i; c_6 < 16i; c_6++) {
      t636[((lead * 4i + g) * 64i + row) * 16i + c_6] = acc[c_6 * 32i + t];
    }
  }
}
