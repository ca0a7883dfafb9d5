// kernel k23_attn_out (compiler/std/functional.loom:47:10)
@group(0) @binding(0) var<storage, read_write> t168: array<f32>;
@group(0) @binding(1) var<storage, read> t151: array<f32>;
@group(0) @binding(2) var<storage, read> t166: array<f32>;
@group(0) @binding(3) var<storage, read> t135: array<f32>;
var<workgroup> acc: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k23_attn_out(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 16i;
  let g: i32 = i1 / 2i;
  let hi: i32 = min(64i, i2 + 1i);
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[base + c] = 0.0f;
  }
  var m: f32 = -3e+38f;
  var l: f32 = 0.0f;
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l152: f32 = t151[i1 * 1024i + i2 * 16i + c_1];
      let l167: f32 = t166[g * 1024i + j * 16i + c_1];
      dot += l152 * l167;
    }
    let s: f32 = dot * 0.25f;
    if (s > m) {
      let corr: f32 = exp(m - s);
      l *= corr;
      for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
        acc[base + c_2] = acc[base + c_2] * corr;
      }
      m = s;
    }
    let pj: f32 = exp(s - m);
    l += pj;
    for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
      let l137: f32 = t135[g * 16i + j * 32i + c_3];
      acc[base + c_3] = acc[base + c_3] + pj * l137;
    }
  }
  let inv: f32 = select(0.0f, 1.0f / select(1.0f, l, l > 0.0f), l > 0.0f);
  for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
    t168[i * 16i + c_4] = acc[base + c_4] * inv;
  }
}
