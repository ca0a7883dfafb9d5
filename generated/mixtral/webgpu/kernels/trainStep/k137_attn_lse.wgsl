// kernel k137_attn_lse
@group(0) @binding(0) var<storage, read_write> t685: array<f32>;
@group(0) @binding(1) var<storage, read> t78: array<f32>;
@group(0) @binding(2) var<storage, read> t95: array<f32>;
var<workgroup> r_q: array<f32, 1024>;
var<workgroup> t_k: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k137_attn_lse(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let wg: i32 = i32(loom_wid.x);
  let h: i32 = wg % 4i;
  let lead: i32 = wg / 4i;
  let t: i32 = i32(loom_lid.x);
  let valid: bool = t < 64i;
  if (valid) {
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l79: f32 = t78[lead * 4096i + h * 1024i + t * 16i + c_1];
      r_q[c_1 * 64i + t] = l79;
    }
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
        for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
          dot += r_q[c_2 * 64i + t] * t_k[oo * 16i + c_2];
        }
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
