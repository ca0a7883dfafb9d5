// kernel k100_attn_dq
@group(0) @binding(0) var<storage, read_write> t518: array<f32>;
@group(0) @binding(1) var<storage, read> t92: array<f32>;
@group(0) @binding(2) var<storage, read> t129: array<f32>;
@group(0) @binding(3) var<storage, read> t515: array<f32>;
@group(0) @binding(4) var<storage, read> t517: array<f32>;
@group(0) @binding(5) var<storage, read> t511: array<f32>;
@group(0) @binding(6) var<storage, read> t124: array<f32>;
var<workgroup> acc: array<f32, 1536>;
@compute @workgroup_size(64, 1, 1)
fn k100_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 24i;
  let hi: i32 = min(64i, i2 + 1i);
  for (var c: i32 = 0i; c < 24i; c++) {
    acc[base + c] = 0.0f;
  }
  let l515: f32 = t515[i0 * 256i + i1 * 64i + i2];
  let l517: f32 = t517[i0 * 256i + i1 * 64i + i2];
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c_1: i32 = 0i; c_1 < 24i; c_1++) {
      let l92: f32 = t92[i0 * 6144i + i1 * 1536i + i2 * 24i + c_1];
      let l129: f32 = t129[i0 * 6144i + i1 * 1536i + j * 24i + c_1];
      dot += l92 * l129;
    }
    let s: f32 = dot * 0.20412415f;
    let pj: f32 = exp(s - l515);
    var dot_1: f32 = 0.0f;
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l514: f32 = t511[i0 * 4096i + i1 * 16i + i2 * 64i + c_2];
      let l130: f32 = t124[16i + i0 * 8192i + i1 * 32i + j * 128i + c_2];
      dot_1 += l514 * l130;
    }
    let ds: f32 = pj * (dot_1 - l517) * 0.20412415f;
    for (var c_3: i32 = 0i; c_3 < 24i; c_3++) {
      let l129_1: f32 = t129[i0 * 6144i + i1 * 1536i + j * 24i + c_3];
      acc[base + c_3] = acc[base + c_3] + ds * l129_1;
    }
  }
  for (var c_4: i32 = 0i; c_4 < 24i; c_4++) {
    t518[i * 24i + c_4] = acc[base + c_4];
  }
}
