// kernel k62_attn_dq
@group(0) @binding(0) var<storage, read_write> t362: array<f32>;
@group(0) @binding(1) var<storage, read> t198: array<f32>;
@group(0) @binding(2) var<storage, read> t232: array<f32>;
@group(0) @binding(3) var<storage, read> t359: array<f32>;
@group(0) @binding(4) var<storage, read> t361: array<f32>;
@group(0) @binding(5) var<storage, read> t355: array<f32>;
@group(0) @binding(6) var<storage, read> t227: array<f32>;
var<workgroup> acc: array<f32, 1536>;
@compute @workgroup_size(64, 1, 1)
fn k62_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 24i;
  let hi: i32 = min(64i, i2 + 1i);
  for (var c: i32 = 0i; c < 24i; c++) {
    acc[base + c] = 0.0f;
  }
  let l359: f32 = t359[i0 * 256i + i1 * 64i + i2];
  let l361: f32 = t361[i0 * 256i + i1 * 64i + i2];
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c_1: i32 = 0i; c_1 < 24i; c_1++) {
      let l198: f32 = t198[i0 * 6144i + i1 * 1536i + i2 * 24i + c_1];
      let l232: f32 = t232[i0 * 6144i + i1 * 1536i + j * 24i + c_1];
      dot += l198 * l232;
    }
    let s: f32 = dot * 0.20412415f;
    let pj: f32 = exp(s - l359);
    var dot_1: f32 = 0.0f;
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l358: f32 = t355[i0 * 4096i + i1 * 16i + i2 * 64i + c_2];
      let l233: f32 = t227[16i + i0 * 8192i + i1 * 32i + j * 128i + c_2];
      dot_1 += l358 * l233;
    }
    let ds: f32 = pj * (dot_1 - l361) * 0.20412415f;
    for (var c_3: i32 = 0i; c_3 < 24i; c_3++) {
      let l232_1: f32 = t232[i0 * 6144i + i1 * 1536i + j * 24i + c_3];
      acc[base + c_3] = acc[base + c_3] + ds * l232_1;
    }
  }
  for (var c_4: i32 = 0i; c_4 < 24i; c_4++) {
    t362[i * 24i + c_4] = acc[base + c_4];
  }
}
