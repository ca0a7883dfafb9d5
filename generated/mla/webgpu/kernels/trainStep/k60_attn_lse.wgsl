// kernel k60_attn_lse
@group(0) @binding(0) var<storage, read_write> t359: array<f32>;
@group(0) @binding(1) var<storage, read> t198: array<f32>;
@group(0) @binding(2) var<storage, read> t232: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k60_attn_lse(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let hi: i32 = min(64i, i2 + 1i);
  var m: f32 = -3e+38f;
  var l: f32 = 0.0f;
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c: i32 = 0i; c < 24i; c++) {
      let l198: f32 = t198[i0 * 6144i + i1 * 1536i + i2 * 24i + c];
      let l232: f32 = t232[i0 * 6144i + i1 * 1536i + j * 24i + c];
      dot += l198 * l232;
    }
    let s: f32 = dot * 0.20412415f;
    if (s > m) {
      let corr: f32 = exp(m - s);
      l *= corr;
      m = s;
    }
    let pj: f32 = exp(s - m);
    l += pj;
  }
  t359[i] = select(-0x1.fffffep+127f, m + log(select(1.0f, l, l > 0.0f)), l > 0.0f);
}
