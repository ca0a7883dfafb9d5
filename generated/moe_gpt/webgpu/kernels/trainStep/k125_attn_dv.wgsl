// kernel k125_attn_dv
@group(0) @binding(0) var<storage, read_write> t637: array<f32>;
@group(0) @binding(1) var<storage, read> t277: array<f32>;
@group(0) @binding(2) var<storage, read> t262: array<f32>;
@group(0) @binding(3) var<storage, read> t630: array<f32>;
@group(0) @binding(4) var<storage, read> t531: array<f32>;
var<workgroup> acc: array<f32, 1024>;
var<workgroup> r_k: array<f32, 1024>;
var<workgroup> t_q: array<f32, 512>;
var<workgroup> t_dO: array<f32, 512>;
var<workgroup> t_lse: array<f32, 32>;
@compute @workgroup_size(64, 1, 1)
fn k125_attn_dv(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let wg: i32 = i32(loom_wid.x);
  let g: i32 = wg % 4i;
  let lead: i32 = wg / 4i;
  let t: i32 = i32(loom_lid.x);
  let valid: bool = t < 64i;
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[c * 64i + t] = 0.0f;
  }
  if (valid) {
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l278: f32 = t277[lead * 4096i + g * 1024i + t * 16i + c_1];
      r_k[c_1 * 64i + t] = l278;
    }
  }
  let ilo: i32 = max(0i, t);
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = g + hh;
    for (var o0: i32 = 0i; o0 < 64i; o0 += 32i) {
      workgroupBarrier();
      for (var e: i32 = t; e < 512i; e += 64i) {
        let o: i32 = o0 + e / 16i;
        if (o < 64i) {
          let l263: f32 = t262[lead * 4096i + h * 1024i + o * 16i + e % 16i];
          t_q[e] = l263;
        } else {
          t_q[e] = 0.0f;
        }
      }
      for (var e_1: i32 = t; e_1 < 512i; e_1 += 64i) {
        let o_1: i32 = o0 + e_1 / 16i;
        if (o_1 < 64i) {
          let l630: f32 = t630[lead * 4096i + h * 1024i + o_1 * 16i + e_1 % 16i];
          t_dO[e_1] = l630;
        } else {
          t_dO[e_1] = 0.0f;
        }
      }
      for (var e_2: i32 = t; e_2 < 32i; e_2 += 64i) {
        let o_2: i32 = o0 + e_2;
        if (o_2 < 64i) {
          let l531: f32 = t531[lead * 256i + h * 64i + o_2];
          t_lse[e_2] = l531;
        } else {
          t_lse[e_2] = 0.0f;
        }
      }
      workgroupBarrier();
      let ofrom: i32 = max(0i, ilo - o0);
      let oto: i32 = min(32i, 64i - o0);
      if (valid) {
        for (var oo: i32 = ofrom; oo < oto; oo++) {
          var dot: f32 = 0.0f;
          for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
            dot += t_q[oo * 16i + c_2] * r_k[c_2 * 64i + t];
          }
          let pj: f32 = exp(dot * 0.25f - t_lse[oo]);
          for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
            acc[c_3 * 64i + t] = acc[c_3 * 64i + t] + pj * t_dO[oo * 16i + c_3];
          }
        }
      }
    }
  }
  if (valid) {
    for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
      t637[((lead * 4i + g) * 64i + t) * 16i + c_4] = acc[c_4 * 64i + t];
    }
  }
}
