// kernel k36_attn_out (compiler/std/functional.loom:47:10)
@group(0) @binding(0) var<storage, read_write> t247: array<f32>;
@group(0) @binding(1) var<storage, read> t232: array<f32>;
@group(0) @binding(2) var<storage, read> t238: array<f32>;
@group(0) @binding(3) var<storage, read> t244: array<f32>;
var<workgroup> acc: array<f32, 1024>;
var<workgroup> r_q: array<f32, 1024>;
var<workgroup> t_k: array<f32, 1024>;
var<workgroup> t_v: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k36_attn_out(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let wg: i32 = i32(loom_wid.x);
  let h: i32 = wg % 4i;
  let lead: i32 = wg / 4i;
  let t: i32 = i32(loom_lid.x);
  let valid: bool = t < 64i;
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[c * 64i + t] = 0.0f;
  }
  if (valid) {
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l234: f32 = t232[h * 16i + t * 64i + c_1];
      r_q[c_1 * 64i + t] = l234;
    }
  }
  let hi: i32 = min(64i, t + 1i);
  var m: f32 = -3e+38f;
  var l: f32 = 0.0f;
  for (var o0: i32 = 0i; o0 < 64i; o0 += 64i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 1024i; e += 64i) {
      let o: i32 = o0 + e / 16i;
      if (o < 64i) {
        let l240: f32 = t238[h * 16i + o * 64i + e % 16i];
        t_k[e] = l240;
      } else {
        t_k[e] = 0.0f;
      }
    }
    for (var e_1: i32 = t; e_1 < 1024i; e_1 += 64i) {
      let o_1: i32 = o0 + e_1 / 16i;
      if (o_1 < 64i) {
        let l246: f32 = t244[h * 16i + o_1 * 64i + e_1 % 16i];
        t_v[e_1] = l246;
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
        for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
          dot += r_q[c_2 * 64i + t] * t_k[oo * 16i + c_2];
        }
        let s: f32 = dot * 0.25f;
        if (s > m) {
          let corr: f32 = exp(m - s);
          l *= corr;
          for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
            acc[c_3 * 64i + t] = acc[c_3 * 64i + t] * corr;
          }
          m = s;
        }
        let pj: f32 = exp(s - m);
        l += pj;
        for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
          acc[c_4 * 64i + t] = acc[c_4 * 64i + t] + pj * t_v[oo * 16i + c_4];
        }
      }
    }
  }
  if (valid) {
    let inv: f32 = select(0.0f, 1.0f / select(1.0f, l, l > 0.0f), l > 0.0f);
    for (var c_5: i32 = 0i; c_5 < 16i; c_5++) {
      t247[((lead * 4i + h) * 64i + t) * 16i + c_5] = acc[c_5 * 64i + t] * inv;
    }
  }
}
