// kernel k102_attn_dq
@group(0) @binding(0) var<storage, read_write> t553: array<f32>;
@group(0) @binding(1) var<storage, read> t221: array<f32>;
@group(0) @binding(2) var<storage, read> t548: array<f32>;
@group(0) @binding(3) var<storage, read> t449: array<f32>;
@group(0) @binding(4) var<storage, read> t552: array<f32>;
@group(0) @binding(5) var<storage, read> t236: array<f32>;
@group(0) @binding(6) var<storage, read> t205: array<f32>;
var<workgroup> acc: array<f32, 512>;
var<workgroup> r_q: array<f32, 512>;
var<workgroup> r_dO: array<f32, 512>;
var<workgroup> t_k: array<f32, 1024>;
var<workgroup> t_v: array<f32, 1024>;
@compute @workgroup_size(32, 1, 1)
fn k102_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let wg: i32 = i32(loom_wid.x);
  let blk: i32 = wg % 2i;
  let hl: i32 = wg / 2i;
  let h: i32 = hl % 4i;
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
      let l222: f32 = t221[lead * 4096i + h * 1024i + row * 16i + c_1];
      r_q[c_1 * 32i + t] = l222;
    }
  }
  if (valid) {
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l548: f32 = t548[lead * 4096i + h * 1024i + row * 16i + c_2];
      r_dO[c_2 * 32i + t] = l548;
    }
  }
  let g: i32 = h / 2i;
  let hi: i32 = min(64i, row + 1i);
  let jhi: i32 = min(64i, rlast + 1i);
  var lse: f32 = 0.0f;
  var delta: f32 = 0.0f;
  if (valid) {
    let l449: f32 = t449[lead * 256i + h * 64i + row];
    let l552: f32 = t552[lead * 256i + h * 64i + row];
    lse = l449;
    delta = l552;
  }
  for (var o0: i32 = 0i; o0 < jhi; o0 += 64i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 1024i; e += 32i) {
      let o: i32 = o0 + e / 16i;
      if (o < 64i) {
        let l237: f32 = t236[lead * 2048i + g * 1024i + o * 16i + e % 16i];
        t_k[e] = l237;
      } else {
        t_k[e] = 0.0f;
      }
    }
    for (var e_1: i32 = t; e_1 < 1024i; e_1 += 32i) {
      let o_1: i32 = o0 + e_1 / 16i;
      if (o_1 < 64i) {
        let l207: f32 = t205[lead * 2048i + g * 16i + o_1 * 32i + e_1 % 16i];
        t_v[e_1] = l207;
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
        for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
          dot += r_q[c_3 * 32i + t] * t_k[oo * 16i + c_3];
        }
        let pj: f32 = exp(dot * 0.25f - lse);
        var dot_1: f32 = 0.0f;
        for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
          dot_1 += r_dO[c_4 * 32i + t] * t_v[oo * 16i + c_4];
        }
        let ds: f32 = pj * (dot_1 - delta) * 0.25f;
        for (var c_5: i32 = 0i; c_5 < 16i; c_5++) {
          acc[c_5 * 32i + t] = acc[c_5 * 32i + t] + ds * t_k[oo * 16i + c_5];
        }
      }
    }
  }
  if (valid) {
    for (var c_6: i32 = 0i; c_6 < 16i; c_6++) {
      t553[((lead * 4i + h) * 64i + row) * 16i + c_6] = acc[c_6 * 32i + t];
    }
  }
}
