// kernel k62_attn_dq
@group(0) @binding(0) var<storage, read_write> t354: array<f32>;
@group(0) @binding(1) var<storage, read> t194: array<f32>;
@group(0) @binding(2) var<storage, read> t347: array<f32>;
@group(0) @binding(3) var<storage, read> t351: array<f32>;
@group(0) @binding(4) var<storage, read> t353: array<f32>;
@group(0) @binding(5) var<storage, read> t228: array<f32>;
@group(0) @binding(6) var<storage, read> t223: array<f32>;
var<workgroup> acc: array<f32, 768>;
var<workgroup> r_q: array<f32, 768>;
var<workgroup> r_dO: array<f32, 512>;
var<workgroup> t_k: array<f32, 768>;
var<workgroup> t_v: array<f32, 512>;
@compute @workgroup_size(32, 1, 1)
fn k62_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
  for (var c: i32 = 0i; c < 24i; c++) {
    acc[c * 32i + t] = 0.0f;
  }
  if (valid) {
    for (var c_1: i32 = 0i; c_1 < 24i; c_1++) {
      let l194: f32 = t194[lead * 6144i + h * 1536i + row * 24i + c_1];
      r_q[c_1 * 32i + t] = l194;
    }
  }
  if (valid) {
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l350: f32 = t347[lead * 4096i + h * 16i + row * 64i + c_2];
      r_dO[c_2 * 32i + t] = l350;
    }
  }
  let hi: i32 = min(64i, row + 1i);
  let jhi: i32 = min(64i, rlast + 1i);
  var lse: f32 = 0.0f;
  var delta: f32 = 0.0f;
  if (valid) {
    let l351: f32 = t351[lead * 256i + h * 64i + row];
    let l353: f32 = t353[lead * 256i + h * 64i + row];
    lse = l351;
    delta = l353;
  }
  for (var o0: i32 = 0i; o0 < jhi; o0 += 32i) {
    workgroupBarrier();
    for (var e: i32 = t; e < 768i; e += 32i) {
      let o: i32 = o0 + e / 24i;
      if (o < 64i) {
        let l228: f32 = t228[lead * 6144i + h * 1536i + o * 24i + e % 24i];
        t_k[e] = l228;
      } else {
        t_k[e] = 0.0f;
      }
    }
    for (var e_1: i32 = t; e_1 < 512i; e_1 += 32i) {
      let o_1: i32 = o0 + e_1 / 16i;
      if (o_1 < 64i) {
        let l229: f32 = t223[16i + lead * 8192i + h * 32i + o_1 * 128i + e_1 % 16i];
        t_v[e_1] = l229;
      } else {
        t_v[e_1] = 0.0f;
      }
    }
    workgroupBarrier();
    let ofrom: i32 = max(0i, 0i - o0);
    let oto: i32 = min(32i, hi - o0);
    if (valid) {
      for (var oo: i32 = ofrom; oo < oto; oo++) {
        var dot: f32 = 0.0f;
        for (var c_3: i32 = 0i; c_3 < 24i; c_3++) {
          dot += r_q[c_3 * 32i + t] * t_k[oo * 24i + c_3];
        }
        let pj: f32 = exp(dot * 0.20412415f - lse);
        var dot_1: f32 = 0.0f;
        for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
          dot_1 += r_dO[c_4 * 32i + t] * t_v[oo * 16i + c_4];
        }
        let ds: f32 = pj * (dot_1 - delta) * 0.20412415f;
        for (var c_5: i32 = 0i; c_5 < 24i; c_5++) {
          acc[c_5 * 32i + t] = acc[c_5 * 32i + t] + ds * t_k[oo * 24i + c_5];
        }
      }
    }
  }
  if (valid) {
    for (var c_6: i32 = 0i; c_6 < 24i; c_6++) {
      t354[((lead * 4i + h) * 64i + row) * 24i + c_6] = acc[c_6 * 32i + t];
    }
  }
}
