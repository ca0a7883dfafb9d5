// kernel k75_attn_dk
@group(0) @binding(0) var<storage, read_write> t406: array<f32>;
@group(0) @binding(1) var<storage, read> t76: array<f32>;
@group(0) @binding(2) var<storage, read> t93: array<f32>;
@group(0) @binding(3) var<storage, read> t402: array<f32>;
@group(0) @binding(4) var<storage, read> t399: array<f32>;
@group(0) @binding(5) var<storage, read> t42: array<f32>;
@group(0) @binding(6) var<storage, read> t404: array<f32>;
var<workgroup> acc: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k75_attn_dk(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 128i;
  let i1: i32 = i / 64i % 2i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 16i;
  let lo: i32 = max(0i, i2);
  let hi: i32 = min(64i, i2 + 16i);
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[base + c] = 0.0f;
  }
  for (var hh: i32 = 0i; hh < 2i; hh++) {
    let h: i32 = i1 * 2i + hh;
    for (var i_1: i32 = lo; i_1 < hi; i_1++) {
      var dot: f32 = 0.0f;
      for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
        let l77: f32 = t76[i0 * 4096i + h * 1024i + i_1 * 16i + c_1];
        let l94: f32 = t93[i0 * 2048i + i1 * 1024i + i2 * 16i + c_1];
        dot += l77 * l94;
      }
      let l402: f32 = t402[i0 * 256i + h * 64i + i_1];
      let pj: f32 = exp(dot * 0.25f - l402);
      var dot_1: f32 = 0.0f;
      for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
        let l399: f32 = t399[i0 * 4096i + h * 1024i + i_1 * 16i + c_2];
        let l44: f32 = t42[i0 * 2048i + i1 * 16i + i2 * 32i + c_2];
        dot_1 += l399 * l44;
      }
      let l404: f32 = t404[i0 * 256i + h * 64i + i_1];
      let ds: f32 = pj * (dot_1 - l404) * 0.25f;
      for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
        let l77_1: f32 = t76[i0 * 4096i + h * 1024i + i_1 * 16i + c_3];
        acc[base + c_3] = acc[base + c_3] + ds * l77_1;
      }
    }
  }
  for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
    t406[i * 16i + c_4] = acc[base + c_4];
  }
}
