// kernel k46_attn_dq
@group(0) @binding(0) var<storage, read_write> t295: array<f32>;
@group(0) @binding(1) var<storage, read> t152: array<f32>;
@group(0) @binding(2) var<storage, read> t167: array<f32>;
@group(0) @binding(3) var<storage, read> t292: array<f32>;
@group(0) @binding(4) var<storage, read> t294: array<f32>;
@group(0) @binding(5) var<storage, read> t289: array<f32>;
@group(0) @binding(6) var<storage, read> t136: array<f32>;
var<workgroup> acc: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k46_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 16i;
  let g: i32 = i1 / 2i;
  let hi: i32 = min(64i, i2 + 1i);
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[base + c] = 0.0f;
  }
  let l292: f32 = t292[i0 * 256i + i1 * 64i + i2];
  let l294: f32 = t294[i0 * 256i + i1 * 64i + i2];
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l153: f32 = t152[i0 * 4096i + i1 * 1024i + i2 * 16i + c_1];
      let l168: f32 = t167[i0 * 2048i + g * 1024i + j * 16i + c_1];
      dot += l153 * l168;
    }
    let s: f32 = dot * 0.25f;
    let pj: f32 = exp(s - l292);
    var dot_1: f32 = 0.0f;
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l289: f32 = t289[i0 * 4096i + i1 * 1024i + i2 * 16i + c_2];
      let l138: f32 = t136[i0 * 2048i + g * 16i + j * 32i + c_2];
      dot_1 += l289 * l138;
    }
    let ds: f32 = pj * (dot_1 - l294) * 0.25f;
    for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
      let l168_1: f32 = t167[i0 * 2048i + g * 1024i + j * 16i + c_3];
      acc[base + c_3] = acc[base + c_3] + ds * l168_1;
    }
  }
  for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
    t295[i * 16i + c_4] = acc[base + c_4];
  }
}
