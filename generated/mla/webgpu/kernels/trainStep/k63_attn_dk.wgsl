// kernel k63_attn_dk
@group(0) @binding(0) var<storage, read_write> t363: array<f32>;
@group(0) @binding(1) var<storage, read> t198: array<f32>;
@group(0) @binding(2) var<storage, read> t232: array<f32>;
@group(0) @binding(3) var<storage, read> t359: array<f32>;
@group(0) @binding(4) var<storage, read> t355: array<f32>;
@group(0) @binding(5) var<storage, read> t227: array<f32>;
@group(0) @binding(6) var<storage, read> t361: array<f32>;
var<workgroup> acc: array<f32, 1536>;
@compute @workgroup_size(64, 1, 1)
fn k63_attn_dk(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 24i;
  let lo: i32 = max(0i, i2);
  for (var c: i32 = 0i; c < 24i; c++) {
    acc[base + c] = 0.0f;
  }
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = i1 + hh;
    for (var i_1: i32 = lo; i_1 < 64i; i_1++) {
      var dot: f32 = 0.0f;
      for (var c_1: i32 = 0i; c_1 < 24i; c_1++) {
        let l198: f32 = t198[i0 * 6144i + h * 1536i + i_1 * 24i + c_1];
        let l232: f32 = t232[i0 * 6144i + i1 * 1536i + i2 * 24i + c_1];
        dot += l198 * l232;
      }
      let l359: f32 = t359[i0 * 256i + h * 64i + i_1];
      let pj: f32 = exp(dot * 0.20412415f - l359);
      var dot_1: f32 = 0.0f;
      for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
        let l358: f32 = t355[i0 * 4096i + h * 16i + i_1 * 64i + c_2];
        let l233: f32 = t227[16i + i0 * 8192i + i1 * 32i + i2 * 128i + c_2];
        dot_1 += l358 * l233;
      }
      let l361: f32 = t361[i0 * 256i + h * 64i + i_1];
      let ds: f32 = pj * (dot_1 - l361) * 0.20412415f;
      for (var c_3: i32 = 0i; c_3 < 24i; c_3++) {
        let l198_1: f32 = t198[i0 * 6144i + h * 1536i + i_1 * 24i + c_3];
        acc[base + c_3] = acc[base + c_3] + ds * l198_1;
      }
    }
  }
  for (var c_4: i32 = 0i; c_4 < 24i; c_4++) {
    t363[i * 24i + c_4] = acc[base + c_4];
  }
}
