// kernel k34_attn_lse
@group(0) @binding(0) var<storage, read_write> t317: array<f32>;
@group(0) @binding(1) var<storage, read> t140: array<f32>;
@group(0) @binding(2) var<storage, read> t146: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k34_attn_lse(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let hi: i32 = min(64i, i2 + 1i);
  var m: f32 = -3e+38f;
  var l: f32 = 0.0f;
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c: i32 = 0i; c < 16i; c++) {
      let l142: f32 = t140[i0 * 4096i + i1 * 16i + i2 * 64i + c];
      let l148: f32 = t146[i0 * 4096i + i1 * 16i + j * 64i + c];
      dot += l142 * l148;
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
  t317[i] = select(-0x1.fffffep+127f, m + log(select(1.0f, l, l > 0.0f)), l > 0.0f);
}
